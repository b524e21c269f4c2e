import { STOERUNGSKLASSE_LABELS, type STOERUNGSKLASSEN } from "../articles/vocabulary";
import { LAENDER, landOfArs } from "../organisations/laender";
import { maskQuery } from "../search/mask-query";
import type { AggregateRow } from "./aggregate-events";
import { addDays, isoWeek } from "./schema";

/**
 * The S6 report as data (issue 8): the shape the API returns, the page shows and the CSV writes. Counts are
 * numbers here; lib/reports/k-anonymity.ts turns small ones into "< 5" for exports. Pure: built from the
 * aggregate rows and the looked-up names.
 */

export type Klasse = (typeof STOERUNGSKLASSEN)[number];

export interface S6Totals<C> {
  searches: C;
  searchesWithoutResults: C;
  searchesWithOpenedArticle: C;
  feedbackGeloest: C;
  feedbackNichtGeloest: C;
  feedbackWeitergeleitet: C;
}

export interface S6ArticleRow<C> {
  /** key of the base article of the family (stable across installations: bundle key) */
  key: string;
  title: string;
  serviceKey: string;
  count: C;
}

export interface S6Part<C = number> {
  /** null = all Länder of the report */
  land: { ars: string; name: string } | null;
  totals: S6Totals<C>;
  searchesPerDay: { date: string; count: C }[];
  searchesPerWeek: { week: string; from: string; to: string; count: C }[];
  topQueries: { query: string; count: C }[];
  zeroResultQueries: { query: string; count: C }[];
  openedArticles: S6ArticleRow<C>[];
  notSolvedArticles: (S6ArticleRow<C> & { reasons: { reason: string; count: C }[] })[];
  forwards: { routingTargetId: string | null; name: string; level: string | null; kind: string | null; serviceKey: string | null; count: C }[];
}

export interface S6Incident {
  key: string;
  title: string;
  serviceKey: string;
  klasse: Klasse;
  klasseLabel: string;
  startedAt: string;
  resolvedAt: string | null;
  /** minutes from start to resolution; null while it lasts */
  durationMinutes: number | null;
  isOngoing: boolean;
  /** Länder names; empty = all Länder using the service */
  affectedLands: string[];
}

export interface S6Report<C = number> {
  kind: "LAND" | "BETREIBER";
  organisation: { ars: string; name: string };
  period: { from: string; to: string; days: number };
  service: { key: string; name: string } | null;
  land: { ars: string; name: string } | null;
  services: { key: string; name: string }[];
  generatedAt: string;
  /** whether counts under 5 are hidden ("< 5") and rare free texts left out (exports to other organisations) */
  isAnonymised: boolean;
  /** the total first, then one part per Land (BeV over several Länder) */
  parts: S6Part<C>[];
  incidents: S6Incident[];
}

export interface FamilyInfo {
  key: string;
  title: string;
  serviceKey: string;
}

export interface TargetInfo {
  name: string;
  level: string;
  kind: string;
  serviceKey: string;
}

export interface BuildInput {
  kind: S6Report["kind"];
  organisation: { ars: string; name: string };
  period: { from: string; to: string; days: number };
  service: { key: string; name: string } | null;
  land: string | null;
  services: { key: string; name: string }[];
  /** the Länder with a part of their own (empty: only the total) */
  partLands: string[];
  searchRows: AggregateRow[];
  feedbackRows: AggregateRow[];
  families: ReadonlyMap<string, FamilyInfo>;
  targets: ReadonlyMap<string, TargetInfo>;
  incidents: S6Incident[];
  generatedAt: Date;
}

export function landRef(ars: string): { ars: string; name: string } {
  const land = landOfArs(ars);
  return { ars, name: land ? LAENDER[land] : ars };
}

const PLACEHOLDERS = new Map(["[E-Mail]", "[IBAN]", "[Telefon]", "[Datum]", "[Zahl]"].map((p) => [p.toLowerCase(), p]));

/** A grouped (lower-case) query masked again, placeholders in their usual spelling: "rückruf [Telefon]". */
export function reportText(text: string): string {
  return maskQuery(text).replace(/\[[a-z-]+\]/gi, (m) => PLACEHOLDERS.get(m.toLowerCase()) ?? m);
}

/** Sums counts of the same text after masking (queries stored before a stricter mask fall together). */
function maskedTexts(rows: AggregateRow[]): { query: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const text = reportText(r.k ?? "");
    if (text) sums.set(text, (sums.get(text) ?? 0) + r.c);
  }
  return [...sums].map(([query, count]) => ({ query, count })).sort((a, b) => b.count - a.count || a.query.localeCompare(b.query, "de"));
}

function family(families: ReadonlyMap<string, FamilyInfo>, id: string): FamilyInfo {
  return families.get(id) ?? { key: id, title: "(Artikel nicht mehr vorhanden)", serviceKey: "" };
}

