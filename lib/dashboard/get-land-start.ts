import type { Actor } from "../auth/actor";
import { assertCanViewStartPage } from "./start-pages";
import { summariseServicesForRegion, type RegionServiceSummary } from "./summarise-services-for-region";

export interface LandStart {
  services: RegionServiceSummary[];
}

/** MiV start page: the online services the actor's Land co-uses, with base articles and the Land's variants. */
export async function getLandStart(actor: Actor): Promise<LandStart> {
  assertCanViewStartPage(actor, "land");
  const landId = actor.organisation.id;
  return { services: await summariseServicesForRegion({ coUsers: { some: { organisationId: landId } } }, landId) };
}
