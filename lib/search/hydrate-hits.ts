import { readRows, type Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { Prisma } from "../../generated/prisma/client";
import { loadPublishedRevisionRows, loadRevisionRows, toRevisionState, type RevisionRow } from "../articles/read-article-state";
import { actorParentOrgId } from "../articles/load-article";
import { articleListScope } from "../policies/article-policy";
import { effectiveContent, type VariantStep } from "../variants/effective-content";
import { berlinEpochDay, epochDay, isIncidentActiveAt, type Scope } from "./document";

/** One hit as the agent screen shows it: the effective article for the region, read from the database. */
export interface SearchHit {
  id: string;
  /** bundle key of the effective article (a variant's own key) */
  key: string;
  /** bundle key of the family's base article */
  familyKey: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  title: string;
  /** the short spoken answer, read first */
  shortAnswer: string;
  service: { id: string; key: string; name: string };
  scope: Scope;
  /** the region whose article it is (base: the operating Land) */
  regionArs: string;
  /** that region's name, for the badge "Variante Land Hessen" */
  regionName: string;
  /** categories of the effective content (keys of lib/articles/vocabulary CATEGORIES) */
  categories: string[];
  /** a variant of the chain rests on an older revision of its parent */
  isStale: boolean;
  incident: { klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT"; isActive: boolean } | null;
}

const articleSelect = { id: true, key: true, type: true, parentId: true, rootId: true, publishedRevisionId: true, archivedAt: true, serviceId: true, ownerOrgId: true } as const;

type ArticleRow = { id: string; key: string; type: SearchHit["type"]; parentId: string | null; rootId: string | null; publishedRevisionId: string | null; archivedAt: Date | null; serviceId: string; ownerOrgId: string };

/**
 * A hit computed before, with the chain it was computed from. Published revisions never change (a change or
 * the end of an incident is a new revision), so the hit holds while every member of the chain still has the
 * same published revision; organisation and service names are re-read after HIT_TTL_MS.
 */
interface CachedHit {
  chain: { id: string; publishedRevisionId: string }[];
  hit: Omit<SearchHit, "incident">;
  validFromDay: number | null;
  validUntilDay: number | null;
  incident: { klasse: NonNullable<SearchHit["incident"]>["klasse"]; startedAt: Date; resolvedAt: Date | null } | null;
  at: number;
}
export const HIT_TTL_MS = 60_000;
const hitCache = new Map<string, CachedHit>();

function cachedHit(id: string): CachedHit | undefined {
  const c = hitCache.get(id);
  if (c && Date.now() - c.at < HIT_TTL_MS) return c;
  if (c) hitCache.delete(id);
  return undefined;
}

/** The chain of `row`, base first (a chain is at most base -> Land -> Kommune). */
function chainOf(row: ArticleRow, byId: ReadonlyMap<string, ArticleRow>): ArticleRow[] {
  const chain: ArticleRow[] = [];
  for (let node: ArticleRow | undefined = row; node && chain.length < 4; node = node.parentId ? byId.get(node.parentId) : undefined) chain.unshift(node);
  return chain;
}

const isPublishedChain = (chain: readonly ArticleRow[]) => chain[0]?.parentId === null && chain.every((n) => n.publishedRevisionId && !n.archivedAt);

function sameChain(cached: CachedHit, chain: readonly ArticleRow[]): boolean {
  return cached.chain.length === chain.length && cached.chain.every((m, i) => m.id === chain[i]?.id && m.publishedRevisionId === chain[i]?.publishedRevisionId);
}

/** The hit as shown today, or null when its content is not valid today (the index may lag a moment behind). */
function present(c: CachedHit, today: number, now: Date): SearchHit | null {
  if (c.validFromDay !== null && c.validFromDay > today) return null;
  if (c.validUntilDay !== null && c.validUntilDay < today) return null;
  return { ...c.hit, incident: c.incident ? { klasse: c.incident.klasse, isActive: isIncidentActiveAt(c.incident, now) } : null };
}

/**
 * Where the chains of the hits are, when the caller knows: the families (base ids) and the organisations whose
 * variants can be in them (a search's region: its Land and Kommune). Their members are then read at the same
 * time as the hits instead of after them; a member not found so is still read afterwards.
 */
export interface ChainHint {
  /** the family (base article id) of each id */
  familyOf: ReadonlyMap<string, string>;
  ownerOrgIds: readonly string[];
}

type OrgRow = { id: string; ars: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" };
type ServiceRow = { id: string; key: string; name: string };
/** What computeHits needs besides the articles, when it was read together with them. */
interface Prefetched {
  revisions: Map<string, RevisionRow>;
  orgs: Map<string, OrgRow>;
  services: Map<string, ServiceRow>;
}

type MemberRow = ArticleRow & { orgArs: string; orgName: string; orgKind: OrgRow["kind"]; serviceKey: string; serviceName: string };

/** SQL over "Article" a: the hits and the members of their families in the given regions. */
function chainCondition(ids: readonly string[], familyIds: readonly string[], ownerOrgIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`(a.id = ANY(${[...ids]}::text[]) OR a.id = ANY(${[...familyIds]}::text[]) OR (a."rootId" = ANY(${[...familyIds]}::text[]) AND a."ownerOrgId" = ANY(${[...ownerOrgIds]}::text[])))`;
}

/** The members of the hits' chains with their owners and services, in one statement. */
async function loadChainMembers(client: Db, condition: Prisma.Sql): Promise<MemberRow[]> {
  return readRows<MemberRow>(client, Prisma.sql`
    SELECT a.id, a.key, a.type::text AS type, a."parentId", a."rootId", a."publishedRevisionId", a."archivedAt", a."serviceId", a."ownerOrgId",
      o.ars AS "orgArs", o.name AS "orgName", o.kind::text AS "orgKind", s.key AS "serviceKey", s.name AS "serviceName"
    FROM "Article" a JOIN "Organisation" o ON o.id = a."ownerOrgId" JOIN "OnlineService" s ON s.id = a."serviceId"
    WHERE ${condition}`);
}

/**
 * Reads the hits' articles through the normal authorized read path: the article policy's list scope for the
 * actor (STYLE.md rule 2), published and not archived only, and computes their effective content from the
 * published revisions of the chain (lib/variants/effective-content). Keeps the order of `ids`; an id the
 * actor may not read, or whose content is no longer published or valid, is left out.
 * A search hydrates on every keystroke: the articles with the members of their chains (`chains`, else the
 * ancestors of hits seen before) in one round trip; only hits not seen before, or whose chain has a new
 * published revision, need their revisions, organisations and services (one more, three statements at once).
 * `parentOrgId`: the actor's parent organisation, when the caller has already started reading it.
 */
export async function hydrateHits(client: Db, actor: Actor, ids: readonly string[], now: Date = new Date(), parentOrgId?: Promise<string | null>, chains?: ChainHint): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const scope = articleListScope(actor, await (parentOrgId ?? actorParentOrgId(client, actor.organisation.id, actor.organisation.kind)));
  // With the chains known, the chain members (with owners and services) and the published revisions of the
  // chains not computed before are read at the same time as the authorized hits: one round trip.
  let prefetched: Promise<Prefetched | null> = Promise.resolve(null);
  let members: Promise<ArticleRow[]> = Promise.resolve([]);
  if (chains) {
    const familyIds = [...new Set(ids.map((id) => chains.familyOf.get(id) ?? id))];
    const uncached = ids.filter((id) => !cachedHit(id));
    const memberRows = loadChainMembers(client, chainCondition(ids, familyIds, chains.ownerOrgIds));
    const revisions = uncached.length
      ? loadPublishedRevisionRows(client, chainCondition(uncached, [...new Set(uncached.map((id) => chains.familyOf.get(id) ?? id))], chains.ownerOrgIds))
      : Promise.resolve([]);
    members = memberRows.then((m) => m.map(({ orgArs: _a, orgName: _n, orgKind: _k, serviceKey: _s, serviceName: _sn, ...article }) => article));
    prefetched = Promise.all([memberRows, revisions]).then(([m, r]) => ({
      revisions: new Map(r.map((x) => [x.id, x])),
      orgs: new Map(m.map((x) => [x.ownerOrgId, { id: x.ownerOrgId, ars: x.orgArs, name: x.orgName, kind: x.orgKind }])),
      services: new Map(m.map((x) => [x.serviceId, { id: x.serviceId, key: x.serviceKey, name: x.serviceName }])),
    }));
    prefetched.catch(() => undefined); // awaited below
  } else {
    const knownAncestors = [...new Set(ids.flatMap((id) => cachedHit(id)?.chain.slice(0, -1).map((m) => m.id) ?? []))];
    if (knownAncestors.length) members = client.article.findMany({ where: { id: { in: knownAncestors } }, select: articleSelect });
  }
  members.catch(() => undefined);
  const [rows, ancestors] = await Promise.all([
    client.article.findMany({ where: { AND: [{ id: { in: [...ids] } }, { publishedRevisionId: { not: null }, archivedAt: null }, scope] }, select: articleSelect }),
    members,
  ]);
  if (!rows.length) return [];
  const byId = new Map<string, ArticleRow>([...ancestors, ...rows].map((r) => [r.id, r]));
  const missing = [...new Set(rows.flatMap((r) => [r.parentId, r.rootId]).filter((id): id is string => id !== null && !byId.has(id)))];
  if (missing.length) for (const a of await client.article.findMany({ where: { id: { in: missing } }, select: articleSelect })) byId.set(a.id, a);

  const today = berlinEpochDay(now);
  const hits = new Map<string, SearchHit>();
  const toCompute: ArticleRow[] = [];
  for (const row of rows) {
    const chain = chainOf(row, byId);
    if (!isPublishedChain(chain)) continue;
    const cached = cachedHit(row.id);
    if (!cached || !sameChain(cached, chain)) {
      toCompute.push(row);
      continue;
    }
    const hit = present(cached, today, now);
    if (hit) hits.set(row.id, hit);
  }
  if (toCompute.length) {
    for (const c of await computeHits(client, toCompute, byId, await prefetched)) {
      if (hitCache.size >= 5_000) hitCache.clear();
      hitCache.set(c.hit.id, c);
      const hit = present(c, today, now);
      if (hit) hits.set(c.hit.id, hit);
    }
  }
  return ids.map((id) => hits.get(id)).filter((h): h is SearchHit => h !== undefined);
}

/** Revisions, owners and services of the hits' chains (when they were not read together with the hits). */
async function readForHits(client: Db, rows: readonly ArticleRow[], members: readonly ArticleRow[]): Promise<Prefetched> {
  const [revisions, orgs, services] = await Promise.all([
    loadRevisionRows(client, members.flatMap((m) => (m.publishedRevisionId ? [m.publishedRevisionId] : []))),
    client.organisation.findMany({ where: { id: { in: [...new Set(members.map((m) => m.ownerOrgId))] } }, select: { id: true, ars: true, name: true, kind: true } }),
    client.onlineService.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.serviceId))] } }, select: { id: true, key: true, name: true } }),
  ]);
  return { revisions: new Map(revisions.map((r) => [r.id, r])), orgs: new Map(orgs.map((o) => [o.id, o])), services: new Map(services.map((x) => [x.id, x])) };
}

