import type { Settings } from "meilisearch";
import { foldForSearch } from "./document";

/**
 * The search index as code (STYLE.md rule 7): names, settings and a version. The worker reconciles the settings
 * on every start; raising INDEX_VERSION (whenever the document shape or the meaning of a field changes) makes
 * the next start rebuild the index from the database, without a gap (docs/search.md).
 */
export const INDEX_VERSION = 1;

export interface IndexNames {
  /** the index agents search */
  articles: string;
  /** a small index that records which INDEX_VERSION the articles index was built with */
  meta: string;
  /** prefix of the temporary index a rebuild fills before it is swapped in */
  buildPrefix: string;
}

export function indexNames(prefix: string): IndexNames {
  return { articles: `${prefix}articles`, meta: `${prefix}meta`, buildPrefix: `${prefix}articles_build_` };
}

/**
 * Searched fields, most telling first (the attribute ranking rule weighs earlier fields higher). The first
 * group holds whole words (typos and synonyms of compound words work there), the de_ group the same text
 * with German compound splitting plus the answer body (docs/search.md).
 */
export const WHOLE_WORD_ATTRIBUTES = ["title", "keywords", "leistungen", "shortAnswer", "typeLabel", "categoryLabels", "serviceName"] as const;
export const GERMAN_ATTRIBUTES = ["de_title", "de_keywords", "de_shortAnswer", "de_body"] as const;
export const SEARCHABLE_ATTRIBUTES = [...WHOLE_WORD_ATTRIBUTES, ...GERMAN_ATTRIBUTES] as const;

/** Weight of a match found only through German compound splitting, against a whole-word match. */
export const GERMAN_MATCH_WEIGHT = 0.5;

/**
 * The two tokenizations a pass of a search can run in (whole words, German segmentation), each with the weight of
 * its ranking score, heaviest first: the search stops before a tokenization that cannot change its result.
 */
export const PASS_LOCALES = [["eng", 1], ["deu", GERMAN_MATCH_WEIGHT]] as const;

export const FILTERABLE_ATTRIBUTES = [
  "key",
  "serviceKey",
  "type",
  "categories",
  "scope",
  "regionArs",
  "overriddenIn",
  "validFromDay",
  "validUntilDay",
  "stoerungsklasse",
  "isIncidentActive",
  "familyId",
] as const;

/**
 * German function words and fillers of spoken questions ("wie kann ich meinen Perso ..."). The search removes
 * them from the query before Meilisearch sees it (lib/search/prepare-query.ts): Meilisearch keeps a stop word
 * at the end of a query (it could be the start of a longer word) and, with the frequency matching strategy,
 * rare fillers would outweigh the words that matter.
 */
export const GERMAN_STOP_WORDS = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "ne", "nen",
  "und", "oder", "aber", "auch", "noch", "schon", "nur", "so", "wie", "was", "wo", "wer", "wen", "wem", "wann", "warum", "weshalb", "wieso",
  "welche", "welcher", "welches", "welchen", "dieser", "diese", "dieses", "diesen",
  "ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "du", "dich", "dir", "dein", "deine", "er", "sie", "es", "ihn", "ihm", "ihr", "ihre", "ihren",
  "wir", "uns", "unser", "unsere", "man", "sich", "sein", "seine", "seinen",
  "bin", "bist", "ist", "sind", "war", "waren", "habe", "hab", "hast", "hat", "haben", "hatte", "wird", "werden", "wurde",
  "kann", "können", "muss", "müssen", "soll", "sollte", "will", "möchte", "darf", "würde", "wäre",
  "zu", "zum", "zur", "im", "in", "ins", "am", "an", "ans", "auf", "aus", "bei", "beim", "mit", "von", "vom", "für", "über", "um", "als", "nach", "vor", "bis", "ab",
  "da", "dass", "denn", "doch", "mal", "dann", "wenn", "weil", "hier", "dort",
  "bitte", "hallo", "jetzt", "gerade", "immer", "einfach", "eigentlich", "ja", "nein", "nicht", "kein", "keine", "keinen",
  "sehr", "mehr", "viel", "etwas", "alles", "geht", "gibt", "komme", "kommt", "rein", "raus", "brauche", "brauch", "machen", "lassen", "bekomme", "bekommen",
] as const;

/** Synonym groups as Meilisearch wants them: every term maps to all other terms of its group (lower-case, folded). */
export function toMeiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => foldForSearch(t.trim().toLowerCase())).filter(Boolean))];
    for (const term of terms) {
      const others = terms.filter((t) => t !== term);
      if (others.length) out[term] = [...new Set([...(out[term] ?? []), ...others])];
    }
  }
  return out;
}

/** Settings of the articles index; synonyms come from the database (SynonymGroup). */
export function articleIndexSettings(synonymGroups: readonly (readonly string[])[]): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: ["publishedAt", "validUntilDay"],
    displayedAttributes: ["id", "key", "familyId", "scope", "regionArs", "type"],
    // one document per family reaches the agent even if the index briefly holds two that match
    distinctAttribute: "familyId",
    // attribute before proximity: a word in the title beats two words close together somewhere in the answer
    rankingRules: ["words", "typo", "attribute", "proximity", "rankBoost:desc", "sort", "exactness"],
    // none here: lib/search/prepare-query.ts removes GERMAN_STOP_WORDS from the query, except inside multi-word
    // synonyms ("Punkte in Flensburg"), which Meilisearch's own stop words would break
    stopWords: [],
    synonyms: toMeiliSynonyms(synonymGroups),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
      disableOnAttributes: [],
      disableOnWords: [],
    },
    // de_ fields: German segmentation (compound words split). The other fields are declared "eng", which in
    // Meilisearch means Latin tokenization without compound splitting: whole words, so typos ("Persnalausweis")
    // and synonyms of compound words keep working. The first matching pattern wins.
    localizedAttributes: [
      { attributePatterns: ["de_*"], locales: ["deu"] },
      { attributePatterns: ["*"], locales: ["eng"] },
    ],
    pagination: { maxTotalHits: 200 },
    // No search inside facet values (facet counts still work): keeping that structure for key and familyId, with
    // one value per document, made a single update of a 30 000-document index take about 1.8 s instead of 0.3 s
    // (publish-to-searchable, docs/search.md).
    facetSearch: false,
  };
}
