import { describe, expect, it } from "vitest";
import { berlinLocalToIso, isoToBerlinLocal } from "./berlin-time";

describe("Berlin time for datetime-local fields", () => {
  it("shows UTC times in Berlin winter and summer time", () => {
    expect(isoToBerlinLocal("2026-01-15T08:30:00.000Z")).toBe("2026-01-15T09:30");
    expect(isoToBerlinLocal("2026-07-15T08:30:00.000Z")).toBe("2026-07-15T10:30");
    expect(isoToBerlinLocal(null)).toBe("");
    expect(isoToBerlinLocal("kein Datum")).toBe("");
  });

  it("turns Berlin wall-clock times into UTC", () => {
    expect(berlinLocalToIso("2026-01-15T09:30")).toBe("2026-01-15T08:30:00.000Z");
    expect(berlinLocalToIso("2026-07-15T10:30")).toBe("2026-07-15T08:30:00.000Z");
    // the night of the change to summer time (29 March 2026, 02:00 -> 03:00)
    expect(berlinLocalToIso("2026-03-29T01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(berlinLocalToIso("2026-03-29T03:30")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("round-trips", () => {
    // (the hour repeated when summer time ends is ambiguous on the wall clock and left out)
    for (const iso of ["2026-10-24T23:59:00.000Z", "2026-10-25T02:01:00.000Z", "2026-12-31T23:00:00.000Z"]) {
      expect(berlinLocalToIso(isoToBerlinLocal(iso))).toBe(iso);
    }
  });

  it("leaves empty and malformed input to the server", () => {
    expect(berlinLocalToIso("")).toBe("");
    expect(berlinLocalToIso("morgen")).toBe("morgen");
  });
});
