import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db-client";
import { REVISION_COLUMNS, revisionRowFrom, toRevisionState, type RevisionQueryRow, type RevisionRow } from "../articles/read-article-state";
import type { ArticleType, OrgKind } from "../../generated/prisma/enums";
import { berlinEpochDay, epochDay } from "../search/document";
import { servicesOfLand } from "../search/search";
import { docToHtml } from "../editor/server";
import { effectiveBodyDoc, effectiveContent, type BodySegment, type EffectiveContent, type VariantStep } from "../variants/effective-content";
import { allowedTargets, resolveRoutingTargets } from "../routing/resolve-routing-targets";
import { articleFacts, newer, type ArticleFacts, type Change, type IncidentFacts, type LeistungFacts, type Review, type RoutingTargetFacts, type ServiceFacts } from "./facts";

/**
 * Reads the facts of the Leistungen a region gets, page by page in LeiKa-key order, so an export's memory does
 * not grow with the number of Leistungen. The Leistungen of a region are those of the online services its Land
 * operates or co-uses (servicesOfLand, as the search). Per service the articles are read in one batch and the
 * effective member of each family is chosen as DOMAIN.md says (the Kommune's variant if published, else the
 * Land's, else the base); its content is merged by effectiveContent, exactly as loadEffective does for one
 * article (a test compares the two).
 */

export interface RegionScope {
  /** the ARS exported for (the Land's or the Kommune's) */
  ars: string;
  landId: string;
  /** null for a Land, or a Kommune that is not an organisation here */
  kommuneId: string | null;
}

export const PAGE_SIZE = 1_000;
/** services whose facts stay in memory between pages (a service's Leistungen usually sit on few pages) */
const MAX_CACHED_SERVICES = 64;

interface ArticleRow {
  id: string;
  key: string;
  type: ArticleType;
  serviceId: string;
  parentId: string | null;
  rootId: string | null;
  archivedAt: Date | null;
  ownerOrgId: string;
  ownerOrg: { name: string; kind: OrgKind };
  publishedRevision: (RevisionRow & { reviewedBy: { organisation: { name: string } } | null }) | null;
}

/** One published article with its revision (REVISION_COLUMNS), as the page query returns it. */
interface ArticleQueryRow extends RevisionQueryRow {
  memberId: string;
  key: string;
  type: ArticleType;
  serviceId: string;
  parentId: string | null;
  rootId: string | null;
  archivedAt: Date | null;
  ownerOrgId: string;
  ownerName: string;
  ownerKind: OrgKind;
  reviewerOrgName: string | null;
}

/**
 * The published articles of the services for the region (bases, and variants of the region's Land and Kommune)
 * with what the export needs of their revisions, in one query: a Prisma include took nine queries and most of
 * the time of a page. bodyText (for search and the phone) is not read.
 */
async function loadArticleRows(client: Db, serviceIds: string[], regionOrgIds: string[]): Promise<ArticleRow[]> {
  const rows = await client.$queryRaw<ArticleQueryRow[]>`
    SELECT a.id AS "memberId", a.key, a.type::text AS type, a."serviceId", a."parentId", a."rootId", a."archivedAt", a."ownerOrgId",
      o.name AS "ownerName", o.kind::text AS "ownerKind", ro.name AS "reviewerOrgName", ${REVISION_COLUMNS}
    FROM "Article" a
    JOIN "Organisation" o ON o.id = a."ownerOrgId"
    JOIN "Revision" r ON r.id = a."publishedRevisionId"
    LEFT JOIN "User" u ON u.id = r."reviewedById"
    LEFT JOIN "Organisation" ro ON ro.id = u."organisationId"
    LEFT JOIN "Incident" i ON i."revisionId" = r.id
    WHERE a."serviceId" = ANY(${serviceIds}::text[]) AND (a."parentId" IS NULL OR a."ownerOrgId" = ANY(${regionOrgIds}::text[]))
    ORDER BY a.key`;
  return rows.map(({ memberId, key, type, serviceId, parentId, rootId, archivedAt, ownerOrgId, ownerName, ownerKind, reviewerOrgName, ...revision }) => ({
    id: memberId, key, type, serviceId, parentId, rootId, archivedAt, ownerOrgId,
    ownerOrg: { name: ownerName, kind: ownerKind },
    publishedRevision: { ...revisionRowFrom(revision), reviewedBy: reviewerOrgName === null ? null : { organisation: { name: reviewerOrgName } } },
  }));
}

