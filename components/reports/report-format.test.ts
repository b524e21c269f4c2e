import { describe, expect, it } from "vitest";
import { barValue, formatCount, formatDuration, share } from "./report-format";

describe("report formatting", () => {
  it("formats counts, anonymised ones as they are", () => {
    expect(formatCount(1234)).toBe("1.234");
    expect(formatCount("< 5")).toBe("< 5");
    expect(barValue("< 5")).toBe(2.5);
    expect(barValue(7)).toBe(7);
  });

  it("formats durations in German", () => {
    expect(formatDuration(45)).toBe("45 Min.");
    expect(formatDuration(60)).toBe("1 Std.");
    expect(formatDuration(215)).toBe("3 Std. 35 Min.");
    expect(formatDuration(1440)).toBe("1 Tag");
    expect(formatDuration(1040)).toBe("17 Std. 20 Min.");
    expect(formatDuration(3120)).toBe("2 Tage 4 Std.");
  });

  it("gives shares only for numbers", () => {
    expect(share(1, 3)).toBe("33,3 %");
    expect(share("< 5", 10)).toBeNull();
    expect(share(0, 0)).toBeNull();
  });
});