/** Effective content of the rows from the published revisions of their chains (all members in `byId`). */
async function computeHits(client: Db, rows: readonly ArticleRow[], byId: ReadonlyMap<string, ArticleRow>, prefetched: Prefetched | null): Promise<CachedHit[]> {
  const members = [...new Set(rows.flatMap((r) => chainOf(r, byId)))];
  const complete =
    prefetched &&
    members.every((m) => m.publishedRevisionId && prefetched.revisions.has(m.publishedRevisionId) && prefetched.orgs.has(m.ownerOrgId)) &&
    rows.every((r) => prefetched.services.has(r.serviceId));
  const { revisions: revisionById, orgs: orgById, services: serviceById } = complete ? prefetched : await readForHits(client, rows, members);

  const computed: CachedHit[] = [];
  for (const row of rows) {
    const chain = chainOf(row, byId);
    const [base, ...variants] = chain;
    const service = serviceById.get(row.serviceId);
    const owner = orgById.get(row.ownerOrgId);
    if (!base || !service || !owner) continue;
    if (chain.some((n) => !revisionById.has(n.publishedRevisionId as string) || !orgById.has(n.ownerOrgId))) continue;
    const revisionOf = (n: ArticleRow) => revisionById.get(n.publishedRevisionId as string) as NonNullable<ReturnType<typeof revisionById.get>>;
    const orgOf = (n: ArticleRow) => orgById.get(n.ownerOrgId) as NonNullable<ReturnType<typeof orgById.get>>;
    const baseState = toRevisionState(revisionOf(base), false);
    if (!baseState.content) continue;
    const steps: VariantStep[] = [];
    let isStale = false;
    let parent = base;
    for (const v of variants) {
      const state = toRevisionState(revisionOf(v), true);
      steps.push({ level: orgOf(v).kind === "KOMMUNE" ? "kommune" : "land", orgName: orgOf(v).name, changes: state.changes });
      if (state.parentRevisionId !== parent.publishedRevisionId) isStale = true;
      parent = v;
    }
    const content = effectiveContent(baseState.content, orgOf(base).name, steps);
    const incident = baseState.incident;
    computed.push({
      chain: chain.map((n) => ({ id: n.id, publishedRevisionId: n.publishedRevisionId as string })),
      hit: {
        id: row.id,
        key: row.key,
        familyKey: base.key,
        type: row.type,
        title: content.title.text,
        shortAnswer: content.shortAnswer.text,
        service,
        scope: row.parentId === null ? "BASE" : owner.kind === "KOMMUNE" ? "KOMMUNE" : "LAND",
        regionArs: owner.ars,
        regionName: owner.name,
        categories: content.categories,
        isStale,
      },
      validFromDay: content.validFrom ? epochDay(content.validFrom) : null,
      validUntilDay: content.validUntil ? epochDay(content.validUntil) : null,
      incident: incident ? { klasse: incident.klasse, startedAt: incident.startedAt, resolvedAt: incident.resolvedAt } : null,
      at: Date.now(),
    });
  }
  return computed;
}
