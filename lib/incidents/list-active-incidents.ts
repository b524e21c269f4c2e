import type { Prisma } from "../../generated/prisma/client";
import type { Stoerungsklasse } from "../../generated/prisma/enums";
import { db } from "../db";

export interface ActiveIncident {
  articleId: string;
  title: string;
  serviceId: string;
  serviceName: string;
  klasse: Stoerungsklasse;
  startedAt: Date;
  /** Sprechtext for the caller */
  shortAnswer: string | null;
  /** names of the affected Länder; empty = all co-using Länder */
  affectedRegions: string[];
  workaround: { articleId: string; title: string } | null;
  /** published at once by the BeV, not yet checked by a second person */
  needsPostReview: boolean;
}

/** Betriebsverhindernd first, then behindernd, then leicht. */
export const STOERUNGSKLASSE_RANK: Record<Stoerungsklasse, number> = { BETRIEBSVERHINDERND: 0, BETRIEBSBEHINDERND: 1, LEICHT: 2 };

export interface IncidentRegion {
  /** the Land (and for a Kommune the Kommune too) an incident must name to concern the region */
  regionIds: string[];
  /** the Land whose services count (operated or co-used) */
  landId: string;
}

/** The region of an organisation for incidents: a Kommune counts with its Land. null = Bund (everything). */
export async function incidentRegionOf(org: { id: string; kind: "BUND" | "LAND" | "KOMMUNE" }): Promise<IncidentRegion | null> {
  if (org.kind === "BUND") return null;
  if (org.kind === "LAND") return { regionIds: [org.id], landId: org.id };
  const row = await db().organisation.findUnique({ where: { id: org.id }, select: { parentId: true } });
  return row?.parentId ? { regionIds: [row.parentId, org.id], landId: row.parentId } : { regionIds: [org.id], landId: org.id };
}

/**
 * Active incidents for a region: published, not archived, not resolved, of a service the region's Land
 * operates or co-uses, affecting that Land (or all Länder). Most severe first, then newest.
 * `serviceId` narrows to one service (banner on its articles).
 */
export async function listActiveIncidents(region: IncidentRegion | null, options: { serviceId?: string; now?: Date } = {}): Promise<ActiveIncident[]> {
  const now = options.now ?? new Date();
  const incident: Prisma.IncidentWhereInput = {
    startedAt: { lte: now },
    OR: [{ resolvedAt: null }, { resolvedAt: { gt: now } }],
    ...(region ? { AND: [{ OR: [{ affectedRegions: { none: {} } }, { affectedRegions: { some: { organisationId: { in: region.regionIds } } } }] }] } : {}),
  };
  const service: Prisma.OnlineServiceWhereInput | undefined = region
    ? { OR: [{ operatorId: region.landId }, { coUsers: { some: { organisationId: region.landId } } }] }
    : undefined;
  const rows = await db().article.findMany({
    where: {
      type: "INCIDENT", parentId: null, archivedAt: null,
      ...(options.serviceId ? { serviceId: options.serviceId } : {}),
      ...(service ? { service } : {}),
      publishedRevision: { is: { incident: { is: incident } } },
    },
    select: {
      id: true, key: true,
      service: { select: { id: true, name: true } },
      publishedRevision: {
        select: {
          title: true, shortAnswer: true, needsPostReview: true,
          incident: {
            select: {
              klasse: true, startedAt: true,
              affectedRegions: { select: { organisation: { select: { name: true } } } },
              workaroundArticle: { select: { id: true, key: true, archivedAt: true, publishedRevision: { select: { title: true } } } },
            },
          },
        },
      },
    },
  });
  const incidents: ActiveIncident[] = [];
  for (const a of rows) {
    const rev = a.publishedRevision;
    const inc = rev?.incident;
    if (!rev || !inc) continue;
    const w = inc.workaroundArticle;
    incidents.push({
      articleId: a.id, title: rev.title ?? a.key, serviceId: a.service.id, serviceName: a.service.name, klasse: inc.klasse, startedAt: inc.startedAt,
      shortAnswer: rev.shortAnswer, needsPostReview: rev.needsPostReview,
      affectedRegions: inc.affectedRegions.map((r) => r.organisation.name).sort((x, y) => x.localeCompare(y, "de")),
      // only a published workaround can be offered to a caller
      workaround: w?.publishedRevision && !w.archivedAt ? { articleId: w.id, title: w.publishedRevision.title ?? w.key } : null,
    });
  }
  return incidents.sort((x, y) => STOERUNGSKLASSE_RANK[x.klasse] - STOERUNGSKLASSE_RANK[y.klasse] || y.startedAt.getTime() - x.startedAt.getTime());
}
