import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { toRevisionState } from "../articles/read-article-state";
import { actorParentOrgId } from "../articles/load-article";
import { articleListScope } from "../policies/article-policy";
import { effectiveContent, type VariantStep } from "../variants/effective-content";
import { berlinEpochDay, epochDay, isIncidentActiveAt, type Scope } from "./document";

/** One hit as the agent screen shows it: the effective article for the region, read from the database. */
export interface SearchHit {
  id: string;
  /** bundle key of the effective article (a variant's own key) */
  key: string;
  /** bundle key of the family's base article */
  familyKey: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  title: string;
  /** the short spoken answer, read first */
  shortAnswer: string;
  service: { id: string; key: string; name: string };
  scope: Scope;
  /** the region whose article it is (base: the operating Land) */
  regionArs: string;
  /** that region's name, for the badge "Variante Land Hessen" */
  regionName: string;
  /** categories of the effective content (keys of lib/articles/vocabulary CATEGORIES) */
  categories: string[];
  /** a variant of the chain rests on an older revision of its parent */
  isStale: boolean;
  incident: { klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT"; isActive: boolean } | null;
}

const revisionInclude = { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } as const;
const chainSelect = {
  id: true, key: true, parentId: true, publishedRevisionId: true, archivedAt: true,
  ownerOrg: { select: { ars: true, name: true, kind: true } },
  publishedRevision: { include: revisionInclude },
} as const;

/**
 * Reads the hits' articles through the normal authorized read path: the article policy's list scope for the
 * actor (STYLE.md rule 2), published and not archived only, and computes their effective content from the
 * published revisions of the chain (lib/variants/effective-content). Keeps the order of `ids`; an id the
 * actor may not read, or whose content is no longer published or valid, is left out.
 */
export async function hydrateHits(client: Db, actor: Actor, ids: readonly string[], now: Date = new Date()): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const scope = articleListScope(actor, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const rows = await client.article.findMany({
    where: { AND: [{ id: { in: [...ids] } }, { publishedRevisionId: { not: null }, archivedAt: null }, scope] },
    select: {
      ...chainSelect,
      type: true,
      root: { select: { key: true } },
      service: { select: { id: true, key: true, name: true } },
      parent: { select: { ...chainSelect, parent: { select: chainSelect } } },
    },
  });
  const today = berlinEpochDay(now);
  const byId = new Map<string, SearchHit>();
  for (const row of rows) {
    // the chain base first: at most base -> Land -> Kommune
    const chain = [row.parent?.parent, row.parent, row].filter((n): n is NonNullable<typeof n> => Boolean(n));
    const [base, ...variants] = chain;
    if (!base || chain.some((n) => !n.publishedRevision || n.archivedAt)) continue;
    const baseState = toRevisionState(base.publishedRevision as NonNullable<typeof base.publishedRevision>, false);
    if (!baseState.content) continue;
    const steps: VariantStep[] = [];
    let isStale = false;
    let parent = base;
    for (const v of variants) {
      const state = toRevisionState(v.publishedRevision as NonNullable<typeof v.publishedRevision>, true);
      steps.push({ level: v.ownerOrg.kind === "KOMMUNE" ? "kommune" : "land", orgName: v.ownerOrg.name, changes: state.changes });
      if (state.parentRevisionId !== parent.publishedRevisionId) isStale = true;
      parent = v;
    }
    const content = effectiveContent(baseState.content, base.ownerOrg.name, steps);
    // the index may lag a moment behind: content that is not valid today is not shown
    if (content.validFrom && epochDay(content.validFrom) > today) continue;
    if (content.validUntil && epochDay(content.validUntil) < today) continue;
    const incident = baseState.incident;
    byId.set(row.id, {
      id: row.id,
      key: row.key,
      familyKey: row.root?.key ?? row.key,
      type: row.type,
      title: content.title.text,
      shortAnswer: content.shortAnswer.text,
      service: row.service,
      scope: row.parentId === null ? "BASE" : row.ownerOrg.kind === "KOMMUNE" ? "KOMMUNE" : "LAND",
      regionArs: row.ownerOrg.ars,
      regionName: row.ownerOrg.name,
      categories: content.categories,
      isStale,
      incident: incident ? { klasse: incident.klasse, isActive: isIncidentActiveAt(incident, now) } : null,
    });
  }
  return ids.map((id) => byId.get(id)).filter((h): h is SearchHit => h !== undefined);
}
