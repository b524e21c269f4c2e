import { z } from "zod";

/**
 * The agent screen's reads from the API (same origin, session cookie), parsed before use. Stale requests are
 * aborted by the caller; an aborted request resolves to { aborted: true } and changes nothing on screen.
 */
const scope = z.enum(["BASE", "LAND", "KOMMUNE"]);
const klasse = z.enum(["BETRIEBSVERHINDERND", "BETRIEBSBEHINDERND", "LEICHT"]);

export const hitSchema = z.object({
  id: z.string(),
  type: z.enum(["FAQ", "WORKAROUND", "INCIDENT", "TRAINING"]),
  title: z.string(),
  shortAnswer: z.string(),
  service: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  scope,
  regionArs: z.string(),
  regionName: z.string(),
  categories: z.array(z.string()),
  isStale: z.boolean(),
  incident: z.object({ klasse, isActive: z.boolean() }).nullable(),
});
export type Hit = z.infer<typeof hitSchema>;

export const incidentSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  shortAnswer: z.string().nullable(),
  service: z.object({ id: z.string(), name: z.string() }),
  klasse,
  klasseLabel: z.string(),
  startedAt: z.string(),
  affectedRegions: z.array(z.string()),
  workaround: z.object({ articleId: z.string(), title: z.string() }).nullable(),
});
export type IncidentItem = z.infer<typeof incidentSchema>;

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number() });
export const facetsSchema = z.object({ service: z.array(facetValue), type: z.array(facetValue), category: z.array(facetValue) });
export type FacetLists = z.infer<typeof facetsSchema>;

export const searchResponseSchema = z.object({
  hits: z.array(hitSchema),
  incidents: z.array(incidentSchema),
  searchEventId: z.string().nullable(),
});
const facetsResponseSchema = z.object({ facets: facetsSchema });
export type SearchResult = z.infer<typeof searchResponseSchema>;

export const regionOptionSchema = z.object({
  ars: z.string(),
  name: z.string(),
  kind: z.enum(["LAND", "KOMMUNE"]),
  land: z.object({ ars: z.string(), name: z.string() }),
});
export type RegionChoice = z.infer<typeof regionOptionSchema>;
const organisationsSchema = z.object({ organisations: z.array(regionOptionSchema) });

export type ReadResult<T> = { ok: true; data: T } | { ok: false; aborted: true } | { ok: false; aborted: false; status: number; error: string };

const errorBody = z.object({ error: z.string().max(2000) });

/** GET of this application's API with a German error for everything that goes wrong. */
async function getJson<T>(url: string, schema: z.ZodType<T>, signal: AbortSignal): Promise<ReadResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store", signal });
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
    return { ok: false, aborted: false, status: 0, error: "Der Server ist nicht erreichbar. Bitte Verbindung prüfen und erneut suchen." };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
  }
  if (response.status === 401) return { ok: false, aborted: false, status: 401, error: "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an." };
  if (!response.ok) {
    const body = errorBody.safeParse(json);
    return { ok: false, aborted: false, status: response.status, error: body.success ? body.data.error : "Die Suche hat nicht geantwortet. Bitte erneut versuchen." };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, aborted: false, status: response.status, error: "Die Antwort des Servers war unerwartet. Bitte die Seite neu laden." };
}

export interface SearchParamsInput {
  q: string;
  region: string;
  searchId: string;
  service?: string;
  type?: string;
  category?: string;
}

function searchParams(input: SearchParamsInput): string {
  const p = new URLSearchParams({ q: input.q, region: input.region, searchId: input.searchId, limit: "10" });
  if (input.service) p.set("service", input.service);
  if (input.type) p.set("type", input.type);
  if (input.category) p.set("category", input.category);
  return p.toString();
}

export function fetchSearch(input: SearchParamsInput, signal: AbortSignal): Promise<ReadResult<SearchResult>> {
  return getJson(`/api/search?${searchParams(input)}`, searchResponseSchema, signal);
}

/** The facet counts of the same search (a request of its own, asked for once its hits are shown). */
export async function fetchFacets(input: SearchParamsInput, signal: AbortSignal): Promise<ReadResult<FacetLists>> {
  const r = await getJson(`/api/search/facets?${searchParams(input)}`, facetsResponseSchema, signal);
  return r.ok ? { ok: true, data: r.data.facets } : r;
}

export async function fetchRegions(q: string, signal: AbortSignal): Promise<ReadResult<RegionChoice[]>> {
  const r = await getJson(`/api/organisations?${new URLSearchParams({ q, limit: "8" }).toString()}`, organisationsSchema, signal);
  return r.ok ? { ok: true, data: r.data.organisations } : r;
}

/** Links of the agent screen: the search with its state, and the detail view of an article for a region. */
export function searchHref(state: { region: string; q?: string; service?: string; type?: string; category?: string }, defaultRegion: string | null): string {
  const p = new URLSearchParams();
  if (state.region !== defaultRegion) p.set("region", state.region);
  if (state.q) p.set("q", state.q);
  if (state.service) p.set("dienst", state.service);
  if (state.type) p.set("art", state.type);
  if (state.category) p.set("kategorie", state.category);
  const qs = p.toString();
  return qs ? `/servicecenter?${qs}` : "/servicecenter";
}

export function answerHref(articleId: string, state: { region: string; q?: string; searchEventId?: string | null }): string {
  const p = new URLSearchParams({ region: state.region });
  if (state.q) p.set("q", state.q);
  if (state.searchEventId) p.set("suche", state.searchEventId);
  return `/servicecenter/artikel/${encodeURIComponent(articleId)}?${p.toString()}`;
}
