import { describe, expect, it } from "vitest";
import { formatServiceHours, parseServiceHours, type ServiceHours } from "./service-hours";

function hours(text: string): ServiceHours {
  const result = parseServiceHours(text);
  if (!result.ok) throw new Error(`nicht lesbar: ${result.errors.join(" | ")}`);
  return result.hours;
}

function errors(text: string): string[] {
  const result = parseServiceHours(text);
  if (result.ok) throw new Error(`unerwartet gültig: ${text}`);
  return result.errors;
}

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe("parseServiceHours", () => {
  it("reads the documented format, Monday first", () => {
    const { days } = hours("Mo-Do 07:00-18:00; Fr 07:00-15:00");
    expect(days).toHaveLength(7);
    for (const d of [0, 1, 2, 3]) expect(days[d]).toEqual([{ start: h(7), end: h(18) }]);
    expect(days[4]).toEqual([{ start: h(7), end: h(15) }]);
    expect(days[5]).toEqual([]);
    expect(days[6]).toEqual([]);
  });

  it("reads the comma form of the seeds and continues weekdays for a second range", () => {
    expect(hours("Mo-Do 08:00-16:00, Fr 08:00-13:00")).toEqual(hours("Mo-Do 08:00-16:00; Fr 08:00-13:00"));
    const { days } = hours("Mo-Fr 08:00-12:00, 13:00-15:30");
    expect(days[2]).toEqual([{ start: h(8), end: h(12) }, { start: h(13), end: h(15, 30) }]);
    expect(hours("Mo-Fr 08:00-12:00 und 13:00-15:30")).toEqual(hours("Mo-Fr 08:00-12:00, 13:00-15:30"));
  });

  it("takes weekday lists, written-out names, full stops, 'Uhr', dashes and 24:00", () => {
    const { days } = hours("Mo, Mi 08:00-12:00; Samstag 9:00 – 12:00 Uhr");
    expect(days[0]).toEqual([{ start: h(8), end: h(12) }]);
    expect(days[1]).toEqual([]);
    expect(days[2]).toEqual([{ start: h(8), end: h(12) }]);
    expect(days[5]).toEqual([{ start: h(9), end: h(12) }]);
    expect(hours("mo.-so. 00:00-24:00").days.every((d) => d.length === 1 && d[0]?.start === 0 && d[0]?.end === 1440)).toBe(true);
    expect(hours("Mo-Fr: 07:00-19:00")).toEqual(hours("Mo-Fr 07:00-19:00"));
  });

  it("joins ranges that touch", () => {
    expect(hours("Mo 08:00-12:00, 12:00-16:00").days[0]).toEqual([{ start: h(8), end: h(16) }]);
  });

  it("rejects overlapping ranges on a day, naming the day and both ranges", () => {
    expect(errors("Mo-Fr 08:00-12:00; Mo 11:00-14:00")).toEqual(["Am Mo überschneiden sich 08:00-12:00 und 11:00-14:00 – jede Zeit bitte nur einmal angeben."]);
    expect(errors("Mo-Do 07:00-18:00; Do-Fr 07:00-15:00")[0]).toContain("Am Do überschneiden sich");
  });

  it("rejects inverted, empty and midnight-crossing ranges", () => {
    expect(errors("Mo 18:00-07:00")[0]).toMatch(/^Die Zeitspanne „18:00-07:00“ endet vor ihrem Beginn/);
    expect(errors("Mo 08:00-08:00")[0]).toBe("Die Zeitspanne „08:00-08:00“ ist leer – Beginn und Ende sind gleich.");
    expect(errors("Mo 24:00-24:00")[0]).toContain("beginnt um 24:00");
  });

  it("rejects unknown weekdays and backwards day ranges", () => {
    expect(errors("Mo-Fx 08:00-12:00")).toEqual(["Unbekannter Wochentag „Fx“ – erlaubt sind Mo, Di, Mi, Do, Fr, Sa, So."]);
    expect(errors("Fr-Mo 08:00-12:00")[0]).toMatch(/^Der Tagesbereich „Fr-Mo“ läuft rückwärts/);
    expect(errors("Werktags 08:00-12:00")[0]).toContain("Unbekannter Wochentag „Werktags“");
  });

  it("rejects bad times", () => {
    expect(errors("Mo 25:00-26:00")).toEqual([
      "Ungültige Uhrzeit „25:00“ – bitte HH:MM zwischen 00:00 und 24:00 angeben, z. B. „07:30“.",
      "Ungültige Uhrzeit „26:00“ – bitte HH:MM zwischen 00:00 und 24:00 angeben, z. B. „07:30“.",
    ]);
    expect(errors("Mo 07:60-08:00")[0]).toContain("„07:60“");
    expect(errors("Mo 8-16")[0]).toContain("Ungültige Uhrzeit „8“");
    expect(errors("Mo 24:30-24:45")[0]).toContain("„24:30“");
    expect(errors("Mo 08:00")[0]).toContain("„08:00“ ist keine Zeitspanne");
  });

  it("rejects missing weekdays, missing times, empty and overlong input", () => {
    expect(errors("08:00-12:00")[0]).toBe("Vor „08:00-12:00“ fehlt der Wochentag – z. B. „Mo-Fr 08:00-12:00“.");
    expect(errors("Mo-Fr 08:00-12:00; Sa")[0]).toContain("Für „Sa“ fehlen die Uhrzeiten");
    expect(errors("   ")[0]).toContain("Bitte Servicezeiten angeben");
    expect(errors(";;")[0]).toContain("keine Öffnungszeit");
    expect(errors(`Mo 08:00-09:00; ${"Di 08:00-09:00; ".repeat(30)}`)[0]).toContain("zu lang");
  });

  it("reports every problem at once", () => {
    expect(errors("Xx 08:00-09:00; Mo 10:00-09:00; Di 07:00-99:00")).toHaveLength(3);
  });
});

describe("formatServiceHours", () => {
  it("writes the canonical form, joining consecutive days with the same times", () => {
    expect(formatServiceHours(hours("Mo 07:00-18:00; Di 07:00-18:00; Mi-Do 07:00-18:00, Fr 07:00-15:00"))).toBe("Mo-Do 07:00-18:00; Fr 07:00-15:00");
    expect(formatServiceHours(hours("Mo, Mi 08:00-12:00 13:00-15:00"))).toBe("Mo 08:00-12:00, 13:00-15:00; Mi 08:00-12:00, 13:00-15:00");
    expect(formatServiceHours(hours("Mo-So 00:00-24:00"))).toBe("Mo-So 00:00-24:00");
  });

  it("round-trips: parsing the canonical form gives the same hours", () => {
    for (const text of ["Mo-Do 07:00-18:00; Fr 07:00-15:00", "Mo-Fr 08:00-12:00, 13:00-15:30; Sa 09:00-12:00", "Di 00:00-24:00; Do 06:15-06:45"]) {
      const parsed = hours(text);
      expect(hours(formatServiceHours(parsed))).toEqual(parsed);
    }
  });
});
