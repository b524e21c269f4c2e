import type { Actor } from "../auth/actor";
import { db } from "../db";
import { isAppError } from "../errors";
import { describeRegion, type RegionOption } from "../organisations/search-organisations";
import { authorizeSearch } from "../policies/search-policy";
import { resolveSearchRegion, searchKnowledgeBase, type IncidentView } from "../search/search";

export interface AgentScreen {
  /** the region searched in: the one asked for, else the account's own (null: a Bund account before choosing) */
  region: RegionOption | null;
  /** the account's own region (null for Bund) */
  defaultRegion: RegionOption | null;
  /** why the region asked for was not taken (unknown ARS), in German */
  regionProblem: string | null;
  /** active incidents of the region's services, severest first */
  incidents: IncidentView[];
}

/** What the agent screen shows before the first word: the region (from the URL or the account) and its incidents. */
export async function getAgentScreen(actor: Actor, regionArs: string | undefined): Promise<AgentScreen> {
  authorizeSearch(actor);
  const client = db();
  const defaultRegion = actor.organisation.kind === "BUND" ? null : await describeRegion(client, await resolveSearchRegion(client, actor, undefined));
  let region = defaultRegion;
  let regionProblem: string | null = null;
  if (regionArs !== undefined) {
    const unknown = (e: unknown) => {
      if (isAppError(e) && e.code === "VALIDATION") return null;
      throw e;
    };
    const chosen = /^\d{2}(\d{10})?$/.test(regionArs) ? await resolveSearchRegion(client, actor, regionArs).catch(unknown) : null;
    if (chosen) region = await describeRegion(client, chosen);
    else regionProblem = `Die Region „${regionArs.slice(0, 20)}“ ist unbekannt. Es gilt ${defaultRegion ? defaultRegion.name : "noch keine Region"}; bitte die Region unten wählen.`;
  }
  const incidents = region ? (await searchKnowledgeBase(actor, { q: "", region: region.ars })).incidents : [];
  return { region, defaultRegion, regionProblem, incidents };
}
