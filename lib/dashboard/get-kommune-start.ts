import type { RevisionStatus } from "../../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { assertCanViewStartPage } from "./start-pages";
import { summariseServicesForRegion, type RegionServiceSummary } from "./summarise-services-for-region";

export interface KommuneVariant {
  articleId: string;
  articleKey: string;
  title: string;
  serviceName: string;
  /** Status of the newest revision; null if the variant has none yet. */
  headStatus: RevisionStatus | null;
  isPublished: boolean;
  /** The parent has published a newer revision than the one this variant rests on. */
  isParentNewer: boolean;
  updatedAt: Date;
}

export interface KommuneStart {
  /** null when the Kommune is not assigned to a Land (then nothing is available). */
  land: { id: string; name: string } | null;
  services: RegionServiceSummary[];
  variants: KommuneVariant[];
  variantsTotal: number;
  variantsLimit: number;
}

const LIMIT = 50;

/** Kommune start page: services its Land operates or co-uses, and the Kommune's own variants. */
export async function getKommuneStart(actor: Actor): Promise<KommuneStart> {
  assertCanViewStartPage(actor, "kommune");
  const kommuneId = actor.organisation.id;

  const org = await db().organisation.findUnique({
    where: { id: kommuneId },
    select: { parent: { select: { id: true, name: true, kind: true } } },
  });
  const land = org?.parent?.kind === "LAND" ? { id: org.parent.id, name: org.parent.name } : null;

  const variantWhere = { ownerOrgId: kommuneId, parentId: { not: null }, archivedAt: null };
  const [services, variantsTotal, rows] = await Promise.all([
    land
      ? summariseServicesForRegion({ OR: [{ operatorId: land.id }, { coUsers: { some: { organisationId: land.id } } }] }, kommuneId)
      : Promise.resolve([]),
    db().article.count({ where: variantWhere }),
    db().article.findMany({
      where: variantWhere,
      orderBy: { updatedAt: "desc" },
      take: LIMIT,
      select: {
        id: true,
        key: true,
        updatedAt: true,
        publishedRevisionId: true,
        service: { select: { name: true } },
        headRevision: { select: { status: true, title: true, parentRevisionId: true } },
        parent: { select: { publishedRevisionId: true } },
        root: { select: { publishedRevision: { select: { title: true } } } },
      },
    }),
  ]);

  return {
    land,
    services,
    variantsTotal,
    variantsLimit: LIMIT,
    variants: rows.map((a) => ({
      articleId: a.id,
      articleKey: a.key,
      title: a.headRevision?.title ?? a.root?.publishedRevision?.title ?? a.key,
      serviceName: a.service.name,
      headStatus: a.headRevision?.status ?? null,
      isPublished: a.publishedRevisionId !== null,
      // Judged on the newest revision: that is the one the editor would accept or adapt.
      isParentNewer:
        a.parent?.publishedRevisionId != null &&
        a.headRevision?.parentRevisionId != null &&
        a.headRevision.parentRevisionId !== a.parent.publishedRevisionId,
      updatedAt: a.updatedAt,
    })),
  };
}
