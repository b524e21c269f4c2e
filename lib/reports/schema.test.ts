import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { addDays, isoWeek, parseReportQuery } from "./schema";

const now = new Date("2026-11-25T10:00:00Z");

function problems(query: Record<string, string>): { path: string; message: string }[] {
  try {
    parseReportQuery(query, now);
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return e.problems;
    throw e;
  }
  throw new Error("keine Fehlermeldung");
}

describe("parseReportQuery", () => {
  it("defaults to the last 30 days up to today, as instants in German time", () => {
    const r = parseReportQuery({}, now);
    expect(r).toMatchObject({ from: "2026-10-27", to: "2026-11-25", days: 30, serviceKey: null, landArs: null, format: "json" });
    expect(r.start.toISOString()).toBe("2026-10-26T23:00:00.000Z"); // 27.10. 00:00 MEZ
    expect(r.end.toISOString()).toBe("2026-11-25T23:00:00.000Z"); // 26.11. 00:00 MEZ
  });

  it("takes a period across the clock change with its real bounds", () => {
    const r = parseReportQuery({ from: "2026-10-01", to: "2026-10-31", service: " elterngeld-digital ", land: "06", format: "csv" }, now);
    expect(r).toMatchObject({ days: 31, serviceKey: "elterngeld-digital", landArs: "06", format: "csv" });
    expect(r.start.toISOString()).toBe("2026-09-30T22:00:00.000Z"); // MESZ
    expect(r.end.toISOString()).toBe("2026-10-31T23:00:00.000Z"); // MEZ
  });

  it("completes a half-open period to 30 days", () => {
    expect(parseReportQuery({ from: "2026-01-01" }, now)).toMatchObject({ from: "2026-01-01", to: "2026-01-30" });
    expect(parseReportQuery({ to: "2026-03-01" }, now)).toMatchObject({ from: "2026-01-31", to: "2026-03-01" });
    expect(parseReportQuery({ from: "2026-11-25", to: "2026-11-25" }, now).days).toBe(1);
  });

  it("rejects bad dates, periods and values with German messages per field", () => {
    expect(problems({ from: "2026-02-29" })).toEqual([{ path: "from", message: "2026-02-29 ist kein gültiges Datum (from)." }]);
    expect(problems({ to: "gestern" })).toEqual([{ path: "to", message: "to ist ein Datum im Format JJJJ-MM-TT, z. B. 2026-11-01." }]);
    expect(problems({ from: "2026-11-02", to: "2026-11-01" })[0]?.message).toContain("nach seinem Ende");
    expect(problems({ from: "2025-11-01", to: "2026-11-02" })).toEqual([{ path: "to", message: "Ein Bericht umfasst höchstens 366 Tage, gewählt sind 367." }]);
    expect(problems({ land: "6" })[0]?.path).toBe("land");
    expect(problems({ land: "064120000000" })[0]?.path).toBe("land");
    expect(problems({ format: "pdf" })).toEqual([{ path: "format", message: "format ist json oder csv." }]);
    expect(problems({ service: "" })[0]?.path).toBe("service");
    expect(problems({ from: "1999-12-31" })[0]?.message).toContain("kein gültiges Datum");
    expect(problems({ from: "x", to: "y", format: "z" })).toHaveLength(3);
  });
});

describe("dates", () => {
  it("ISO weeks, also at year ends", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-11-22")).toBe("2026-W47");
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
  });

  it("adds days over month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
