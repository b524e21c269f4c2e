import { MeilisearchApiError } from "meilisearch";
import { z } from "zod";
import type { Db } from "../db-client";
import { ChangeAwareCache } from "../change-feed";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ARTICLE_TYPES, STOERUNGSKLASSE_LABELS } from "../articles/vocabulary";
import { listActiveIncidents, type ActiveIncident } from "../incidents/list-active-incidents";
import { authorizeSearch } from "../policies/search-policy";
import { berlinEpochDay } from "./document";
import { facetDistribution, FACET_FIELDS, NO_FACETS, planFacetRequests, presentFacets, type Facets, type FacetSelection, type SearchPass } from "./facets";
import { hydrateHits, type SearchHit } from "./hydrate-hits";
import { actorParentOrgId } from "../articles/load-article";
import { recordSearchEvent } from "./record-search-event";
import { searchContext, type SearchContext } from "./meili";
import { multiWordTerms, prepareQuery } from "./prepare-query";
import { indexNames, PASS_LOCALES } from "./settings";

/** Query parameters of GET /api/search. */
export const searchInputSchema = z.object({
  // empty: no search, only the active incidents of the region (the agent screen before the first word)
  q: z.string({ error: "Der Suchbegriff ist ein Text." }).trim().max(200, { error: "Der Suchbegriff ist zu lang (höchstens 200 Zeichen)." }).default(""),
  region: z.string().trim().regex(/^\d{2}(\d{10})?$/, { error: "Die Region ist ein Regionalschlüssel (ARS) mit 2 Ziffern (Land) oder 12 Ziffern (Kommune)." }).optional(),
  limit: z.coerce.number({ error: "limit ist eine Zahl von 1 bis 50." }).int({ error: "limit ist eine ganze Zahl von 1 bis 50." }).min(1, { error: "limit ist mindestens 1." }).max(50, { error: "limit ist höchstens 50." }).default(10),
  service: z.string().trim().min(1).max(80).optional(),
  type: z.enum(ARTICLE_TYPES, { error: `type ist einer von ${ARTICLE_TYPES.join(", ")}.` }).optional(),
  category: z.string().trim().min(1).max(80).optional(),
  /** the client's name for one question of a caller: the requests of search-as-you-type update one SearchEvent */
  searchId: z.uuid({ error: "searchId ist eine UUID, die der Client je Anliegen erzeugt." }).optional(),
});
export type SearchInput = z.output<typeof searchInputSchema>;

/** The caller's region: a Kommune (with its Land) or a Land. */
export interface SearchRegion {
  /** the ARS searched for (the Kommune's or the Land's) */
  ars: string;
  landArs: string;
  kommuneArs: string | null;
  landId: string;
  /** null for a Kommune that is not an organisation here (its Land's content applies) */
  kommuneId: string | null;
}

/**
 * The region for a search: the given ARS, else the actor's own organisation. A Kommune that is not known as an
 * organisation still counts by its Land (the first two digits of its ARS).
 */
export async function resolveSearchRegion(client: Db, actor: Actor, ars: string | undefined): Promise<SearchRegion> {
  const wanted = ars ?? (actor.organisation.kind === "BUND" ? undefined : actor.organisation.ars);
  if (!wanted) throw new AppError("VALIDATION", "Bitte die Region der anrufenden Person angeben (Regionalschlüssel eines Landes oder einer Kommune).", [{ path: "region", message: "fehlt" }]);
  const org = await client.organisation.findUnique({ where: { ars: wanted }, select: { id: true, ars: true, kind: true, parent: { select: { id: true, ars: true } } } });
  if (org?.kind === "LAND") return { ars: org.ars, landArs: org.ars, kommuneArs: null, landId: org.id, kommuneId: null };
  if (org?.kind === "KOMMUNE" && org.parent) return { ars: org.ars, landArs: org.parent.ars, kommuneArs: org.ars, landId: org.parent.id, kommuneId: org.id };
  if (!org && wanted.length === 12) {
    const land = await client.organisation.findUnique({ where: { ars: wanted.slice(0, 2) }, select: { id: true, ars: true, kind: true } });
    if (land?.kind === "LAND") return { ars: wanted, landArs: land.ars, kommuneArs: wanted, landId: land.id, kommuneId: null };
  }
  throw new AppError("VALIDATION", `Zum Regionalschlüssel ${wanted} ist kein Land und keine Kommune bekannt.`, [{ path: "region", message: "unbekannte Region" }]);
}

