import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db-client";
import { landsOfService, type ReportScope } from "../policies/report-policy";

/**
 * The S6 figures as SQL aggregations on PostgreSQL, one statement for search events and one for feedback.
 * Each reads the events of the period and scope once and groups them in a single pass by several keys at
 * once (GROUPING SETS: per hour, per query, per opened article -- always per Land); everything after that
 * works on those few thousand groups: Berlin days from UTC hours, lower case of queries, article families,
 * the total over all Länder, the top rows of each list (window functions).
 *
 * Which events count:
 *   - Land (MiV): region ARS of the Land or one of its Kommunen, a range on SearchEvent(regionArs, at);
 *   - service: a search the agent narrowed to a service counts for it, otherwise the search counts for the
 *     service of the article opened from it (indexes SearchEvent(serviceId, at), SearchEvent(openedArticleId,
 *     at), migration 20261123123136_report_indexes); feedback counts for the service of its article;
 *   - BeV: its services, each in the Länder using it.
 * Articles count by family (a variant with its base article). Rows: land null = all Länder of the scope.
 */

/** How many rows a top list keeps (per Land and in total). */
export const TOP_N = 20;
/** How many reasons per "Nicht gelöst" article. */
export const TOP_REASONS = 5;

export interface AggregateRow {
  kind: string;
  land: string | null;
  k: string | null;
  k2: string | null;
  c: number;
}

interface Bounds {
  start: Date;
  end: Date;
}

/** What the statements need beyond the scope: the ids of the articles of each service of the scope. */
export interface ScopeArticles {
  byService: ReadonlyMap<string, readonly string[]>;
}

/** "2026-11-01 23:00:00.000": a UTC instant as a timestamp without time zone (how Prisma stores DateTime). */
function utcTimestamp(instant: Date): string {
  return instant.toISOString().replace("T", " ").replace("Z", "");
}

/** The first Land key after a Land ("06" -> "07"): ARS of a Land and its Kommunen sort between the two. */
function nextLand(ars: string): string {
  return String(Number(ars) + 1).padStart(2, "0");
}

/** The Land condition: an index range for one Land, a list for several. */
function landCondition(scope: ReportScope, region: Prisma.Sql): Prisma.Sql {
  if (scope.landArs.length === 1) {
    const land = scope.landArs[0] ?? "";
    return Prisma.sql`${region} >= ${land} AND ${region} < ${nextLand(land)}`;
  }
  return Prisma.sql`left(${region}, 2) = ANY(${scope.landArs}::text[])`;
}

/** Whether events must be attributed to services (a BeV report, or a report for one service). */
const isByService = (scope: ReportScope) => scope.kind === "BETREIBER" || scope.selectedService !== null;

/** The scope's services grouped by the Länder (of the scope) that use them, with their article ids. */
function serviceGroups(scope: ReportScope, articles: ScopeArticles): { lands: string[]; serviceIds: string[]; articleIds: string[] }[] {
  const groups = new Map<string, { lands: string[]; serviceIds: string[]; articleIds: string[] }>();
  for (const service of scope.services) {
    const lands = landsOfService(service).filter((l) => scope.landArs.includes(l));
    if (!lands.length) continue;
    const group = groups.get(lands.join()) ?? { lands, serviceIds: [], articleIds: [] };
    group.serviceIds.push(service.id);
    group.articleIds.push(...(articles.byService.get(service.id) ?? []));
    groups.set(lands.join(), group);
  }
  return [...groups.values()];
}

/**
 * The service condition: per group of services, the Länder using them and the events of those services --
 * a search narrowed to one of them, or else a search that opened one of their articles (both indexed).
 */
