import type { Actor } from "../auth/actor";
import type { Db } from "../db-client";
import { db } from "../db";
import { AppError } from "../errors";
import { landOfArs } from "../organisations/laender";
import { authorizeViewReports, resolveReportScope, type ReportScope, type ServiceFact } from "../policies/report-policy";
import { aggregateFeedbackEvents, aggregateSearchEvents, type ScopeArticles } from "./aggregate-events";
import { anonymiseReport, type AnonymisedCount } from "./k-anonymity";
import { buildS6Report, incidentRow, landRef, type FamilyInfo, type S6Incident, type S6Report, type TargetInfo } from "./s6-report";
import { parseReportQuery, type ReportRequest } from "./schema";

/** All online services with the Länder using them (the facts the report policy decides on). */
export async function loadServiceFacts(client: Db): Promise<ServiceFact[]> {
  const rows = await client.onlineService.findMany({
    select: { id: true, key: true, name: true, operator: { select: { ars: true } }, coUsers: { select: { organisation: { select: { ars: true } } } } },
    orderBy: { name: "asc" },
  });
  return rows.map((s) => ({ id: s.id, key: s.key, name: s.name, operatorArs: s.operator.ars, coUserArs: s.coUsers.map((c) => c.organisation.ars).sort() }));
}

/** Ids of the articles (bases and variants) of each service in the scope. */
async function loadScopeArticles(client: Db, scope: ReportScope): Promise<ScopeArticles> {
  const rows = await client.article.findMany({ where: { serviceId: { in: scope.services.map((s) => s.id) } }, select: { id: true, serviceId: true } });
  const byService = new Map<string, string[]>();
  for (const r of rows) byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), r.id]);
  return { byService };
}

/** Titles of article families (base articles): the published title, else the latest published one, else the key. */
async function loadFamilies(client: Db, ids: string[]): Promise<Map<string, FamilyInfo>> {
  if (!ids.length) return new Map();
  const rows = await client.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, key: true, service: { select: { key: true } },
      publishedRevision: { select: { title: true } },
      revisions: { where: { publishedAt: { not: null }, title: { not: null } }, orderBy: { publishedAt: "desc" }, take: 1, select: { title: true } },
    },
  });
  return new Map(rows.map((a) => [a.id, { key: a.key, title: a.publishedRevision?.title ?? a.revisions[0]?.title ?? a.key, serviceKey: a.service.key }]));
}

async function loadTargets(client: Db, ids: string[]): Promise<Map<string, TargetInfo>> {
  if (!ids.length) return new Map();
  const rows = await client.routingTarget.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, level: true, kind: true, service: { select: { key: true } } } });
  return new Map(rows.map((t) => [t.id, { name: t.name, level: t.level, kind: t.kind, serviceKey: t.service.key }]));
}

/**
 * Incidents of the scope's services that overlap the period, from each incident's latest published revision
 * (its latest facts: class, start, resolution). A MiV sees those affecting its Land (or all Länder).
 */
async function loadIncidents(client: Db, scope: ReportScope, request: ReportRequest): Promise<S6Incident[]> {
  if (!scope.services.length) return [];
  const rows = await client.article.findMany({
    where: { type: "INCIDENT", parentId: null, serviceId: { in: scope.services.map((s) => s.id) } },
    select: {
      key: true, service: { select: { key: true } },
      revisions: {
        where: { publishedAt: { not: null }, incident: { isNot: null } },
        orderBy: { publishedAt: "desc" },
        take: 1,
        select: { title: true, incident: { select: { klasse: true, startedAt: true, resolvedAt: true, affectedRegions: { select: { organisation: { select: { ars: true, name: true, kind: true } } } } } } },
      },
    },
  });
  const incidents: S6Incident[] = [];
  for (const a of rows) {
    const rev = a.revisions[0];
    const inc = rev?.incident;
    if (!rev || !inc) continue;
    if (inc.startedAt >= request.end || (inc.resolvedAt && inc.resolvedAt < request.start)) continue;
    const regions = inc.affectedRegions.map((r) => r.organisation);
    const affectsScope = regions.length === 0 || regions.some((o) => scope.landArs.includes(landOfArs(o.ars) ?? ""));
    if (!affectsScope) continue;
    incidents.push(incidentRow({
      key: a.key, title: rev.title ?? a.key, serviceKey: a.service.key, klasse: inc.klasse, startedAt: inc.startedAt, resolvedAt: inc.resolvedAt,
      affectedLands: regions.map((o) => o.name).sort((x, y) => x.localeCompare(y, "de")),
    }));
  }
  return incidents.sort((x, y) => x.startedAt.localeCompare(y.startedAt));
}