/** The online services the region's Land operates or co-uses. */
export async function servicesOfLand(client: Db, landId: string): Promise<{ id: string; key: string; name: string }[]> {
  return client.onlineService.findMany({
    where: { OR: [{ operatorId: landId }, { coUsers: { some: { organisationId: landId } } }] },
    select: { id: true, key: true, name: true },
    orderBy: { key: "asc" },
  });
}

const quote = (value: string) => JSON.stringify(value);

/**
 * The Meilisearch filter for a region (pure): services its Land uses, valid today, and per family only the
 * effective article: the base or a variant of this region, not overridden in the region or its Land.
 */
export function regionFilter(input: { region: Pick<SearchRegion, "landArs" | "kommuneArs">; today: number; serviceKeys: readonly string[]; type?: string; category?: string }): string[] {
  const regions = [input.region.landArs, ...(input.region.kommuneArs ? [input.region.kommuneArs] : [])].map(quote).join(", ");
  const filter = [
    `serviceKey IN [${input.serviceKeys.map(quote).join(", ")}]`,
    `validFromDay <= ${input.today}`,
    `validUntilDay >= ${input.today}`,
    `(scope = "BASE" OR regionArs IN [${regions}])`,
    `NOT overriddenIn IN [${regions}]`,
  ];
  if (input.type) filter.push(`type = ${quote(input.type)}`);
  if (input.category) filter.push(`categories = ${quote(input.category)}`);
  return filter;
}

/**
 * Ids of matching documents in rank order, one per family (pure Meilisearch part, shared with the benches).
 * Each pass searches in both tokenizations: whole words (without compound splitting, so typos and synonyms of
 * compounds work) and German segmentation (the de_ fields, so parts of compounds and the answer body are
 * found). A document found by several queries counts once, with its best score; the German score counts half
 * (docs/search.md).
 */
export async function searchIds(ctx: SearchContext, indexUid: string, query: string, filter: string[], limit: number): Promise<string[]> {
  return (await searchIdsWithPasses(ctx, indexUid, query, filter, limit)).ids;
}

/** What searchIdsWithPasses found: ids in rank order and the passes it ran (the facets count the same). */
export interface RankedSearch {
  ids: string[];
  /** the family (base article id) of each id */
  familyIds: Map<string, string>;
  passes: SearchPass[];
}

/** searchIds, and the passes it ran. */
export async function searchIdsWithPasses(ctx: SearchContext, indexUid: string, query: string, filter: string[], limit: number): Promise<RankedSearch> {
  const passes: SearchPass[] = [{ q: query, matchingStrategy: "frequency" }];
  const familyIds = new Map<string, string>();
  const first = await rankedIds(ctx, indexUid, passes, filter, limit, familyIds);
  if (first.length >= limit || !/\s/.test(query.trim())) return { ids: first, familyIds, passes };
  // Meilisearch drops query words by their frequency in the whole index; when the searched fields hold fewer
  // matches than that assumes, it can return too few hits. Dropping words from the end fills the list; the
  // first pass's hits (all of them: fewer than the limit) stay in front.
  const second: SearchPass = { q: query, matchingStrategy: "last" };
  passes.push(second);
  const found = [...new Set([...first, ...(await rankedIds(ctx, indexUid, [second], filter, first.length + limit, familyIds))])];
  if (found.length >= limit) return { ids: found.slice(0, limit), familyIds, passes };
  // Still short: each word on its own (any word may match), best score first. Every document the earlier
  // passes match is already in `found`, so the rest is ranked by its best single-word score.
  const words = [...new Set(query.split(/\s+/).filter(Boolean))].slice(0, 8).map((w) => ({ q: w, matchingStrategy: "last" as const }));
  passes.push(...words);
  const third = await rankedIds(ctx, indexUid, words, filter, found.length + limit, familyIds);
  return { ids: [...new Set([...found, ...third])].slice(0, limit), familyIds, passes };
}

