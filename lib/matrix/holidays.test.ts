import { describe, expect, it } from "vitest";
import { LAND_ARS } from "../organisations/laender";
import { easterSunday, nonWorkingDayName, nonWorkingDays, publicHolidays } from "./holidays";

// Easter Sunday 1990-2060 as MMDD (from an independent implementation, python-dateutil's easter())
const EASTER_1990_2060 =
  "0415 0331 0419 0411 0403 0416 0407 0330 0412 0404 0423 0415 0331 0420 0411 0327 0416 0408 0323 0412 0404 0424 0408 0331 0420 0405 0327 0416 0401 0421 0412 0404 0417 0409 0331 0420 0405 0328 0416 0401 0421 0413 0328 0417 0409 0325 0413 0405 0425 0410 0401 0421 0406 0329 0417 0409 0325 0414 0405 0418 0410 0402 0421 0406 0329 0418 0402 0422 0414 0330 0418".split(" ");

const mmdd = (e: { month: number; day: number }) => `${String(e.month).padStart(2, "0")}${String(e.day).padStart(2, "0")}`;
const dates = (land: string | null, year: number) => publicHolidays(land, year).map((d) => d.date);

describe("easterSunday", () => {
  it("matches an independent implementation for 1990-2060", () => {
    EASTER_1990_2060.forEach((expected, i) => expect(mmdd(easterSunday(1990 + i)), `Ostern ${1990 + i}`).toBe(expected));
  });

  it("knows the extreme dates and century years", () => {
    expect(easterSunday(1818)).toEqual({ year: 1818, month: 3, day: 22 });
    expect(easterSunday(2285)).toEqual({ year: 2285, month: 3, day: 22 });
    expect(easterSunday(1943)).toEqual({ year: 1943, month: 4, day: 25 });
    expect(easterSunday(2038)).toEqual({ year: 2038, month: 4, day: 25 });
    expect(mmdd(easterSunday(1583))).toBe("0410");
    expect(mmdd(easterSunday(1700))).toBe("0411");
    expect(mmdd(easterSunday(1900))).toBe("0415");
    expect(mmdd(easterSunday(2100))).toBe("0328");
    expect(mmdd(easterSunday(2400))).toBe("0416");
    expect(mmdd(easterSunday(4099))).toBe("0419");
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 3000; year++) {
      const e = easterSunday(year);
      const date = new Date(Date.UTC(year, e.month - 1, e.day));
      expect(date.getUTCDay()).toBe(0);
      expect(mmdd(e) >= "0322" && mmdd(e) <= "0425").toBe(true);
    }
  });

  it("rejects years outside the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe("publicHolidays", () => {
  it("has the nine holidays of all Länder, Easter-based ones moving with Easter", () => {
    expect(publicHolidays(null, 2026)).toEqual([
      { date: "2026-01-01", name: "Neujahr" },
      { date: "2026-04-03", name: "Karfreitag" },
      { date: "2026-04-06", name: "Ostermontag" },
      { date: "2026-05-01", name: "Tag der Arbeit" },
      { date: "2026-05-14", name: "Christi Himmelfahrt" },
      { date: "2026-05-25", name: "Pfingstmontag" },
      { date: "2026-10-03", name: "Tag der Deutschen Einheit" },
      { date: "2026-12-25", name: "1. Weihnachtstag" },
      { date: "2026-12-26", name: "2. Weihnachtstag" },
    ]);
    expect(dates(null, 2027)).toContain("2027-03-26"); // Karfreitag 2027
    expect(dates(null, 2027)).toContain("2027-05-06"); // Himmelfahrt 2027
  });

  it("has the nine common holidays in every Land", () => {
    const common = dates(null, 2026);
    for (const land of LAND_ARS) expect(dates(land, 2026)).toEqual(expect.arrayContaining(common));
  });

  it("counts the holidays per Land in 2026 as the Länder's laws say", () => {
    const count = Object.fromEntries(LAND_ARS.map((land) => [land, publicHolidays(land, 2026).length]));
    expect(count).toEqual({
      "01": 10, "02": 10, "03": 10, "04": 10, // + Reformationstag
      "05": 11, "06": 10, "07": 11, // NW, RP: Fronleichnam, Allerheiligen; HE: Fronleichnam
      "08": 12, "09": 12, // + Heilige Drei Könige, Fronleichnam, Allerheiligen
      "10": 12, // + Fronleichnam, Mariä Himmelfahrt, Allerheiligen
      "11": 10, // + Frauentag
      "12": 12, // + Ostersonntag, Pfingstsonntag, Reformationstag
      "13": 11, // + Frauentag, Reformationstag
      "14": 11, // + Reformationstag, Buß- und Bettag
      "15": 11, // + Heilige Drei Könige, Reformationstag
      "16": 11, // + Weltkindertag, Reformationstag
    });
  });

  it("has the Land-specific holidays", () => {
    expect(dates("06", 2026)).toContain("2026-06-04"); // Fronleichnam Hessen
    expect(dates("04", 2026)).not.toContain("2026-06-04");
    expect(dates("14", 2026)).toContain("2026-11-18"); // Buß- und Bettag Sachsen
    expect(dates("14", 2023)).toContain("2023-11-22");
    expect(dates("14", 2024)).toContain("2024-11-20");
    expect(dates("14", 2030)).toContain("2030-11-20");
    expect(dates("16", 2026)).toContain("2026-09-20"); // Weltkindertag
    expect(dates("16", 2018)).not.toContain("2018-09-20"); // since 2019
    expect(dates("11", 2026)).toContain("2026-03-08"); // Frauentag Berlin
    expect(dates("13", 2022)).not.toContain("2022-03-08"); // MV since 2023
    expect(dates("13", 2023)).toContain("2023-03-08");
    expect(dates("04", 2026)).toContain("2026-10-31"); // Reformationstag Bremen since 2018
    expect(dates("04", 2016)).not.toContain("2016-10-31");
    expect(dates("06", 2017)).toContain("2017-10-31"); // 500 Jahre Reformation, everywhere
    expect(dates("06", 2026)).not.toContain("2026-10-31");
    expect(dates("05", 2026)).toContain("2026-11-01"); // Allerheiligen NRW
    expect(dates("09", 2026)).toContain("2026-01-06"); // Heilige Drei Könige
    expect(dates("10", 2026)).toContain("2026-08-15"); // Mariä Himmelfahrt Saarland
    expect(dates("11", 2025)).toContain("2025-05-08"); // Tag der Befreiung 2025
    expect(dates("11", 2026)).not.toContain("2026-05-08");
  });

  it("does not count holidays of only parts of a Land (documented choice)", () => {
    expect(dates("09", 2026)).not.toContain("2026-08-15"); // Mariä Himmelfahrt: Catholic communities of Bayern
    expect(dates("09", 2026)).not.toContain("2026-08-08"); // Augsburger Friedensfest
    expect(dates("14", 2026)).not.toContain("2026-06-04"); // Fronleichnam: Sorbian communities
    expect(dates("16", 2026)).not.toContain("2026-06-04"); // Fronleichnam: Eichsfeld
  });

  it("takes the Land from the first two digits of any ARS and rejects others", () => {
    expect(publicHolidays("064120000000", 2026)).toEqual(publicHolidays("06", 2026));
    expect(() => publicHolidays("17", 2026)).toThrow(/kein Regionalschlüssel eines Landes/);
    expect(() => publicHolidays("00", 2026)).toThrow(RangeError);
    expect(() => publicHolidays("x6", 2026)).toThrow(RangeError);
  });
});

describe("nonWorkingDays", () => {
  it("adds 24.12. and 31.12. in every Land", () => {
    for (const land of [null, ...LAND_ARS]) {
      const days = nonWorkingDays(land, 2026).map((d) => d.date);
      expect(days).toContain("2026-12-24");
      expect(days).toContain("2026-12-31");
      expect(days).toEqual([...days].sort());
    }
    expect(nonWorkingDayName("06", "2026-12-24")).toBe("Heiligabend");
    expect(nonWorkingDayName("06", "2026-06-04")).toBe("Fronleichnam");
    expect(nonWorkingDayName("04", "2026-06-04")).toBeNull();
  });
});