interface Effective {
  member: ArticleRow;
  content: EffectiveContent;
  changed: Change;
  reviewed: Review | null;
  /** the published revisions of the chain, base first: they fix the effective content (revisions never change) */
  revisionIds: string[];
  /** the base revision's stored HTML (derived from its body by docToHtml when it was saved) */
  baseBodyHtml: string | null;
}

// Rendered answers by the revisions they come from: revisions are immutable, so an answer with local additions is
// rendered once per process, not once per export (bounded; the oldest entries go first). A base answer needs no
// entry: its revision stores its HTML.
const renderedBodies = new Map<string, string>();
const MAX_RENDERED_BODIES = 2_000;
const NO_BASE: BodySegment = { level: "base", orgName: "", doc: { type: "doc", content: [] } };

/**
 * HTML of the effective answer: the stored HTML of a base answer, or the answer rendered block by block. The
 * answer's document is the segments' blocks one after the other (effectiveBodyDoc), and HTML serialises each
 * top-level block on its own, so it is the base's stored HTML followed by each addition's label and blocks.
 */
function effectiveBodyHtml(e: Effective): string {
  const body = e.content.body;
  const first = body[0];
  if (body.length === 1 && first?.level === "base" && e.baseBodyHtml) return e.baseBodyHtml;
  const key = e.revisionIds.join(",");
  let html = renderedBodies.get(key);
  if (html === undefined) {
    html = body
      .map((segment, i) => {
        if (i === 0) return segment.level === "base" && e.baseBodyHtml ? e.baseBodyHtml : docToHtml(effectiveBodyDoc([segment]));
        return docToHtml(effectiveBodyDoc([NO_BASE, segment])); // the addition with its label, as in the whole answer
      })
      .join("");
    if (renderedBodies.size >= MAX_RENDERED_BODIES) renderedBodies.delete(renderedBodies.keys().next().value as string);
    renderedBodies.set(key, html);
  }
  return html;
}

/** The effective content of one member from the batch (null when its chain has no published revision). */
function effectiveOf(member: ArticleRow, byId: ReadonlyMap<string, ArticleRow>): Effective | null {
  const chain: ArticleRow[] = [];
  for (let row: ArticleRow | undefined = member; row && chain.length < 4; row = row.parentId ? byId.get(row.parentId) : undefined) chain.unshift(row);
  const root = chain[0];
  if (!root || root.parentId !== null || !root.publishedRevision) return null;
  const base = toRevisionState(root.publishedRevision, false).content;
  if (!base) return null;
  const steps: VariantStep[] = [];
  let changed: Change | null = null;
  let reviewed: Review | null = null;
  for (const row of chain) {
    const rev = row.publishedRevision;
    if (!rev) return null;
    changed = newer(changed, { at: rev.publishedAt ?? rev.createdAt, by: row.ownerOrg.name });
    if (rev.reviewedAt && rev.reviewedBy) reviewed = newer(reviewed, { at: rev.reviewedAt, by: rev.reviewedBy.organisation.name });
    if (row === root) continue;
    steps.push({ level: row.ownerOrg.kind === "KOMMUNE" ? "kommune" : "land", orgName: row.ownerOrg.name, changes: toRevisionState(rev, true).changes });
  }
  return {
    member,
    content: effectiveContent(base, root.ownerOrg.name, steps),
    changed: changed ?? { at: root.publishedRevision.createdAt, by: root.ownerOrg.name },
    reviewed,
    revisionIds: chain.map((row) => row.publishedRevision?.id ?? ""),
    baseBodyHtml: root.publishedRevision.bodyHtml,
  };
}

/** Per family of the batch: the effective article for the region (Kommune variant, else Land variant, else base). */
export function effectiveFamilies(rows: readonly ArticleRow[], scope: RegionScope): Map<string, Effective> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const families = new Map<string, ArticleRow[]>();
  for (const r of rows) {
    const familyId = r.rootId ?? r.id;
    families.set(familyId, [...(families.get(familyId) ?? []), r]);
  }
  const result = new Map<string, Effective>();
  for (const [familyId, members] of families) {
    const base = members.find((m) => m.id === familyId);
    const land = members.find((m) => m.parentId !== null && m.ownerOrgId === scope.landId);
    const kommune = scope.kommuneId ? members.find((m) => m.parentId !== null && m.ownerOrgId === scope.kommuneId) : undefined;
    for (const candidate of [kommune, land, base]) {
      if (!candidate?.publishedRevision || candidate.archivedAt) continue;
      const effective = effectiveOf(candidate, byId);
      if (effective) {
        result.set(familyId, effective);
        break;
      }
    }
  }
  return result;
}