/** Scope and parsed request of a report, authorised (VALIDATION for bad input, FORBIDDEN outside the actor's scope). */
async function authoriseReport(client: Db, actor: Actor, query: Record<string, string | undefined>, now: Date): Promise<{ request: ReportRequest; scope: ReportScope; services: ServiceFact[] }> {
  authorizeViewReports(actor); // before the input is looked at: others learn nothing from error messages
  const request = parseReportQuery(query, now);
  const services = await loadServiceFacts(client);
  const service = request.serviceKey ? services.find((s) => s.key === request.serviceKey) : null;
  if (request.serviceKey && !service) {
    throw new AppError("VALIDATION", "Die Angaben zum Bericht sind ungültig.", [{ path: "service", message: `Einen Onlinedienst „${request.serviceKey}“ gibt es nicht.` }]);
  }
  const scope = resolveReportScope(actor, { service: service ?? null, landArs: request.landArs }, services);
  return { request, scope, services };
}

/**
 * The S6 report for a MiV (its Land) or a BeV (its services, in total and per Land) for a period and an
 * optional service (issue 8). Counts are exact: the report is for the actor's own organisation; exports to
 * others go through anonymiseReport (getS6Export).
 */
export async function getS6Report(actor: Actor, query: Record<string, string | undefined>, options: { now?: Date; client?: Db } = {}): Promise<{ report: S6Report; request: ReportRequest }> {
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  const { request, scope } = await authoriseReport(client, actor, query, now);
  const bounds = { start: request.start, end: request.end };
  const articles = await loadScopeArticles(client, scope);
  const [searchRows, feedbackRows, incidents] = await Promise.all([
    aggregateSearchEvents(client, scope, bounds, articles),
    aggregateFeedbackEvents(client, scope, bounds, articles),
    loadIncidents(client, scope, request),
  ]);
  const familyIds = [...new Set([...searchRows.filter((r) => r.kind === "opened"), ...feedbackRows.filter((r) => r.kind === "not_solved")].map((r) => r.k ?? ""))].filter(Boolean);
  const targetIds = [...new Set(feedbackRows.filter((r) => r.kind === "forwarded").map((r) => r.k ?? ""))].filter(Boolean);
  const [families, targets] = await Promise.all([loadFamilies(client, familyIds), loadTargets(client, targetIds)]);
  const report = buildS6Report({
    kind: scope.kind,
    organisation: { ars: actor.organisation.ars, name: actor.organisation.name },
    period: { from: request.from, to: request.to, days: request.days },
    service: scope.selectedService ? { key: scope.selectedService.key, name: scope.selectedService.name } : null,
    land: scope.kind === "LAND" ? actor.organisation.ars : scope.selectedLand,
    services: scope.services.map((s) => ({ key: s.key, name: s.name })),
    partLands: scope.isPerLand ? scope.landArs : [],
    searchRows,
    feedbackRows,
    families,
    targets,
    incidents,
    generatedAt: now,
  });
  return { report, request };
}

/** The report as it may go to other organisations (CSV, the printed report for the BeV): k-anonymised. */
export async function getS6Export(actor: Actor, query: Record<string, string | undefined>, options: { now?: Date; client?: Db } = {}): Promise<S6Report<AnonymisedCount>> {
  const { report } = await getS6Report(actor, query, options);
  return anonymiseReport(report);
}

/** What a reporting actor may choose from on the report page: the services and (BeV) the Länder of its scope. */
export async function getReportFilterOptions(actor: Actor): Promise<{ services: { key: string; name: string }[]; lands: { ars: string; name: string }[] }> {
  const scope = resolveReportScope(actor, { service: null, landArs: null }, await loadServiceFacts(db()));
  return { services: scope.services.map((s) => ({ key: s.key, name: s.name })), lands: scope.kind === "BETREIBER" ? scope.landArs.map(landRef) : [] };
}
