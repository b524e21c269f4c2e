import { createHash } from "node:crypto";
import type { Db } from "../db-client";
import { berlinIsoDay } from "../articles/berlin-time";

/**
 * A cheap fingerprint of everything an export reads (one query): counts and latest change times of the tables,
 * hashes of the link tables, which incident starts and ends have passed, and today's date in Germany (validity
 * is by day). Equal fingerprints mean equal exports, so it yields the ETag before a single Leistung is read; it
 * is installation-wide, which can cost a needless download but never a wrong 304.
 */

export interface Fingerprint {
  /** stable text of all parts */
  text: string;
  /** latest change of the data (at least the start of today in Germany) */
  lastModified: Date;
}

interface Row {
  parts: string;
  latest: Date | null;
}

/** Midnight of the German calendar day of `now`, as a moment (CEST or CET; never inside a DST switch). */
export function startOfBerlinDay(now: Date): Date {
  const day = berlinIsoDay(now);
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (berlinIsoDay(candidate) === day) return candidate;
  }
  return new Date(utcMidnight);
}

export async function exportFingerprint(client: Db, now: Date): Promise<Fingerprint> {
  const [row] = await client.$queryRaw<Row[]>`
    SELECT concat_ws('|',
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "Article"),
      (SELECT concat(count(*), '/', max("createdAt"), '/', max("publishedAt"), '/', max("reviewedAt")) FROM "Revision"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "Leistung"),
      (SELECT md5(coalesce(string_agg("serviceId" || ':' || "leistungId", ',' ORDER BY "serviceId", "leistungId"), '')) FROM "ServiceLeistung"),
      (SELECT md5(coalesce(string_agg("serviceId" || ':' || "organisationId", ',' ORDER BY "serviceId", "organisationId"), '')) FROM "ServiceCoUser"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "OnlineService"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "RoutingTarget"),
      (SELECT md5(coalesce(string_agg("id" || ':' || "updatedAt", ',' ORDER BY "id"), '')) FROM "RoutingRestriction"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "SynonymGroup"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "Organisation"),
      (SELECT concat(count(*), '/', max("updatedAt")) FROM "User"),
      (SELECT concat(count(*), '/', count(*) FILTER (WHERE "startedAt" <= ${now}::timestamp(3)), '/', count(*) FILTER (WHERE "resolvedAt" <= ${now}::timestamp(3))) FROM "Incident")
    ) AS parts,
    GREATEST(
      (SELECT max("updatedAt") FROM "Article"), (SELECT max("createdAt") FROM "Revision"), (SELECT max("updatedAt") FROM "Leistung"),
      (SELECT max("updatedAt") FROM "OnlineService"), (SELECT max("updatedAt") FROM "RoutingTarget"), (SELECT max("updatedAt") FROM "RoutingRestriction"), (SELECT max("updatedAt") FROM "SynonymGroup"),
      (SELECT max("updatedAt") FROM "Organisation"),
      (SELECT max("startedAt") FROM "Incident" WHERE "startedAt" <= ${now}::timestamp(3)), (SELECT max("resolvedAt") FROM "Incident" WHERE "resolvedAt" <= ${now}::timestamp(3))
    ) AS latest`;
  const day = berlinIsoDay(now);
  const dayStart = startOfBerlinDay(now);
  const latest = row?.latest && row.latest > dayStart ? row.latest : dayStart;
  return { text: `${row?.parts ?? ""}|${day}`, lastModified: new Date(Math.min(latest.getTime(), now.getTime())) };
}

/** The strong ETag of one export request (the fingerprint plus what the request and the format add). */
export function exportEtag(fingerprint: Fingerprint, request: { regionArs: string; since: Date | null; schemeAgencyId: string; productVersion: string; formatRevision: number }): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([fingerprint.text, request.regionArs, request.since?.toISOString() ?? null, request.schemeAgencyId, request.productVersion, request.formatRevision]))
    .digest("hex");
  return `"${hash.slice(0, 32)}"`;
}