/**
 * Ids of the passes' matches, best weighted ranking score first, each document once (with its best score);
 * records the family of each match in `familyIds`.
 * The tokenizations run one after the other, heaviest weight first, and the next one only when it can still
 * change the result: a ranking score is at most 1, so a query of weight w adds nothing once `limit` documents
 * have a weighted score of at least w (they keep their places, and no new document can pass them). The German
 * query is then left out, which it is for most queries (docs/search.md); the ids are the same as with all
 * queries. The queries of one tokenization are requests of their own, all at once: a federated multi-search,
 * or several queries with ranking scores in one multi-search, measured three to four times slower.
 */
async function rankedIds(ctx: SearchContext, indexUid: string, passes: readonly SearchPass[], filter: string[], limit: number, familyIds: Map<string, string>): Promise<string[]> {
  const best = new Map<string, number>();
  const ranked = () => [...best].sort((a, b) => b[1] - a[1]); // stable: equal scores keep the order they were found in
  for (const [locale, weight] of PASS_LOCALES) {
    const top = ranked();
    if (top.length >= limit && (top[limit - 1]?.[1] ?? 0) >= weight) break;
    const results = await Promise.all(
      passes.map((p) => ctx.search(indexUid, { q: p.q, filter, limit, matchingStrategy: p.matchingStrategy, locales: [locale], attributesToRetrieve: ["id", "familyId"], showRankingScore: true })),
    );
    for (const r of results) {
      for (const h of r.hits) {
        const id = String(h.id);
        familyIds.set(id, String(h.familyId));
        const score = (h._rankingScore ?? 0) * weight;
        if (score > (best.get(id) ?? -1)) best.set(id, score);
      }
    }
  }
  return ranked().slice(0, limit).map(([id]) => id);
}

/**
 * The region of an ARS and the services of a Land, kept until an organisation, a service or a co-use changes
 * (lib/change-feed.ts): an agent types a query letter by letter, and a new co-using Land counts at once.
 */
const regions = new ChangeAwareCache<SearchRegion>(["Organisation"], 600_000, 20_000);
const landServices = new ChangeAwareCache<{ id: string; key: string; name: string }[]>(["OnlineService", "ServiceCoUser"], 600_000, 100);

/** The region of a search and the services its Land uses. */
async function regionWithServices(client: Db, actor: Actor, ars: string | undefined): Promise<{ region: SearchRegion; services: { id: string; key: string; name: string }[] }> {
  const key = ars ?? (actor.organisation.kind === "BUND" ? "" : actor.organisation.ars);
  const region = key ? await regions.get(key, () => resolveSearchRegion(client, actor, ars)) : await resolveSearchRegion(client, actor, ars);
  return { region, services: await landServices.get(region.landId, () => servicesOfLand(client, region.landId)) };
}

/**
 * The passes of recent searches: the agent screen asks for the facet counts right after the hits, and the counts
 * go over the same passes, which searchFacets would otherwise find by running the ranking again.
 */
const recentPasses = new Map<string, { at: number; passes: SearchPass[] }>();
const RECENT_PASSES_MS = 30_000;
const passesKey = (indexUid: string, query: string, filter: readonly string[], limit: number) => JSON.stringify([indexUid, query, filter, limit]);

function rememberPasses(key: string, passes: SearchPass[]): void {
  if (recentPasses.size >= 1000) recentPasses.delete(recentPasses.keys().next().value as string);
  recentPasses.set(key, { at: Date.now(), passes });
}

function recalledPasses(key: string): SearchPass[] | undefined {
  const r = recentPasses.get(key);
  return r && Date.now() - r.at < RECENT_PASSES_MS ? r.passes : undefined;
}

let phraseCache: { at: number; phrases: string[] } | undefined;
const PHRASE_TTL_MS = 60_000;

