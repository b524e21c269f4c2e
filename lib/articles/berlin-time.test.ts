import { describe, expect, it } from "vitest";
import { parseGermanLocalTime } from "./berlin-time";

describe("German local time", () => {
  it("reads winter and summer time", () => {
    expect(parseGermanLocalTime("2026-11-20T07:30").toISOString()).toBe("2026-11-20T06:30:00.000Z");
    expect(parseGermanLocalTime("2026-07-01T12:00").toISOString()).toBe("2026-07-01T10:00:00.000Z");
  });
  it("keeps explicit offsets", () => {
    expect(parseGermanLocalTime("2026-11-20T07:30:00+01:00").toISOString()).toBe("2026-11-20T06:30:00.000Z");
    expect(parseGermanLocalTime("2026-11-20T06:30:00Z").toISOString()).toBe("2026-11-20T06:30:00.000Z");
  });
});
