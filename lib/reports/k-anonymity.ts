import type { S6Part, S6Report } from "./s6-report";

/**
 * k-anonymity for reports that leave the organisation (issue 8, point 7): an aggregate of fewer than K
 * occurrences could point at a single call, so exports show it as "< 5". Zero stays 0 (it points at nobody).
 * Free texts (masked queries, reasons) seen fewer than K times are left out of exports entirely: a rare text
 * is itself the risk (a name the mask did not catch). Pure.
 */

export const K_ANONYMITY = 5;
export const BELOW_K = "< 5";

export type AnonymisedCount = number | typeof BELOW_K;

/** A count as an export shows it: 1 to 4 become "< 5". */
export function anonymiseCount(count: number, k: number = K_ANONYMITY): AnonymisedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Eine Anzahl ist eine ganze Zahl ab 0, nicht ${count}.`);
  return count > 0 && count < k ? BELOW_K : count;
}

/** Whether a free text occurs often enough to be exported. */
export function isTextExportable(count: number, k: number = K_ANONYMITY): boolean {
  return count >= k;
}

function anonymisePart(part: S6Part<number>): S6Part<AnonymisedCount> {
  const c = (n: number) => anonymiseCount(n);
  return {
    land: part.land,
    totals: {
      searches: c(part.totals.searches),
      searchesWithoutResults: c(part.totals.searchesWithoutResults),
      searchesWithOpenedArticle: c(part.totals.searchesWithOpenedArticle),
      feedbackGeloest: c(part.totals.feedbackGeloest),
      feedbackNichtGeloest: c(part.totals.feedbackNichtGeloest),
      feedbackWeitergeleitet: c(part.totals.feedbackWeitergeleitet),
    },
    searchesPerDay: part.searchesPerDay.map((d) => ({ ...d, count: c(d.count) })),
    searchesPerWeek: part.searchesPerWeek.map((w) => ({ ...w, count: c(w.count) })),
    topQueries: part.topQueries.filter((q) => isTextExportable(q.count)).map((q) => ({ ...q, count: c(q.count) })),
    zeroResultQueries: part.zeroResultQueries.filter((q) => isTextExportable(q.count)).map((q) => ({ ...q, count: c(q.count) })),
    openedArticles: part.openedArticles.map((a) => ({ ...a, count: c(a.count) })),
    notSolvedArticles: part.notSolvedArticles.map((a) => ({
      ...a,
      count: c(a.count),
      reasons: a.reasons.filter((r) => isTextExportable(r.count)).map((r) => ({ ...r, count: c(r.count) })),
    })),
    forwards: part.forwards.map((f) => ({ ...f, count: c(f.count) })),
  };
}

/** The report as it may leave the organisation: counts 1-4 as "< 5", rare free texts left out. */
export function anonymiseReport(report: S6Report<number>): S6Report<AnonymisedCount> {
  return { ...report, isAnonymised: true, parts: report.parts.map(anonymisePart) };
}