function serviceCondition(scope: ReportScope, articles: ScopeArticles, event: (g: { serviceIds: string[]; articleIds: string[] }) => Prisma.Sql, region: Prisma.Sql): Prisma.Sql {
  const groups = serviceGroups(scope, articles);
  if (!groups.length) return Prisma.sql`FALSE`;
  const parts = groups.map((g) =>
    g.lands.length === scope.landArs.length ? Prisma.sql`(${event(g)})` : Prisma.sql`(left(${region}, 2) = ANY(${g.lands}::text[]) AND ${event(g)})`,
  );
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

const toRows = (rows: { kind: string; land: string | null; k: string | null; k2: string | null; c: bigint | number | string }[]): AggregateRow[] =>
  rows.map((r) => ({ kind: r.kind, land: r.land, k: r.k, k2: r.k2, c: Number(r.c) }));

type RawRow = { kind: string; land: string | null; k: string | null; k2: string | null; c: bigint };

/** Set by the bench (--explain): called with each statement before it runs. */
let onStatement: ((statement: Prisma.Sql) => Promise<void>) | null = null;
export function explainStatements(hook: ((statement: Prisma.Sql) => Promise<void>) | null): void {
  onStatement = hook;
}

/** Runs a report statement with room for its hash tables (the default 4 MB would spill to disk). */
async function run(client: Db, statement: Prisma.Sql): Promise<AggregateRow[]> {
  if (onStatement) await onStatement(statement);
  const rows = await client.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    return tx.$queryRaw<RawRow[]>(statement);
  });
  return toRows(rows);
}

/** Per Land and in total (GROUPING SETS), or only in total with land NULL. */
function second(perLand: boolean, columns: string): { land: Prisma.Sql; groupBy: Prisma.Sql } {
  return perLand
    ? { land: Prisma.raw("land"), groupBy: Prisma.raw(`GROUPING SETS ((land, ${columns}), (${columns}))`) }
    : { land: Prisma.raw("NULL::text"), groupBy: Prisma.raw(columns) };
}

/** The top `limit` keys by summed count, per Land and in total, from a grouped source. */
function top(kind: string, perLand: boolean, source: string, limit: number): Prisma.Sql {
  const g = second(perLand, "k");
  return Prisma.sql`
    SELECT ${kind}::text AS kind, land, k, NULL::text AS k2, c FROM (
      SELECT land, k, c, row_number() OVER (PARTITION BY land ORDER BY c DESC, k) AS rn FROM (
        SELECT ${g.land} AS land, k, sum(c)::bigint AS c FROM ${Prisma.raw(source)} GROUP BY ${g.groupBy}
      ) x
    ) r WHERE rn <= ${limit}`;
}

function totals(kind: string, perLand: boolean, source: string): Prisma.Sql {
  return perLand
    ? Prisma.sql`SELECT ${kind}::text AS kind, land, NULL::text AS k, NULL::text AS k2, COALESCE(sum(c), 0)::bigint AS c FROM ${Prisma.raw(source)} GROUP BY ROLLUP(land)`
    : Prisma.sql`SELECT ${kind}::text AS kind, NULL::text AS land, NULL::text AS k, NULL::text AS k2, COALESCE(sum(c), 0)::bigint AS c FROM ${Prisma.raw(source)}`;
}

/**
 * Search events of the period and scope: totals (searches, without results, with an opened article), per
 * Berlin day, top queries (lower case), top queries without results, top opened article families.
 */
export async function aggregateSearchEvents(client: Db, scope: ReportScope, bounds: Bounds, articles: ScopeArticles): Promise<AggregateRow[]> {
  const per = scope.isPerLand;
  const conditions = [Prisma.sql`se."at" >= ${utcTimestamp(bounds.start)}::timestamp AND se."at" < ${utcTimestamp(bounds.end)}::timestamp`, landCondition(scope, Prisma.sql`se."regionArs"`)];
  if (isByService(scope)) {
    conditions.push(serviceCondition(scope, articles, (g) => Prisma.sql`(se."serviceId" = ANY(${g.serviceIds}::text[]) OR (se."serviceId" IS NULL AND se."openedArticleId" = ANY(${g.articleIds}::text[])))`, Prisma.sql`se."regionArs"`));
  }
  const days = second(per, "day");
  return run(client, Prisma.sql`
    WITH g AS (
      SELECT GROUPING(h, q, zero, opened) AS gid, land, h, q, zero, opened, count(*) AS c FROM (
        SELECT left(se."regionArs", 2) AS land, date_trunc('hour', se."at") AS h, se."queryMasked" AS q, se."resultCount" = 0 AS zero, se."openedArticleId" AS opened
        FROM "SearchEvent" se
        WHERE ${Prisma.join(conditions, " AND ")}
      ) ev
      GROUP BY GROUPING SETS ((land, h), (land, q, zero), (land, opened))
    ),
    hours AS (SELECT land, ((h AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin')::date AS day, c FROM g WHERE gid = 7),
    queries AS (SELECT land, lower(q) AS k, zero, c FROM g WHERE gid = 9),
    zero_queries AS (SELECT land, k, c FROM queries WHERE zero),
    opened AS (SELECT g.land, COALESCE(a."rootId", g.opened) AS k, g.c FROM g LEFT JOIN "Article" a ON a."id" = g.opened WHERE g.gid = 14 AND g.opened IS NOT NULL)
    ${totals("total", per, "hours")}
    UNION ALL ${totals("total_zero", per, "zero_queries")}
    UNION ALL ${totals("total_opened", per, "opened")}
    UNION ALL SELECT 'day', ${days.land}, day::text, NULL, sum(c)::bigint FROM hours GROUP BY ${days.groupBy}
    UNION ALL ${top("query", per, "queries", TOP_N)}
    UNION ALL ${top("zero", per, "zero_queries", TOP_N)}
    UNION ALL ${top("opened", per, "opened", TOP_N)}
  `);
}

