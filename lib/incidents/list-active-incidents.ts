import type { Stoerungsklasse } from "../../generated/prisma/enums";
import { ChangeAwareCache } from "../change-feed";
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
  resolvedAt: Date | null;
  affectedRegions: string[];
  affectedOrgIds: string[];
  workaroundId: string | null;
  workaroundKey: string | null;
  workaroundRevisionId: string | null;
  workaroundTitle: string | null;
}

/**
 * The incidents of a Land's services not resolved at `at`, for all its Kommunen and those starting later too
 * (listActiveIncidents filters by region and time), kept until one of the tables read changes
 * (lib/change-feed.ts): every search and every page shows them.
 */
const unresolvedRows = new ChangeAwareCache<{ at: number; rows: IncidentRow[] }>(
  ["Incident", "IncidentRegion", "Article", "Revision", "OnlineService", "ServiceCoUser", "Organisation"],
  60_000,
  2_000,
);

/**
 * Active incidents for a region: published, not archived, started and not resolved, of a service the region's
 * Land operates or co-uses, affecting that Land (or all Länder). Most severe first, then newest.
 * `serviceId` narrows to one service (banner on its articles).
 */
export async function listActiveIncidents(region: IncidentRegion | null, options: { serviceId?: string; now?: Date } = {}): Promise<ActiveIncident[]> {
  const now = options.now ?? new Date();
  const landId = region?.landId ?? null;
  const key = `${landId ?? "*"}|${options.serviceId ?? ""}`;
  const kept = await unresolvedRows.get(key, async () => ({ at: now.getTime(), rows: await readUnresolved(landId, options.serviceId, now) }));
  // a kept read holds for later times only (an incident resolved before it is not in it)
  const unresolved = now.getTime() >= kept.at ? kept.rows : await readUnresolved(landId, options.serviceId, now);
  // an incident without affected regions concerns every Land that uses the service
  const concerns = (r: IncidentRow) => !region || r.affectedOrgIds.length === 0 || r.affectedOrgIds.some((id) => region.regionIds.includes(id));
  const rows = unresolved.filter((r) => r.startedAt <= now && (!r.resolvedAt || r.resolvedAt > now) && concerns(r));
  const incidents: ActiveIncident[] = rows.map((row) => ({
    articleId: row.id, title: row.title ?? row.key, serviceId: row.serviceId, serviceName: row.serviceName, klasse: row.klasse, startedAt: row.startedAt,
    shortAnswer: row.shortAnswer, needsPostReview: row.needsPostReview,
    affectedRegions: [...row.affectedRegions].sort((x, y) => x.localeCompare(y, "de")),
    // only a published workaround can be offered to a caller
    workaround: row.workaroundId && row.workaroundKey && row.workaroundRevisionId ? { articleId: row.workaroundId, title: row.workaroundTitle ?? row.workaroundKey } : null,
  }));
  return incidents.sort((x, y) => STOERUNGSKLASSE_RANK[x.klasse] - STOERUNGSKLASSE_RANK[y.klasse] || y.startedAt.getTime() - x.startedAt.getTime());
}

/**
 * One statement, starting from the few unresolved incidents (the nested Prisma read took seven round trips:
 * 10 ms at 100 000 articles, 3 ms so).
 */
function readUnresolved(landId: string | null, serviceId: string | undefined, at: Date): Promise<IncidentRow[]> {
  return db().$queryRaw<IncidentRow[]>`
    WITH active AS MATERIALIZED (
      SELECT * FROM "Incident" WHERE "resolvedAt" IS NULL OR "resolvedAt" > ${at}::timestamp(3))
    SELECT a.id, a.key, s.id AS "serviceId", s.name AS "serviceName", r.title, r."shortAnswer", r."needsPostReview",
      i.klasse::text AS klasse, i."startedAt", i."resolvedAt",
      (SELECT coalesce(array_agg(o.name), '{}') FROM "IncidentRegion" ir JOIN "Organisation" o ON o.id = ir."organisationId" WHERE ir."revisionId" = i."revisionId") AS "affectedRegions",
      (SELECT coalesce(array_agg(ir."organisationId"), '{}') FROM "IncidentRegion" ir WHERE ir."revisionId" = i."revisionId") AS "affectedOrgIds",
      w.id AS "workaroundId", w.key AS "workaroundKey", wr.id AS "workaroundRevisionId", wr.title AS "workaroundTitle"
    FROM active i
    JOIN "Article" a ON a."publishedRevisionId" = i."revisionId"
    JOIN "Revision" r ON r.id = i."revisionId"
    JOIN "OnlineService" s ON s.id = a."serviceId"
    LEFT JOIN "Article" w ON w.id = i."workaroundArticleId" AND w."archivedAt" IS NULL
    LEFT JOIN "Revision" wr ON wr.id = w."publishedRevisionId"
    WHERE a.type = 'INCIDENT' AND a."parentId" IS NULL AND a."archivedAt" IS NULL
      AND (${serviceId ?? null}::text IS NULL OR a."serviceId" = ${serviceId ?? null}::text)
      AND (${landId}::text IS NULL
        OR s."operatorId" = ${landId}::text OR EXISTS (SELECT 1 FROM "ServiceCoUser" cu WHERE cu."serviceId" = s.id AND cu."organisationId" = ${landId}::text))`;
}
