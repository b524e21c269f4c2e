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
interface IncidentRow {
  id: string;
  key: string;
  serviceId: string;
  serviceName: string;
  title: string | null;
  shortAnswer: string | null;
  needsPostReview: boolean;
  klasse: Stoerungsklasse;
  startedAt: Date;
  affectedRegions: string[];
  workaroundId: string | null;
  workaroundKey: string | null;
  workaroundRevisionId: string | null;
  workaroundTitle: string | null;
}

export async function listActiveIncidents(region: IncidentRegion | null, options: { serviceId?: string; now?: Date } = {}): Promise<ActiveIncident[]> {
  const now = options.now ?? new Date();
  // One statement, starting from the few unresolved incidents: every search and every page reads them, and the
  // nested Prisma read took seven round trips (10 ms at 100 000 articles, 3 ms now).
  const rows = await db().$queryRaw<IncidentRow[]>`
    WITH active AS MATERIALIZED (
      SELECT * FROM "Incident" WHERE "startedAt" <= ${now}::timestamp(3) AND ("resolvedAt" IS NULL OR "resolvedAt" > ${now}::timestamp(3)))
    SELECT a.id, a.key, s.id AS "serviceId", s.name AS "serviceName", r.title, r."shortAnswer", r."needsPostReview",
      i.klasse::text AS klasse, i."startedAt",
      (SELECT coalesce(array_agg(o.name), '{}') FROM "IncidentRegion" ir JOIN "Organisation" o ON o.id = ir."organisationId" WHERE ir."revisionId" = i."revisionId") AS "affectedRegions",
      w.id AS "workaroundId", w.key AS "workaroundKey", wr.id AS "workaroundRevisionId", wr.title AS "workaroundTitle"
    FROM active i
    JOIN "Article" a ON a."publishedRevisionId" = i."revisionId"
    JOIN "Revision" r ON r.id = i."revisionId"
    JOIN "OnlineService" s ON s.id = a."serviceId"
    LEFT JOIN "Article" w ON w.id = i."workaroundArticleId" AND w."archivedAt" IS NULL
    LEFT JOIN "Revision" wr ON wr.id = w."publishedRevisionId"
    WHERE a.type = 'INCIDENT' AND a."parentId" IS NULL AND a."archivedAt" IS NULL
      AND (${options.serviceId ?? null}::text IS NULL OR a."serviceId" = ${options.serviceId ?? null}::text)
      AND (${region?.landId ?? null}::text IS NULL OR (
        (s."operatorId" = ${region?.landId ?? null}::text OR EXISTS (SELECT 1 FROM "ServiceCoUser" cu WHERE cu."serviceId" = s.id AND cu."organisationId" = ${region?.landId ?? null}::text))
        AND (NOT EXISTS (SELECT 1 FROM "IncidentRegion" ir WHERE ir."revisionId" = i."revisionId")
             OR EXISTS (SELECT 1 FROM "IncidentRegion" ir WHERE ir."revisionId" = i."revisionId" AND ir."organisationId" = ANY(${region?.regionIds ?? []}::text[])))))`;
  const incidents: ActiveIncident[] = rows.map((row) => ({
    articleId: row.id, title: row.title ?? row.key, serviceId: row.serviceId, serviceName: row.serviceName, klasse: row.klasse, startedAt: row.startedAt,
    shortAnswer: row.shortAnswer, needsPostReview: row.needsPostReview,
    affectedRegions: [...row.affectedRegions].sort((x, y) => x.localeCompare(y, "de")),
    // only a published workaround can be offered to a caller
    workaround: row.workaroundId && row.workaroundKey && row.workaroundRevisionId ? { articleId: row.workaroundId, title: row.workaroundTitle ?? row.workaroundKey } : null,
  }));
  return incidents.sort((x, y) => STOERUNGSKLASSE_RANK[x.klasse] - STOERUNGSKLASSE_RANK[y.klasse] || y.startedAt.getTime() - x.startedAt.getTime());
}
