import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES, CATEGORY_LABELS, type Category } from "../articles/vocabulary";
import type { SearchContext } from "./meili";
import { PASS_LOCALES } from "./settings";

/**
 * Facets of the agent screen (issue 6): service, type and category, counted by Meilisearch for the region's
 * effective filter and the query. Each facet is counted with the other facets' selections but not its own
 * (disjunctive), so a chosen service still shows how many hits the other services would have.
 */
export const FACET_FIELDS = { service: "serviceKey", type: "type", category: "categories" } as const;
export type FacetName = keyof typeof FACET_FIELDS;
export const FACET_NAMES = Object.keys(FACET_FIELDS) as FacetName[];

export type FacetSelection = Partial<Record<FacetName, string>>;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<FacetName, FacetValue[]>;

export const NO_FACETS: Facets = { service: [], type: [], category: [] };

/** One Meilisearch request of the facet counts: the selections it applies and the facets it counts. */
export interface FacetRequest {
  apply: FacetSelection;
  facets: FacetName[];
}

/**
 * Which requests count which facets (pure): unselected facets together with every selection applied; each
 * selected facet on its own with the other selections only. No selection: one request for all three.
 */
export function planFacetRequests(selected: FacetSelection): FacetRequest[] {
  const chosen = FACET_NAMES.filter((f) => selected[f] !== undefined);
  const open = FACET_NAMES.filter((f) => selected[f] === undefined);
  const requests: FacetRequest[] = [];
  if (open.length) requests.push({ apply: { ...selected }, facets: open });
  for (const f of chosen) {
    const apply = { ...selected };
    delete apply[f];
    requests.push({ apply, facets: [f] });
  }
  return requests;
}

/** One pass of the ranked search: the query words and how Meilisearch may drop some of them. */
export interface SearchPass {
  q: string;
  matchingStrategy: "frequency" | "last";
}

type Distribution = Record<string, Record<string, number>>;

/**
 * Facet distribution of the documents any of the passes matched (in both tokenizations), under `filter`.
 * A federated multi-search counts each document once, however many of the queries matched it.
 */
export async function facetDistribution(ctx: SearchContext, indexUid: string, passes: readonly SearchPass[], filter: string[], facets: readonly FacetName[]): Promise<Distribution> {
  if (!passes.length || !facets.length) return {};
  const fields = facets.map((f) => FACET_FIELDS[f]);
  const result = await ctx.client.multiSearch({
    federation: { limit: 0, facetsByIndex: { [indexUid]: fields } },
    queries: passes.flatMap((p) => PASS_LOCALES.map(([locale]) => ({ indexUid, q: p.q, filter, matchingStrategy: p.matchingStrategy, locales: [locale] }))),
  });
  return (result.facetsByIndex?.[indexUid]?.distribution ?? {}) as Distribution;
}

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);
const typeLabel = (t: string) => ((ARTICLE_TYPES as readonly string[]).includes(t) ? ARTICLE_TYPE_LABELS[t as (typeof ARTICLE_TYPES)[number]] : t);

/**
 * Facet values with German labels (pure), most hits first. Services come with their names; a service key the
 * region does not use is left out. A selected value stays in the list even with no hits, so it can be undone.
 */
export function presentFacets(counts: Partial<Record<FacetName, Record<string, number>>>, serviceNames: ReadonlyMap<string, string>, selected: FacetSelection = {}): Facets {
  const build = (name: FacetName, label: (v: string) => string | null): FacetValue[] => {
    const entries = { ...(counts[name] ?? {}) };
    const chosen = selected[name];
    if (chosen !== undefined && !(chosen in entries)) entries[chosen] = 0;
    return Object.entries(entries)
      .flatMap(([value, count]) => {
        const l = label(value);
        return l === null ? [] : [{ value, label: l, count }];
      })
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "de"));
  };
  return {
    service: build("service", (v) => serviceNames.get(v) ?? null),
    type: build("type", typeLabel),
    category: build("category", categoryLabel),
  };
}
