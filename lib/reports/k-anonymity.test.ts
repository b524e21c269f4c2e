import { describe, expect, it } from "vitest";
import { anonymiseCount, anonymiseReport, isTextExportable } from "./k-anonymity";
import type { S6Part, S6Report } from "./s6-report";

const part = (counts: { searches: number; query: number; reason: number }): S6Part => ({
  land: null,
  totals: { searches: counts.searches, searchesWithoutResults: 0, searchesWithOpenedArticle: 4, feedbackGeloest: 5, feedbackNichtGeloest: 1, feedbackWeitergeleitet: 12 },
  searchesPerDay: [{ date: "2026-11-01", count: 3 }, { date: "2026-11-02", count: 0 }],
  searchesPerWeek: [{ week: "2026-W44", from: "2026-11-01", to: "2026-11-01", count: 3 }],
  topQueries: [{ query: "bundid", count: 40 }, { query: "frau meier anrufen", count: counts.query }],
  zeroResultQueries: [{ query: "kinderzuschlag", count: 4 }],
  openedArticles: [{ key: "a", title: "A", serviceKey: "s", count: 2 }],
  notSolvedArticles: [{ key: "a", title: "A", serviceKey: "s", count: 7, reasons: [{ reason: "veraltet", count: counts.reason }, { reason: "selten", count: 1 }] }],
  forwards: [{ routingTargetId: "t", name: "T", level: "SECOND", kind: "TECHNICAL", serviceKey: "s", count: 1 }],
});

describe("k-anonymity", () => {
  it("shows 1 to 4 as '< 5', keeps 0 and 5 and more", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1000].map((n) => anonymiseCount(n))).toEqual([0, "< 5", "< 5", "< 5", "< 5", 5, 6, 1000]);
    expect(anonymiseCount(9, 10)).toBe("< 5");
    expect(() => anonymiseCount(-1)).toThrow(RangeError);
    expect(() => anonymiseCount(1.5)).toThrow(RangeError);
  });

  it("exports a free text only from 5 occurrences on", () => {
    expect([4, 5].map((n) => isTextExportable(n))).toEqual([false, true]);
  });

  it("anonymises every count of a report and leaves rare texts out", () => {
    const report: S6Report = {
      kind: "LAND", organisation: { ars: "06", name: "Hessen" }, period: { from: "2026-11-01", to: "2026-11-02", days: 2 }, service: null, land: { ars: "06", name: "Hessen" },
      services: [], generatedAt: "2026-11-03T00:00:00.000Z", isAnonymised: false, parts: [part({ searches: 3, query: 2, reason: 5 })], incidents: [],
    };
    const out = anonymiseReport(report);
    expect(out.isAnonymised).toBe(true);
    const p = out.parts[0] as S6Part<number | "< 5">;
    expect(p.totals).toEqual({ searches: "< 5", searchesWithoutResults: 0, searchesWithOpenedArticle: "< 5", feedbackGeloest: 5, feedbackNichtGeloest: "< 5", feedbackWeitergeleitet: 12 });
    expect(p.searchesPerDay.map((d) => d.count)).toEqual(["< 5", 0]);
    expect(p.searchesPerWeek[0]?.count).toBe("< 5");
    expect(p.topQueries).toEqual([{ query: "bundid", count: 40 }]);
    expect(p.zeroResultQueries).toEqual([]);
    expect(p.openedArticles[0]?.count).toBe("< 5");
    expect(p.notSolvedArticles[0]).toMatchObject({ count: 7, reasons: [{ reason: "veraltet", count: 5 }] });
    expect(p.forwards[0]?.count).toBe("< 5");
    expect(report.parts[0]?.totals.searches).toBe(3); // the input is not changed
  });
});
