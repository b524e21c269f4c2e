import type { Db } from "../db-client";
import type { FeedbackEventRow, SearchEventRow } from "./generate-events";

/**
 * Bulk inserts of generated events (demo month, benchmark): one statement per batch, the columns passed as
 * arrays and unnested -- far fewer parameters than a multi-row insert, fast also on the embedded PGlite.
 */

const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

export async function insertSearchEvents(client: Db, rows: readonly SearchEventRow[]): Promise<void> {
  if (!rows.length) return;
  await client.$executeRaw`
    INSERT INTO "SearchEvent" ("at", "organisationId", "clientKey", "regionArs", "queryMasked", "resultCount", "serviceId", "openedArticleId", "openedAt")
    SELECT * FROM unnest(${rows.map((r) => ts(r.at))}::timestamp[], ${rows.map((r) => r.organisationId)}::text[], ${rows.map((r) => r.clientKey)}::text[],
      ${rows.map((r) => r.regionArs)}::text[], ${rows.map((r) => r.queryMasked)}::text[], ${rows.map((r) => r.resultCount)}::int[],
      ${rows.map((r) => r.serviceId)}::text[], ${rows.map((r) => r.openedArticleId)}::text[], ${rows.map((r) => (r.openedAt ? ts(r.openedAt) : null))}::timestamp[])`;
}

export async function insertFeedbackEvents(client: Db, rows: readonly FeedbackEventRow[]): Promise<void> {
  if (!rows.length) return;
  await client.$executeRaw`
    INSERT INTO "FeedbackEvent" ("at", "articleId", "organisationId", "regionArs", "outcome", "reason", "routingTargetId")
    SELECT a, b, c, d, e::"FeedbackOutcome", f, g
    FROM unnest(${rows.map((r) => ts(r.at))}::timestamp[], ${rows.map((r) => r.articleId)}::text[], ${rows.map((r) => r.organisationId)}::text[],
      ${rows.map((r) => r.regionArs)}::text[], ${rows.map((r) => r.outcome)}::text[], ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => r.routingTargetId)}::text[]) AS t(a, b, c, d, e, f, g)`;
}