const isValidOn = (c: EffectiveContent, today: number) => (!c.validFrom || epochDay(c.validFrom) <= today) && (!c.validUntil || epochDay(c.validUntil) >= today);

/** The effective article per family of the given services for the region (tests compare it with loadEffective). */
export async function loadEffectiveFamilies(client: Db, scope: RegionScope, serviceIds: string[]): Promise<Map<string, { articleId: string; content: EffectiveContent }>> {
  const rows = await loadArticleRows(client, serviceIds, [scope.landId, ...(scope.kommuneId ? [scope.kommuneId] : [])]);
  return new Map([...effectiveFamilies(rows, scope)].map(([familyId, e]) => [familyId, { articleId: e.member.id, content: e.content }]));
}

/** Facts of whole services for the region: effective articles valid today, active incidents, routing targets. */
export async function loadServiceFacts(client: Db, scope: RegionScope, serviceIds: string[], now: Date): Promise<Map<string, ServiceFacts>> {
  const regionOrgIds = [scope.landId, ...(scope.kommuneId ? [scope.kommuneId] : [])];
  const [services, rows, targets, restrictions] = await Promise.all([
    client.onlineService.findMany({ where: { id: { in: serviceIds } }, select: { id: true, key: true, name: true, operator: { select: { name: true } } } }),
    loadArticleRows(client, serviceIds, regionOrgIds),
    client.routingTarget.findMany({
      where: { serviceId: { in: serviceIds }, OR: [{ regionId: null }, { regionId: scope.landId }] },
      include: { region: { select: { name: true } } },
    }),
    client.routingRestriction.findMany({ where: { serviceId: { in: serviceIds }, regionId: scope.landId }, select: { serviceId: true, regionId: true, level: true, kind: true, reason: true } }),
  ]);
  const today = berlinEpochDay(now);
  const effective = effectiveFamilies(rows, scope);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const facts = new Map<string, ServiceFacts>(services.map((s) => [s.id, { key: s.key, name: s.name, articles: [], incidents: [], routingTargets: [] }]));

  for (const [familyId, e] of effective) {
    const service = facts.get(e.member.serviceId);
    const base = rowById.get(familyId);
    if (!service || !base) continue;
    if (e.member.type === "INCIDENT") {
      // variants of a Störungsmeldung change only texts; the incident itself is the base's (as in the search)
      const incident = base.publishedRevision ? toRevisionState(base.publishedRevision, false).incident : null;
      if (!incident || base.archivedAt) continue;
      const isActive = incident.startedAt <= now && (!incident.resolvedAt || incident.resolvedAt > now);
      const concernsRegion = incident.affectedOrgIds.length === 0 || incident.affectedOrgIds.some((id) => regionOrgIds.includes(id));
      if (!isActive || !concernsRegion) continue;
      const workaround = incident.workaroundArticleId ? effective.get(incident.workaroundArticleId) : undefined;
      service.incidents.push({
        familyKey: base.key, title: e.content.title.text, shortAnswer: e.content.shortAnswer.text, klasse: incident.klasse, startedAt: incident.startedAt,
        leikaKeys: e.content.leikaKeys, workaroundTitle: workaround ? workaround.content.title.text : null, changed: e.changed, reviewed: e.reviewed,
      } satisfies IncidentFacts);
      continue;
    }
    if (!isValidOn(e.content, today)) continue;
    service.articles.push(articleFacts(e.content, { familyKey: base.key, type: e.member.type, changed: e.changed, reviewed: e.reviewed, bodyHtml: effectiveBodyHtml(e) }) satisfies ArticleFacts);
  }

  const operatorName = new Map(services.map((s) => [s.id, s.operator.name]));
  // the effective matrix of the Land as agents get it: Land entries replace base entries of their path, paths
  // the Land does not allow are left out (lib/routing/resolve-routing-targets)
  const effectiveTargets = [...facts.keys()].flatMap((serviceId) =>
    allowedTargets(resolveRoutingTargets(targets.filter((t) => t.serviceId === serviceId), scope.landId, restrictions.filter((r) => r.serviceId === serviceId))),
  );
  for (const t of effectiveTargets) {
    facts.get(t.serviceId)?.routingTargets.push({
      name: t.name, level: t.level, kind: t.kind, channel: t.channel, contact: t.contact, serviceHours: t.serviceHours,
      reactionHours: { BETRIEBSVERHINDERND: t.reactionHoursVerhindernd, BETRIEBSBEHINDERND: t.reactionHoursBehindernd, LEICHT: t.reactionHoursLeicht },
      resolutionHours: { BETRIEBSVERHINDERND: t.resolutionHoursVerhindernd, BETRIEBSBEHINDERND: t.resolutionHoursBehindernd, LEICHT: t.resolutionHoursLeicht },
      regionName: t.region?.name ?? null,
      changed: { at: t.updatedAt, by: t.region?.name ?? operatorName.get(t.serviceId) ?? "" },
    } satisfies RoutingTargetFacts);
  }
  return facts;
}

