import type { Actor } from "../auth/actor";
import { db } from "../db";
import { incidentRegionOf, listActiveIncidents, type ActiveIncident } from "../incidents/list-active-incidents";
import { assertCanViewStartPage } from "./start-pages";

export type { ActiveIncident };

export interface AgentStart {
  /** Name of the region whose incidents are shown (the agent's Land); null = all regions (Bund). */
  regionName: string | null;
  incidents: ActiveIncident[];
}

/** 115 start page: active incidents of the services the agent's Land uses that affect it (lib/incidents). */
export async function getAgentStart(actor: Actor): Promise<AgentStart> {
  assertCanViewStartPage(actor, "servicecenter");
  const region = await incidentRegionOf(actor.organisation);
  const land = region ? await db().organisation.findUnique({ where: { id: region.landId }, select: { name: true } }) : null;
  return { regionName: land?.name ?? null, incidents: await listActiveIncidents(region) };
}
