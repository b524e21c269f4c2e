import { z } from "zod";
import { ARTICLE_TYPES, ARTICLE_TYPE_LABELS, CATEGORY_LABELS, STOERUNGSKLASSEN, type Category } from "../articles/vocabulary";
import type { EffectiveView } from "../variants/present-effective";
import { berlinIsoDay } from "../articles/berlin-time";

/**
 * The search document of one published article (base or variant) and the one pure function that makes it
 * (docs/search.md). A family (base and its variants) yields one document per member with published effective
 * content; each document names the regions in which a more specific member overrides it (`overriddenIn`), so
 * one filtered query returns exactly the effective article per family for a region.
 */

export const SCOPES = ["BASE", "LAND", "KOMMUNE"] as const;
export type Scope = (typeof SCOPES)[number];

/** validUntil of content without an end: a day far beyond any real date (Meilisearch filters need numbers). */
export const OPEN_END_DAY = 9_999_999;

export const searchDocumentSchema = z.object({
  /** Article.id: the primary key; search returns only ids, hydrated from the database */
  id: z.string().min(1),
  key: z.string().min(1),
  familyId: z.string().min(1),
  familyKey: z.string().min(1),
  type: z.enum(ARTICLE_TYPES),
  typeLabel: z.string(),
  scope: z.enum(SCOPES),
  /** base: the operating Land; variant: its region */
  regionArs: z.string().regex(/^\d{2}(\d{10})?$/),
  serviceId: z.string().min(1),
  serviceKey: z.string().min(1),
  serviceName: z.string(),
  /** regions (Land or Kommune ARS) in which a more specific published member of the family overrides this one */
  overriddenIn: z.array(z.string()),
  title: z.string(),
  shortAnswer: z.string(),
  keywords: z.array(z.string()),
  /** category keys (filter) and their labels (search) */
  categories: z.array(z.string()),
  categoryLabels: z.array(z.string()),
  /** names and search terms of the Leistungen the article is about */
  leistungen: z.array(z.string()),
  leikaKeys: z.array(z.string()),
  /**
   * The same text again for German segmentation (localizedAttributes "deu"): compound words split into their
   * parts, so "Anmeldung" finds "Wohnsitzanmeldung". The fields above keep whole words, where typos and
   * synonyms of compounds work (docs/search.md). The answer body and contact hints are only here.
   */
  de_title: z.string(),
  de_keywords: z.array(z.string()),
  de_shortAnswer: z.string(),
  de_body: z.string(),
  /** tie-breaker after the textual rules: 2 FAQ, workaround, active incident; 1 training; 0 resolved incident */
  rankBoost: z.number().int().min(0).max(2),
  /** validity as days since 1970-01-01 (inclusive); no start = 0, no end = OPEN_END_DAY */
  validFromDay: z.number().int().min(0),
  validUntilDay: z.number().int().min(0),
  stoerungsklasse: z.enum(STOERUNGSKLASSEN).nullable(),
  /** incidents: started and not resolved when the document was written (the response re-checks the database) */
  isIncidentActive: z.boolean(),
  /** some variant of the chain rests on an older revision of its parent */
  isStale: z.boolean(),
  /** epoch milliseconds of the published revision */
  publishedAt: z.number().int(),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** What the mapping needs to know about one member of a family. */
export interface FamilyMember {
  articleId: string;
  key: string;
  scope: Scope;
  /** the owner's ARS: base = operating Land, variant = its Land or Kommune */
  regionArs: string;
  /** the Land of the region (a Kommune's parent; a Land itself) */
  landArs: string;
  /** effective published content; null when the member has none (draft only, archived, parent chain unpublished) */
  effective: EffectiveView | null;
  isStale: boolean;
  publishedAt: Date | null;
  incident: { klasse: (typeof STOERUNGSKLASSEN)[number]; startedAt: Date; resolvedAt: Date | null } | null;
}

export interface FamilyFacts {
  familyId: string;
  familyKey: string;
  type: (typeof ARTICLE_TYPES)[number];
  service: { id: string; key: string; name: string; leistungen: { leikaKey: string; name: string; searchTerms: string[] }[] };
  members: FamilyMember[];
}

/** German text for the index: ß becomes ss on both sides (documents and queries), so "Strasse" finds "Straße". */
export function foldForSearch(text: string): string {
  return text.replace(/ß/g, "ss").replace(/ẞ/g, "SS");
}

/** Days since 1970-01-01 of an ISO day ("2026-01-01") or of a Date's UTC day. */
export function epochDay(day: string | Date): number {
  const iso = typeof day === "string" ? day.slice(0, 10) : day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Today's day number in Germany (validity dates are German calendar days). */
export function berlinEpochDay(now: Date = new Date()): number {
  return epochDay(berlinIsoDay(now));
}

/** Whether an incident is going on at `now` (started, not resolved yet). */
export function isIncidentActiveAt(incident: FamilyMember["incident"], now: Date): boolean {
  if (!incident) return false;
  return incident.startedAt.getTime() <= now.getTime() && (incident.resolvedAt === null || incident.resolvedAt.getTime() > now.getTime());
}

/** The regions in which a more specific member with a document overrides `member` (DOMAIN.md: Kommune over Land over base). */
function overridingRegions(member: FamilyMember, withDocuments: readonly FamilyMember[]): string[] {
  const regions = withDocuments
    .filter((other) => {
      if (other.articleId === member.articleId) return false;
      if (member.scope === "BASE") return other.scope !== "BASE";
      if (member.scope === "LAND") return other.scope === "KOMMUNE" && other.landArs === member.regionArs;
      return false;
    })
    .map((other) => other.regionArs);
  return [...new Set(regions)].sort();
}

/** Resolved incidents sink below answers that still help; training notes below FAQs and workarounds. */
function rankBoost(type: FamilyFacts["type"], isIncidentActive: boolean): number {
  switch (type) {
    case "FAQ":
    case "WORKAROUND":
      return 2;
    case "INCIDENT":
      return isIncidentActive ? 2 : 0;
    case "TRAINING":
      return 1;
  }
}

const unique = (items: readonly string[]) => [...new Set(items.map((i) => i.trim()).filter(Boolean))];

/**
 * The documents of one family: one per member with effective published content, and the ids of members
 * without (to delete from the index). Pure: the worker, the reindex and the tests use it alike.
 */
export function familyDocuments(family: FamilyFacts, now: Date = new Date()): { upserts: SearchDocument[]; deletes: string[] } {
  const withDocuments = family.members.filter((m) => m.effective !== null);
  const upserts = withDocuments.map((m) => toSearchDocument(family, m, overridingRegions(m, withDocuments), now));
  const deletes = family.members.filter((m) => m.effective === null).map((m) => m.articleId);
  return { upserts, deletes };
}

function toSearchDocument(family: FamilyFacts, m: FamilyMember, overriddenIn: string[], now: Date): SearchDocument {
  const e = m.effective;
  if (!e) throw new Error(`member ${m.key} has no effective content`);
  // only the Leistungen the article names: all of a large service's Leistungen would match almost any query
  const about = family.service.leistungen.filter((l) => e.leikaKeys.includes(l.leikaKey));
  const categoryLabels = e.categories.map((c) => (c in CATEGORY_LABELS ? CATEGORY_LABELS[c as Category] : c));
  const isIncidentActive = isIncidentActiveAt(m.incident, now);
  const title = foldForSearch(e.title);
  const shortAnswer = foldForSearch(e.shortAnswer);
  const keywords = unique(e.keywords.map(foldForSearch));
  const document: SearchDocument = {
    id: m.articleId,
    key: m.key,
    familyId: family.familyId,
    familyKey: family.familyKey,
    type: family.type,
    typeLabel: ARTICLE_TYPE_LABELS[family.type],
    scope: m.scope,
    regionArs: m.regionArs,
    serviceId: family.service.id,
    serviceKey: family.service.key,
    serviceName: foldForSearch(family.service.name),
    overriddenIn,
    title,
    shortAnswer,
    keywords,
    categories: unique(e.categories),
    categoryLabels: unique(categoryLabels.map(foldForSearch)),
    leistungen: unique(about.flatMap((l) => [l.name, ...l.searchTerms]).map(foldForSearch)),
    leikaKeys: unique(e.leikaKeys),
    de_title: title,
    de_keywords: keywords,
    de_shortAnswer: shortAnswer,
    de_body: foldForSearch([e.bodyText, e.contactHints ?? ""].filter(Boolean).join("\n")),
    rankBoost: rankBoost(family.type, isIncidentActive),
    validFromDay: e.validFrom ? epochDay(e.validFrom) : 0,
    validUntilDay: e.validUntil ? epochDay(e.validUntil) : OPEN_END_DAY,
    stoerungsklasse: m.incident?.klasse ?? null,
    isIncidentActive,
    isStale: m.isStale,
    publishedAt: m.publishedAt?.getTime() ?? 0,
  };
  return searchDocumentSchema.parse(document);
}