interface LeistungRow {
  leikaKey: string;
  name: string;
  description: string | null;
  searchTerms: string[];
  createdAt: Date;
  updatedAt: Date;
  serviceIds: string[];
}

/**
 * Leistungen of the services (all, or those of `keys`), after `cursor` in LeiKa-key order: one query. It walks the
 * LeiKa-key index from the cursor and looks up each Leistung's services of the region, so a page costs the same
 * at the start and at the end of a large export (grouping all links first made every page read all of them).
 */
async function leistungRows(client: Db, serviceIds: string[], options: { cursor: string | null; limit: number; keys?: string[] }): Promise<LeistungRow[]> {
  // the lists as JSON: JSON.parse reads them faster than the driver's parser of PostgreSQL arrays
  const rows = await client.$queryRaw<LeistungRow[]>`
    SELECT l."leikaKey", l.name, l.description, to_json(l."searchTerms") AS "searchTerms", l."createdAt", l."updatedAt", s."serviceIds"
    FROM "Leistung" l
    CROSS JOIN LATERAL (
      SELECT json_agg(sl."serviceId" ORDER BY sl."serviceId") AS "serviceIds" FROM "ServiceLeistung" sl
      WHERE sl."leistungId" = l.id AND sl."serviceId" = ANY(${serviceIds}::text[])
    ) s
    WHERE s."serviceIds" IS NOT NULL
      AND l."leikaKey" > ${options.cursor ?? ""}
      ${options.keys ? Prisma.sql`AND l."leikaKey" = ANY(${options.keys}::text[])` : Prisma.empty}
    ORDER BY l."leikaKey"
    LIMIT ${options.limit}`;
  return rows;
}

/** The region's services (ids), in key order. */
export async function regionServiceIds(client: Db, scope: RegionScope): Promise<string[]> {
  return (await servicesOfLand(client, scope.landId)).map((s) => s.id);
}

/** Facts of the given Leistungen (by key) of the region, with a cache of service facts shared across calls. */
export function leistungFactsReader(client: Db, scope: RegionScope, serviceIds: string[], now: Date) {
  const cache = new Map<string, ServiceFacts>();
  async function servicesFor(ids: string[]): Promise<Map<string, ServiceFacts>> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    if (missing.length) for (const [id, f] of await loadServiceFacts(client, scope, missing, now)) cache.set(id, f);
    const out = new Map<string, ServiceFacts>();
    for (const id of ids) {
      const f = cache.get(id);
      if (f) {
        out.set(id, f);
        cache.delete(id); // most recently used last
        cache.set(id, f);
      }
    }
    while (cache.size > MAX_CACHED_SERVICES) cache.delete(cache.keys().next().value as string);
    return out;
  }
  async function toFacts(rows: LeistungRow[]): Promise<LeistungFacts[]> {
    const services = await servicesFor(rows.flatMap((r) => r.serviceIds));
    return rows.map((r) => ({
      leikaKey: r.leikaKey, name: r.name, description: r.description, searchTerms: r.searchTerms, createdAt: r.createdAt, updatedAt: r.updatedAt,
      services: r.serviceIds.map((id) => services.get(id)).filter((s): s is ServiceFacts => Boolean(s)),
    }));
  }
  return {
    /** the next page after `cursor` (LeiKa-key order) */
    async page(cursor: string | null, size = PAGE_SIZE): Promise<LeistungFacts[]> {
      if (!serviceIds.length) return [];
      return toFacts(await leistungRows(client, serviceIds, { cursor, limit: size }));
    },
    /** specific Leistungen (those added behind the cursor during an export) */
    async byKeys(keys: string[]): Promise<LeistungFacts[]> {
      if (!keys.length || !serviceIds.length) return [];
      return toFacts(await leistungRows(client, serviceIds, { cursor: null, limit: keys.length, keys }));
    },
  };
}
