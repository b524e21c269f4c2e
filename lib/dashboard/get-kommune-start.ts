import type { Actor } from "../auth/actor";
import { db } from "../db";
import { listOwnVariants, type VariantListItem } from "../variants/list-variants";
import { assertCanViewStartPage } from "./start-pages";
import { summariseServicesForRegion, type RegionServiceSummary } from "./summarise-services-for-region";

export interface KommuneStart {
  /** null when the Kommune is not assigned to a Land (then nothing is available). */
  land: { id: string; name: string } | null;
  services: RegionServiceSummary[];
  /** the Kommune's own variants, "Basis geändert" and "Elternartikel archiviert" first */
  variants: VariantListItem[];
}

/** Kommune start page: services its Land operates or co-uses, and the Kommune's own variants. */
export async function getKommuneStart(actor: Actor): Promise<KommuneStart> {
  assertCanViewStartPage(actor, "kommune");
  const kommuneId = actor.organisation.id;

  const org = await db().organisation.findUnique({
    where: { id: kommuneId },
    select: { parent: { select: { id: true, name: true, kind: true } } },
  });
  const land = org?.parent?.kind === "LAND" ? { id: org.parent.id, name: org.parent.name } : null;

  const [services, variants] = await Promise.all([
    land
      ? summariseServicesForRegion({ OR: [{ operatorId: land.id }, { coUsers: { some: { organisationId: land.id } } }] }, kommuneId)
      : Promise.resolve([]),
    listOwnVariants(actor),
  ]);
  return { land, services, variants };
}