/** Multi-word synonym terms, read from the database at most once a minute. */
async function protectedPhrases(client: Db): Promise<string[]> {
  if (phraseCache && Date.now() - phraseCache.at < PHRASE_TTL_MS) return phraseCache.phrases;
  const rows = await client.synonymGroup.findMany({ select: { terms: true } });
  phraseCache = { at: Date.now(), phrases: multiWordTerms(rows.map((r) => r.terms)) };
  return phraseCache.phrases;
}

export interface IncidentView {
  articleId: string;
  title: string;
  shortAnswer: string | null;
  service: { id: string; name: string };
  klasse: ActiveIncident["klasse"];
  klasseLabel: string;
  startedAt: string;
  affectedRegions: string[];
  workaround: { articleId: string; title: string } | null;
  needsPostReview: boolean;
  /** the incident concerns a service of one of the hits */
  concernsHits: boolean;
}

export interface SearchResponse {
  hits: SearchHit[];
  incidents: IncidentView[];
  region: { ars: string; landArs: string; kommuneArs: string | null };
  /** the SearchEvent this request was stored in (null for an empty query); the agent screen reports opened articles to it */
  searchEventId: string | null;
  processingMs: number;
}

export interface FacetsResponse {
  /** counts per service, type and category for the region and the query (empty without a query) */
  facets: Facets;
  processingMs: number;
}

function isUnavailable(e: unknown): boolean {
  return !(e instanceof MeilisearchApiError) || (e.response?.status ?? 500) >= 500;
}

/** A Meilisearch failure as the agent reads it; anything else is thrown as it is. */
function searchError(e: unknown): unknown {
  // right after a first start the worker is still building the index: that is a wait, not an error
  if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") {
    return new AppError("UNAVAILABLE", "Der Suchindex wird gerade aufgebaut. Bitte in einigen Sekunden erneut suchen.");
  }
  if (isUnavailable(e)) {
    console.error("[search] Meilisearch nicht erreichbar:", e instanceof Error ? e.message : String(e));
    return new AppError("UNAVAILABLE", "Die Suche ist gerade nicht erreichbar. Bitte gleich noch einmal versuchen; aktive Störungen stehen auf der Startseite.");
  }
  return e;
}

/** A validated search request with its region, the services of the region's Land and those it searches. */
async function startSearch(actor: Actor, input: unknown) {
  authorizeSearch(actor);
  const parsed = searchInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Die Suchanfrage ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "q", message: i.message })));
  }
  const params = parsed.data;
  const client = db();
  const { region, services } = await regionWithServices(client, actor, params.region);
  const selected = params.service ? services.filter((s) => s.key === params.service) : services;
  return { params, client, region, services, selected, now: new Date() };
}

/**
 * Searches the knowledge base for a caller's region (issue 6): one effective article per family, hydrated from
 * the database, active incidents of the region's services (severest first), and a SearchEvent with the
 * masked query. The facet counts are a request of their own (searchFacets): they cost Meilisearch more than
 * the ranking, and the agent screen asks for them once the hits are shown.
 */
