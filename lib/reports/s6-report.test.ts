import { describe, expect, it } from "vitest";
import type { AggregateRow } from "./aggregate-events";
import { buildS6Report, incidentRow, perWeek, reportText, type BuildInput } from "./s6-report";

const row = (kind: string, land: string | null, k: string | null, c: number, k2: string | null = null): AggregateRow => ({ kind, land, k, k2, c });

const input = (searchRows: AggregateRow[], feedbackRows: AggregateRow[] = [], partLands: string[] = []): BuildInput => ({
  kind: "BETREIBER", organisation: { ars: "04", name: "Bremen" }, period: { from: "2026-11-29", to: "2026-12-01", days: 3 }, service: null, land: null, services: [],
  partLands, searchRows, feedbackRows,
  families: new Map([["f1", { key: "eg-bundid", title: "BundID", serviceKey: "elterngeld-digital" }]]),
  targets: new Map([["t1", { name: "Service Desk", level: "SECOND", kind: "TECHNICAL", serviceKey: "elterngeld-digital" }]]),
  incidents: [], generatedAt: new Date("2026-12-02T00:00:00Z"),
});

describe("buildS6Report", () => {
  it("fills every day, sums weeks, and splits parts by Land", () => {
    const report = buildS6Report(input([row("total", null, null, 5), row("total", "06", null, 4), row("total", "09", null, 1), row("day", null, "2026-11-29", 2), row("day", null, "2026-12-01", 3), row("day", "06", "2026-12-01", 3)], [], ["06", "09"]));
    expect(report.parts.map((p) => [p.land?.name ?? "alle", p.totals.searches])).toEqual([["alle", 5], ["Hessen", 4], ["Bayern", 1]]);
    expect(report.parts[0]?.searchesPerDay).toEqual([{ date: "2026-11-29", count: 2 }, { date: "2026-11-30", count: 0 }, { date: "2026-12-01", count: 3 }]);
    expect(report.parts[0]?.searchesPerWeek).toEqual([{ week: "2026-W48", from: "2026-11-29", to: "2026-11-29", count: 2 }, { week: "2026-W49", from: "2026-11-30", to: "2026-12-01", count: 3 }]);
    expect(report.parts[2]?.searchesPerDay.every((d) => d.count === 0)).toBe(true);
  });

  it("masks texts again, joins what masks to the same text, names placeholders as usual", () => {
    const report = buildS6Report(input([row("query", null, "rückruf 0171 1234567", 2), row("query", null, "rückruf [telefon]", 3), row("query", null, "bundid", 4)]));
    expect(report.parts[0]?.topQueries).toEqual([{ query: "rückruf [Telefon]", count: 5 }, { query: "bundid", count: 4 }]);
    expect(reportText("mail an max@example.org")).toBe("mail an [E-Mail]");
  });

  it("names families and targets, and says when they are gone", () => {
    const report = buildS6Report(input(
      [row("opened", null, "f1", 3), row("opened", null, "weg", 1)],
      [row("not_solved", null, "f1", 2), row("reason", null, "f1", 2, ""), row("forwarded", null, "t1", 4), row("forwarded", null, "", 1), row("forwarded", null, "alt", 1), row("outcome", null, "WEITERGELEITET", 6)],
    ));
    const part = report.parts[0];
    expect(part?.openedArticles).toEqual([{ key: "eg-bundid", title: "BundID", serviceKey: "elterngeld-digital", count: 3 }, { key: "weg", title: "(Artikel nicht mehr vorhanden)", serviceKey: "", count: 1 }]);
    expect(part?.notSolvedArticles[0]?.reasons).toEqual([{ reason: "(ohne Angabe)", count: 2 }]);
    expect(part?.forwards.map((f) => [f.name, f.count])).toEqual([["Service Desk", 4], ["(ohne Angabe des Ziels)", 1], ["(Ziel nicht mehr vorhanden)", 1]]);
    expect(part?.totals.feedbackWeitergeleitet).toBe(6);
  });
});

describe("perWeek and incidentRow", () => {
  it("keeps partial weeks at the ends", () => {
    expect(perWeek([{ date: "2026-12-31", count: 1 }, { date: "2027-01-01", count: 2 }, { date: "2027-01-04", count: 4 }])).toEqual([
      { week: "2026-W53", from: "2026-12-31", to: "2027-01-01", count: 3 },
      { week: "2027-W01", from: "2027-01-04", to: "2027-01-04", count: 4 },
    ]);
  });

  it("computes durations in minutes for resolved incidents", () => {
    expect(incidentRow({ key: "k", title: "t", serviceKey: "s", klasse: "BETRIEBSVERHINDERND", startedAt: new Date("2026-09-14T06:05:00Z"), resolvedAt: new Date("2026-09-14T09:40:00Z"), affectedLands: [] })).toMatchObject({ durationMinutes: 215, isOngoing: false, klasseLabel: "betriebsverhindernd" });
    expect(incidentRow({ key: "k", title: "t", serviceKey: "s", klasse: "LEICHT", startedAt: new Date("2026-09-14T06:05:00Z"), resolvedAt: null, affectedLands: ["Hessen"] })).toMatchObject({ durationMinutes: null, isOngoing: true });
  });
});