/**
 * Feedback events of the period and scope: totals per outcome, top article families with "Nicht gelöst"
 * and their top reasons, forwards per routing target.
 */
export async function aggregateFeedbackEvents(client: Db, scope: ReportScope, bounds: Bounds, articles: ScopeArticles): Promise<AggregateRow[]> {
  const per = scope.isPerLand;
  const conditions = [Prisma.sql`fe."at" >= ${utcTimestamp(bounds.start)}::timestamp AND fe."at" < ${utcTimestamp(bounds.end)}::timestamp`, landCondition(scope, Prisma.sql`fe."regionArs"`)];
  if (isByService(scope)) {
    conditions.push(serviceCondition(scope, articles, (g) => Prisma.sql`fe."articleId" = ANY(${g.articleIds}::text[])`, Prisma.sql`fe."regionArs"`));
  }
  const outcome = second(per, "outcome");
  const notSolved = second(per, "family");
  const reasons = second(per, "family, reason");
  const forwards = second(per, "target");
  return run(client, Prisma.sql`
    WITH g AS (
      SELECT left(fe."regionArs", 2) AS land, fe."outcome"::text AS outcome, fe."articleId" AS article,
             COALESCE(btrim(fe."reason"), '') AS reason, COALESCE(fe."routingTargetId", '') AS target, count(*) AS c
      FROM "FeedbackEvent" fe
      WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY 1, 2, 3, 4, 5
    ),
    fb AS (SELECT g.land, g.outcome, COALESCE(a."rootId", g.article) AS family, g.reason, g.target, g.c FROM g LEFT JOIN "Article" a ON a."id" = g.article),
    not_solved AS (
      SELECT land, k, c, row_number() OVER (PARTITION BY land ORDER BY c DESC, k) AS rn FROM (
        SELECT ${notSolved.land} AS land, family AS k, sum(c)::bigint AS c FROM fb WHERE outcome = 'NICHT_GELOEST' GROUP BY ${notSolved.groupBy}
      ) x
    ),
    reasons AS (
      SELECT land, family, reason, c, row_number() OVER (PARTITION BY land, family ORDER BY c DESC, reason) AS rn FROM (
        SELECT ${reasons.land} AS land, family, reason, sum(c)::bigint AS c FROM fb WHERE outcome = 'NICHT_GELOEST' GROUP BY ${reasons.groupBy}
      ) x
    )
    SELECT 'outcome'::text AS kind, ${outcome.land} AS land, outcome AS k, NULL::text AS k2, sum(c)::bigint AS c FROM fb GROUP BY ${outcome.groupBy}
    UNION ALL SELECT 'not_solved', land, k, NULL, c FROM not_solved WHERE rn <= ${TOP_N}
    UNION ALL
    SELECT 'reason', r.land, r.family, r.reason, r.c FROM reasons r
      JOIN not_solved n ON n.k = r.family AND n.land IS NOT DISTINCT FROM r.land AND n.rn <= ${TOP_N}
      WHERE r.rn <= ${TOP_REASONS}
    UNION ALL SELECT 'forwarded', ${forwards.land}, target, NULL, sum(c)::bigint FROM fb WHERE outcome = 'WEITERGELEITET' GROUP BY ${forwards.groupBy}
  `);
}
