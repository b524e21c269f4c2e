import { describe, expect, it } from "vitest";
import { dayBars, dayTicks, isWeekend, peakDay, shortDay } from "./day-chart-data";

function period(from: string, days: number): string[] {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

describe("day chart data", () => {
  it("draws '< 5' as 2.5 and marks Saturdays and Sundays", () => {
    expect(dayBars([{ date: "2026-11-20", count: 12 }, { date: "2026-11-21", count: "< 5" }, { date: "2026-11-22", count: 0 }, { date: "2026-11-23", count: 3 }])).toEqual([
      { date: "2026-11-20", value: 12, isWeekend: false },
      { date: "2026-11-21", value: 2.5, isWeekend: true },
      { date: "2026-11-22", value: 0, isWeekend: true },
      { date: "2026-11-23", value: 3, isWeekend: false },
    ]);
    expect(isWeekend("2026-03-29")).toBe(true); // Sunday of the change to summer time: calendar days never shift
  });

  it("finds the first day with the most searches, none without searches", () => {
    expect(peakDay([{ date: "2026-11-01", count: "< 5" }, { date: "2026-11-02", count: 7 }, { date: "2026-11-03", count: 7 }])).toEqual({ date: "2026-11-02", count: 7 });
    expect(peakDay([{ date: "2026-11-01", count: "< 5" }, { date: "2026-11-02", count: 2 }])).toEqual({ date: "2026-11-01", count: "< 5" });
    expect(peakDay([{ date: "2026-11-01", count: 0 }])).toBeNull();
    expect(peakDay([])).toBeNull();
  });

  it("labels Mondays for up to 13 weeks, first days of months for longer periods", () => {
    const month = period("2026-10-25", 30).map((date) => ({ date, count: 1 }));
    expect(dayTicks(month)).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    const year = period("2026-01-15", 366).map((date) => ({ date, count: 1 }));
    expect(dayTicks(year)).toHaveLength(12);
    expect(dayTicks(year)[0]).toBe("2026-02-01");
    // a weekend alone still gets a label
    expect(dayTicks([{ date: "2026-11-21", count: 1 }, { date: "2026-11-22", count: 0 }])).toEqual(["2026-11-21"]);
    expect(dayTicks([])).toEqual([]);
    expect(shortDay("2026-11-02")).toBe("02.11.");
  });
});