const byCount = <T extends { count: number }>(rows: T[]) => rows.sort((a, b) => b.count - a.count);

/** Every day of the period with its count (0 when there was no search). */
function perDay(period: { from: string; days: number }, rows: AggregateRow[]): { date: string; count: number }[] {
  const counts = new Map(rows.map((r) => [r.k ?? "", r.c]));
  return Array.from({ length: period.days }, (_, i) => {
    const date = addDays(period.from, i);
    return { date, count: counts.get(date) ?? 0 };
  });
}

/** Days summed to ISO weeks (the first and last week may be partial: from/to say which days count). */
export function perWeek(days: { date: string; count: number }[]): { week: string; from: string; to: string; count: number }[] {
  const weeks: { week: string; from: string; to: string; count: number }[] = [];
  for (const d of days) {
    const week = isoWeek(d.date);
    const last = weeks.at(-1);
    if (last?.week === week) {
      last.count += d.count;
      last.to = d.date;
    } else {
      weeks.push({ week, from: d.date, to: d.date, count: d.count });
    }
  }
  return weeks;
}

function buildPart(input: BuildInput, land: string | null): S6Part {
  const search = input.searchRows.filter((r) => r.land === land);
  const feedback = input.feedbackRows.filter((r) => r.land === land);
  const one = (rows: AggregateRow[], kind: string, k?: string) => rows.find((r) => r.kind === kind && (k === undefined || r.k === k))?.c ?? 0;
  const days = perDay(input.period, search.filter((r) => r.kind === "day"));
  const reasons = feedback.filter((r) => r.kind === "reason");
  return {
    land: land === null ? null : landRef(land),
    totals: {
      searches: one(search, "total"),
      searchesWithoutResults: one(search, "total_zero"),
      searchesWithOpenedArticle: one(search, "total_opened"),
      feedbackGeloest: one(feedback, "outcome", "GELOEST"),
      feedbackNichtGeloest: one(feedback, "outcome", "NICHT_GELOEST"),
      feedbackWeitergeleitet: one(feedback, "outcome", "WEITERGELEITET"),
    },
    searchesPerDay: days,
    searchesPerWeek: perWeek(days),
    topQueries: maskedTexts(search.filter((r) => r.kind === "query")),
    zeroResultQueries: maskedTexts(search.filter((r) => r.kind === "zero")),
    openedArticles: byCount(search.filter((r) => r.kind === "opened").map((r) => ({ ...family(input.families, r.k ?? ""), count: r.c }))),
    notSolvedArticles: byCount(
      feedback
        .filter((r) => r.kind === "not_solved")
        .map((r) => ({
          ...family(input.families, r.k ?? ""),
          count: r.c,
          reasons: byCount(reasons.filter((x) => x.k === r.k).map((x) => ({ reason: reportText(x.k2 ?? "") || "(ohne Angabe)", count: x.c }))),
        })),
    ),
    forwards: byCount(
      feedback
        .filter((r) => r.kind === "forwarded")
        .map((r) => {
          const target = r.k ? input.targets.get(r.k) : undefined;
          return {
            routingTargetId: r.k || null,
            name: target?.name ?? (r.k ? "(Ziel nicht mehr vorhanden)" : "(ohne Angabe des Ziels)"),
            level: target?.level ?? null,
            kind: target?.kind ?? null,
            serviceKey: target?.serviceKey ?? null,
            count: r.c,
          };
        }),
    ),
  };
}

/** The report from the aggregate rows: the total part first, then a part per Land in `partLands`. */
export function buildS6Report(input: BuildInput): S6Report {
  return {
    kind: input.kind,
    organisation: input.organisation,
    period: input.period,
    service: input.service,
    land: input.land ? landRef(input.land) : null,
    services: input.services,
    generatedAt: input.generatedAt.toISOString(),
    isAnonymised: false,
    parts: [buildPart(input, null), ...input.partLands.map((l) => buildPart(input, l))],
    incidents: input.incidents,
  };
}

/** An incident as a report row: duration in whole minutes once resolved. */
export function incidentRow(input: { key: string; title: string; serviceKey: string; klasse: Klasse; startedAt: Date; resolvedAt: Date | null; affectedLands: string[] }): S6Incident {
  return {
    key: input.key,
    title: input.title,
    serviceKey: input.serviceKey,
    klasse: input.klasse,
    klasseLabel: STOERUNGSKLASSE_LABELS[input.klasse],
    startedAt: input.startedAt.toISOString(),
    resolvedAt: input.resolvedAt?.toISOString() ?? null,
    durationMinutes: input.resolvedAt ? Math.round((input.resolvedAt.getTime() - input.startedAt.getTime()) / 60_000) : null,
    isOngoing: input.resolvedAt === null,
    affectedLands: input.affectedLands,
  };
}
