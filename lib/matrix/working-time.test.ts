import { describe, expect, it } from "vitest";
import { parseServiceHours, type ServiceHours } from "./service-hours";
import { targetDeadlines } from "./target-deadlines";
import { berlinInstant, formatBerlinDeadline, isWithinServiceHours, workingTimeDeadline } from "./working-time";

function hours(text: string): ServiceHours {
  const result = parseServiceHours(text);
  if (!result.ok) throw new Error(result.errors.join(" | "));
  return result.hours;
}

const DESK = hours("Mo-Do 07:00-18:00; Fr 07:00-15:00");
const LONG = hours("Mo-Fr 07:00-19:00");
const ALWAYS = hours("Mo-So 00:00-24:00");

/** deadline as UTC ISO string; `start` is an ISO string with offset */
function due(start: string, workingHours: number, serviceHours: ServiceHours = DESK, landArs: string | null = "06"): string {
  return workingTimeDeadline({ start: new Date(start), workingHours, serviceHours, landArs }).toISOString();
}

describe("workingTimeDeadline", () => {
  it("counts within the same day", () => {
    expect(due("2026-11-24T09:00:00+01:00", 2)).toBe("2026-11-24T10:00:00.000Z"); // Di 11:00 MEZ
    expect(due("2026-11-24T09:15:00+01:00", 0.5)).toBe("2026-11-24T08:45:00.000Z");
  });

  it("continues at the next opening after closing time", () => {
    expect(due("2026-11-24T17:00:00+01:00", 2)).toBe("2026-11-25T07:00:00.000Z"); // Di 17-18, Mi 07-08
    expect(due("2026-11-24T17:00:00+01:00", 1)).toBe("2026-11-24T17:00:00.000Z"); // ends exactly at closing: Di 18:00
  });

  it("skips the weekend, and uses Friday's shorter hours", () => {
    expect(due("2026-11-27T14:00:00+01:00", 2)).toBe("2026-11-30T07:00:00.000Z"); // Fr 14-15, Mo 07-08
    expect(due("2026-11-26T17:00:00+01:00", 16)).toBe("2026-11-30T13:00:00.000Z"); // Do 1 h, Fr 8 h, Mo 7 h -> Mo 14:00
  });

  it("starts at the next opening when raised outside service hours", () => {
    expect(due("2026-11-28T10:00:00+01:00", 2)).toBe("2026-11-30T08:00:00.000Z"); // Sa -> Mo 07:00 + 2 h
    expect(due("2026-11-24T05:00:00+01:00", 1)).toBe("2026-11-24T07:00:00.000Z"); // before opening
    expect(due("2026-11-24T23:30:00+01:00", 1)).toBe("2026-11-25T07:00:00.000Z"); // late evening
    expect(due("2026-11-28T10:00:00+01:00", 0)).toBe("2026-11-30T06:00:00.000Z"); // 0 h = the next opening
    expect(due("2026-11-24T09:00:00+01:00", 0)).toBe("2026-11-24T08:00:00.000Z"); // 0 h inside hours = now
  });

  it("skips the Land's holidays, not other Länder's", () => {
    // Fronleichnam (Do 04.06.2026) is a holiday in Hessen, not in Bremen
    expect(due("2026-06-03T17:00:00+02:00", 2, DESK, "06")).toBe("2026-06-05T06:00:00.000Z"); // Mi 17-18, Fr 07-08 MESZ
    expect(due("2026-06-03T17:00:00+02:00", 2, DESK, "04")).toBe("2026-06-04T06:00:00.000Z"); // Do 08:00
    // Buß- und Bettag (Mi 18.11.2026) only in Sachsen
    expect(due("2026-11-17T17:00:00+01:00", 2, DESK, "14")).toBe("2026-11-19T07:00:00.000Z");
    expect(due("2026-11-17T17:00:00+01:00", 2, DESK, "06")).toBe("2026-11-18T07:00:00.000Z");
    // Frauentag (Mo 08.03.2027) in Berlin; Weltkindertag (Mo 20.09.2027) in Thüringen
    expect(due("2027-03-05T14:30:00+01:00", 1, DESK, "11")).toBe("2027-03-09T06:30:00.000Z");
    expect(due("2027-03-05T14:30:00+01:00", 1, DESK, "09")).toBe("2027-03-08T06:30:00.000Z");
    expect(due("2027-09-17T14:30:00+02:00", 1, DESK, "16")).toBe("2027-09-21T05:30:00.000Z");
  });

  it("skips Easter from Karfreitag to Ostermontag", () => {
    expect(due("2026-04-02T17:00:00+02:00", 2, LONG)).toBe("2026-04-02T17:00:00.000Z"); // Do 17-19
    expect(due("2026-04-02T17:00:00+02:00", 3, LONG)).toBe("2026-04-07T06:00:00.000Z"); // Di 08:00 MESZ
  });

  it("skips 24.12., the Christmas holidays and 31.12.", () => {
    expect(due("2026-12-23T18:00:00+01:00", 2, LONG)).toBe("2026-12-28T07:00:00.000Z"); // Mi 18-19, Mo 28.12. 07-08
    expect(due("2026-12-30T18:00:00+01:00", 2, LONG)).toBe("2027-01-04T07:00:00.000Z"); // 31.12. and Neujahr skipped
    expect(due("2026-12-23T18:00:00+01:00", 2, ALWAYS)).toBe("2026-12-23T19:00:00.000Z"); // within the day
    expect(due("2026-12-23T23:00:00+01:00", 2, ALWAYS)).toBe("2026-12-27T00:00:00.000Z"); // 24.-26.12. skipped -> So 01:00
  });

  it("is right across the change to summer time (last Sunday of March)", () => {
    // Fr 27.03.2026 18:00 MEZ + 3 h: 1 h on Friday, then Mo 30.03. 07:00 MESZ + 2 h = 09:00 MESZ = 07:00 UTC
    expect(due("2026-03-27T18:00:00+01:00", 3, LONG)).toBe("2026-03-30T07:00:00.000Z");
    // around the clock: 01:30 MEZ + 1 h of real time = 03:30 MESZ (02:00-03:00 does not exist)
    expect(due("2026-03-29T01:30:00+01:00", 1, ALWAYS)).toBe("2026-03-29T01:30:00.000Z");
    // the Sunday has 23 hours: from its midnight, 23 h end at Monday midnight
    expect(due("2026-03-29T00:00:00+01:00", 23, hours("So 00:00-24:00"))).toBe("2026-03-29T22:00:00.000Z");
    expect(due("2026-03-29T00:00:00+01:00", 23.5, hours("So 00:00-24:00"))).toBe("2026-04-04T22:30:00.000Z"); // next Sunday 00:30 MESZ
  });

  it("is right across the change to winter time (last Sunday of October)", () => {
    // Fr 23.10.2026 18:00 MESZ + 3 h -> Mo 26.10. 09:00 MEZ = 08:00 UTC
    expect(due("2026-10-23T18:00:00+02:00", 3, LONG)).toBe("2026-10-26T08:00:00.000Z");
    // around the clock: 01:30 MESZ + 2 h of real time = 02:30 MEZ (the hour 02:00-03:00 happens twice)
    expect(due("2026-10-25T01:30:00+02:00", 2, ALWAYS)).toBe("2026-10-25T01:30:00.000Z");
    // the Sunday has 25 hours
    expect(due("2026-10-25T00:00:00+02:00", 25, hours("So 00:00-24:00"))).toBe("2026-10-25T23:00:00.000Z");
    // an opening from 01:00 to 04:00 lasts four real hours that night
    expect(due("2026-10-25T01:00:00+02:00", 4, hours("So 01:00-04:00"))).toBe("2026-10-25T03:00:00.000Z");
  });

  it("works over long periods (resolution times of weeks)", () => {
    // 80 h at 12 h a day (Mo-Fr 07-19): six full days (Mo-Fr, Mo) and 8 h on Tuesday
    expect(due("2026-11-23T07:00:00+01:00", 80, LONG)).toBe(new Date(berlinInstant(2026, 12, 1, 15 * 60)).toISOString());
  });

  it("rejects bad input", () => {
    expect(() => due("2026-11-24T09:00:00+01:00", -1)).toThrow(RangeError);
    expect(() => due("2026-11-24T09:00:00+01:00", Number.NaN)).toThrow(/Arbeitsstunden/);
    expect(() => due("2026-11-24T09:00:00+01:00", Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => due("kein Datum", 1)).toThrow(/kein gültiger Zeitpunkt/);
    expect(() => due("2026-11-24T09:00:00+01:00", 1, DESK, "99")).toThrow(/kein Regionalschlüssel/);
  });
});

describe("berlinInstant", () => {
  it("converts local times in winter, summer and at the gaps", () => {
    expect(new Date(berlinInstant(2026, 1, 15, 9 * 60)).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(new Date(berlinInstant(2026, 7, 15, 9 * 60)).toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(new Date(berlinInstant(2026, 3, 29, 150)).toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 does not exist -> 03:30 MESZ
    expect(new Date(berlinInstant(2026, 10, 25, 150)).toISOString()).toBe("2026-10-25T01:30:00.000Z"); // 02:30 twice -> MEZ
    expect(new Date(berlinInstant(2026, 12, 31, 1440)).toISOString()).toBe("2026-12-31T23:00:00.000Z"); // 24:00 = next midnight
  });
});

describe("isWithinServiceHours and formatBerlinDeadline", () => {
  it("tells service hours and non-working days apart", () => {
    expect(isWithinServiceHours(new Date("2026-11-24T09:00:00+01:00"), DESK, "06")).toBe(true);
    expect(isWithinServiceHours(new Date("2026-11-27T16:00:00+01:00"), DESK, "06")).toBe(false); // Friday after 15:00
    expect(isWithinServiceHours(new Date("2026-06-04T09:00:00+02:00"), DESK, "06")).toBe(false); // Fronleichnam
    expect(isWithinServiceHours(new Date("2026-06-04T09:00:00+02:00"), DESK, "04")).toBe(true);
  });

  it("formats in German local time", () => {
    expect(formatBerlinDeadline(new Date("2026-11-26T08:30:00Z"))).toBe("Do 26.11. 09:30");
    expect(formatBerlinDeadline(new Date("2026-07-03T13:05:00Z"))).toBe("Fr 03.07. 15:05");
  });
});

describe("targetDeadlines", () => {
  const target = {
    serviceHours: "Mo-Do 07:00-18:00, Fr 07:00-15:00",
    reactionHoursVerhindernd: 2, reactionHoursBehindernd: 8, reactionHoursLeicht: 16,
    resolutionHoursVerhindernd: 8, resolutionHoursBehindernd: 24, resolutionHoursLeicht: 80,
  };

  it("computes reaction and resolution per incident class", () => {
    const result = targetDeadlines(target, "BETRIEBSVERHINDERND", new Date("2026-11-26T17:00:00+01:00"), "06");
    expect(result).toMatchObject({ ok: true, reactionLabel: "Fr 27.11. 08:00", resolutionLabel: "Fr 27.11. 14:00" });
    const leicht = targetDeadlines(target, "LEICHT", new Date("2026-11-26T17:00:00+01:00"), "06");
    expect(leicht).toMatchObject({ ok: true, reactionLabel: "Mo 30.11. 14:00" });
  });

  it("returns the errors of stored service hours that no longer parse", () => {
    expect(targetDeadlines({ ...target, serviceHours: "immer" }, "LEICHT", new Date(), "06")).toEqual({ ok: false, errors: [expect.stringContaining("Unbekannter Wochentag")] });
  });
});
