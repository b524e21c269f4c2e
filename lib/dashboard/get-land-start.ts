import type { Actor } from "../auth/actor";
import { listDerivableBaseArticles, listOwnVariants, type ServiceBaseArticles, type VariantListItem } from "../variants/list-variants";
import { assertCanViewStartPage } from "./start-pages";
import { summariseServicesForRegion, type RegionServiceSummary } from "./summarise-services-for-region";

export interface LandStart {
  services: RegionServiceSummary[];
  /** the Land's own variants, "Basis geändert" and "Elternartikel archiviert" first */
  variants: VariantListItem[];
  /** published base articles of the co-used services, to derive a Land variant from */
  baseArticles: ServiceBaseArticles[];
}

/** MiV start page: the online services the actor's Land co-uses, the Land's variants and the base articles to adapt. */
export async function getLandStart(actor: Actor): Promise<LandStart> {
  assertCanViewStartPage(actor, "land");
  const landId = actor.organisation.id;
  const [services, variants, baseArticles] = await Promise.all([
    summariseServicesForRegion({ coUsers: { some: { organisationId: landId } } }, landId),
    listOwnVariants(actor),
    listDerivableBaseArticles(actor),
  ]);
  return { services, variants, baseArticles };
}