export async function searchKnowledgeBase(actor: Actor, input: unknown, ctx?: SearchContext): Promise<SearchResponse> {
  const started = performance.now();
  const { params, client, region, selected, now } = await startSearch(actor, input);
  const hasQuery = params.q !== "";
  // the incidents do not depend on the hits: read them while Meilisearch searches
  const serviceFilter = params.service ? (selected[0]?.id ?? "-") : undefined;
  const incidentsRead = listActiveIncidents({ regionIds: [region.landId, ...(region.kommuneId ? [region.kommuneId] : [])], landId: region.landId }, { serviceId: serviceFilter, now });
  incidentsRead.catch(() => undefined); // awaited below; an error then is the request's error
  // so is the actor's parent organisation, which the read scope of the hits needs
  const parentOrgId = actorParentOrgId(client, actor.organisation.id, actor.organisation.kind);
  parentOrgId.catch(() => undefined);

  let ids: string[] = [];
  let familyIds = new Map<string, string>();
  if (hasQuery && selected.length) {
    const search = ctx ?? searchContext();
    const filter = regionFilter({ region, today: berlinEpochDay(now), serviceKeys: selected.map((s) => s.key), type: params.type, category: params.category });
    try {
      const query = prepareQuery(params.q, await protectedPhrases(client));
      const indexUid = indexNames(search.indexPrefix).articles;
      const ranked = await searchIdsWithPasses(search, indexUid, query, filter, params.limit);
      ({ ids, familyIds } = ranked);
      rememberPasses(passesKey(indexUid, query, filter, params.limit), ranked.passes);
    } catch (e) {
      throw searchError(e);
    }
  }
  // an empty query is no search: nothing is stored. The event counts the hits the index found; it is written
  // while the hits are read (hydration drops a hit only in the moment the index lags behind a change).
  const eventWrite = hasQuery
    ? recordSearchEvent(client, actor, { searchId: params.searchId, regionArs: region.ars, query: params.q, resultCount: ids.length, serviceId: params.service ? (selected[0]?.id ?? null) : null })
    : Promise.resolve(null);
  eventWrite.catch(() => undefined);
  // the chain of an effective article: its base and variants of the region's Land and Kommune
  const chains = { familyOf: familyIds, ownerOrgIds: [region.landId, ...(region.kommuneId ? [region.kommuneId] : [])] };
  const hits = await hydrateHits(client, actor, ids, now, parentOrgId, chains);
  const active = await incidentsRead;
  const searchEventId = await eventWrite;
  const hitServices = new Set(hits.map((h) => h.service.id));
  const incidents: IncidentView[] = active.map((i) => ({
    articleId: i.articleId, title: i.title, shortAnswer: i.shortAnswer, service: { id: i.serviceId, name: i.serviceName },
    klasse: i.klasse, klasseLabel: STOERUNGSKLASSE_LABELS[i.klasse], startedAt: i.startedAt.toISOString(),
    affectedRegions: i.affectedRegions, workaround: i.workaround, needsPostReview: i.needsPostReview, concernsHits: hitServices.has(i.serviceId),
  }));

  return {
    hits,
    incidents,
    region: { ars: region.ars, landArs: region.landArs, kommuneArs: region.kommuneArs },
    searchEventId,
    processingMs: Math.round(performance.now() - started),
  };
}

/**
 * The facet counts of a search (GET /api/search/facets): per service, type and category, over the documents the
 * passes of the ranking match (those the same search just ran, else the ranking runs again), each facet counted
 * with the other selections but not its own (facets.ts). No SearchEvent: the search itself was stored by
 * searchKnowledgeBase.
 */
export async function searchFacets(actor: Actor, input: unknown, ctx?: SearchContext): Promise<FacetsResponse> {
  const started = performance.now();
  const { params, client, region, services, selected, now } = await startSearch(actor, input);
  if (params.q === "" || !selected.length) return { facets: NO_FACETS, processingMs: Math.round(performance.now() - started) };
  const search = ctx ?? searchContext();
  const indexUid = indexNames(search.indexPrefix).articles;
  const today = berlinEpochDay(now);
  const selection: FacetSelection = { service: params.service, type: params.type, category: params.category };
  try {
    const query = prepareQuery(params.q, await protectedPhrases(client));
    const filter = regionFilter({ region, today, serviceKeys: selected.map((s) => s.key), type: params.type, category: params.category });
    const passes = recalledPasses(passesKey(indexUid, query, filter, params.limit)) ?? (await searchIdsWithPasses(search, indexUid, query, filter, params.limit)).passes;
    const counts = await Promise.all(
      planFacetRequests(selection).map(async (r) => {
        const filter = regionFilter({ region, today, serviceKeys: r.apply.service ? [r.apply.service] : services.map((s) => s.key), type: r.apply.type, category: r.apply.category });
        const distribution = await facetDistribution(search, indexUid, passes, filter, r.facets);
        return r.facets.map((name) => [name, distribution[FACET_FIELDS[name]] ?? {}] as const);
      }),
    );
    return { facets: presentFacets(Object.fromEntries(counts.flat()), new Map(services.map((s) => [s.key, s.name])), selection), processingMs: Math.round(performance.now() - started) };
  } catch (e) {
    throw searchError(e);
  }
}
