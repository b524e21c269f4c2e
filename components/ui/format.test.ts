import { describe, expect, it } from "vitest";
import { formatAge, formatDate, formatDateTime, formatNumber } from "./format";

describe("format", () => {
  it("writes ages in German units", () => {
    expect(formatAge(0)).toBe("0 Sekunden");
    expect(formatAge(1)).toBe("1 Sekunde");
    expect(formatAge(59)).toBe("59 Sekunden");
    expect(formatAge(60)).toBe("1 Minute");
    expect(formatAge(125)).toBe("2 Minuten");
    expect(formatAge(3600)).toBe("1 Stunde");
    expect(formatAge(47 * 3600)).toBe("47 Stunden");
    expect(formatAge(3 * 86400)).toBe("3 Tage");
  });
  it("uses German number and date formats in Berlin time", () => {
    expect(formatNumber(12345)).toBe("12.345");
    expect(formatDateTime("2026-01-15T08:30:00Z")).toBe("15.01.2026, 09:30");
  });
  it("writes days without shifting them", () => {
    expect(formatDate("2026-01-15")).toBe("15.01.2026");
    expect(formatDate("2026-01-15T23:30:00Z")).toBe("16.01.2026");
  });
});
