import { landOfArs, type LandArs } from "../organisations/laender";

/**
 * Days without service for a routing target in a Land: the statutory public holidays that apply in the
 * whole Land, plus 24.12. and 31.12. (EfA operating rules: no service on those days). Pure.
 *
 * Choices for holidays that hold only in parts of a Land (docs/working-time.md): a Land's routing
 * targets are bodies for the whole Land, so only holidays of the whole Land count:
 *   - Fronleichnam counts in BW, BY, HE, NW, RP, SL; not in Sachsen (only Sorbian communities near Bautzen)
 *     nor in Thüringen (only some communities, e.g. in the Eichsfeld).
 *   - Mariä Himmelfahrt counts in the Saarland; not in Bayern (only communities with a Catholic majority).
 *   - The Augsburger Friedensfest (8.8., city of Augsburg only) does not count.
 *   - Ostersonntag and Pfingstsonntag count in Brandenburg, the only Land that names them (they are Sundays).
 * One-off holidays by law: Reformationstag 2017 in all Länder; Tag der Befreiung (8.5.) in Berlin 2020 and 2025.
 */

export interface NonWorkingDay {
  /** local date YYYY-MM-DD */
  date: string;
  name: string;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { year: number; month: number; day: number } {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Ostern lässt sich nur für gregorianische Jahre 1583 bis 9999 berechnen, nicht für ${year}.`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD of a calendar date given as year, month (1-12) and day; days may overflow (Easter + 60). */
export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

type Rule =
  | { name: string; month: number; day: number; lands: "ALL" | readonly LandArs[]; from?: number; years?: readonly number[] }
  | { name: string; easterOffset: number; lands: "ALL" | readonly LandArs[] }
  | { name: string; bussUndBettag: true; lands: readonly LandArs[] };

const RULES: readonly Rule[] = [
  { name: "Neujahr", month: 1, day: 1, lands: "ALL" },
  { name: "Heilige Drei Könige", month: 1, day: 6, lands: ["08", "09", "15"] },
  { name: "Internationaler Frauentag", month: 3, day: 8, lands: ["11"], from: 2019 },
  { name: "Internationaler Frauentag", month: 3, day: 8, lands: ["13"], from: 2023 },
  { name: "Karfreitag", easterOffset: -2, lands: "ALL" },
  { name: "Ostersonntag", easterOffset: 0, lands: ["12"] },
  { name: "Ostermontag", easterOffset: 1, lands: "ALL" },
  { name: "Tag der Arbeit", month: 5, day: 1, lands: "ALL" },
  { name: "Tag der Befreiung", month: 5, day: 8, lands: ["11"], years: [2020, 2025] },
  { name: "Christi Himmelfahrt", easterOffset: 39, lands: "ALL" },
  { name: "Pfingstsonntag", easterOffset: 49, lands: ["12"] },
  { name: "Pfingstmontag", easterOffset: 50, lands: "ALL" },
  { name: "Fronleichnam", easterOffset: 60, lands: ["05", "06", "07", "08", "09", "10"] },
  { name: "Mariä Himmelfahrt", month: 8, day: 15, lands: ["10"] },
  { name: "Weltkindertag", month: 9, day: 20, lands: ["16"], from: 2019 },
  { name: "Tag der Deutschen Einheit", month: 10, day: 3, lands: "ALL" },
  { name: "Reformationstag", month: 10, day: 31, lands: ["12", "13", "14", "15", "16"] },
  { name: "Reformationstag", month: 10, day: 31, lands: ["01", "02", "03", "04"], from: 2018 },
  { name: "Reformationstag (500 Jahre Reformation)", month: 10, day: 31, lands: "ALL", years: [2017] },
  { name: "Allerheiligen", month: 11, day: 1, lands: ["05", "07", "08", "09", "10"] },
  { name: "Buß- und Bettag", bussUndBettag: true, lands: ["14"] },
  { name: "1. Weihnachtstag", month: 12, day: 25, lands: "ALL" },
  { name: "2. Weihnachtstag", month: 12, day: 26, lands: "ALL" },
];

/** Days without service in every Land besides the holidays (EfA operating rules). */
const EXTRA_DAYS = [
  { name: "Heiligabend", month: 12, day: 24 },
  { name: "Silvester", month: 12, day: 31 },
] as const;

function appliesTo(rule: Rule, land: LandArs | null): boolean {
  if (rule.lands === "ALL") return true;
  return land !== null && rule.lands.includes(land);
}

/** The Wednesday before 23 November (between the 16th and the 22nd). */
function bussUndBettag(year: number): string {
  const nov22 = new Date(Date.UTC(year, 10, 22));
  const back = (nov22.getUTCDay() - 3 + 7) % 7; // days back to a Wednesday
  return isoDate(year, 11, 22 - back);
}

/**
 * The statutory public holidays of a year that apply in the whole Land (by ARS, only its first two digits
 * count); `null` = only the nine holidays of all Länder. Sorted by date.
 */
export function publicHolidays(landArs: string | null, year: number): NonWorkingDay[] {
  const land = landArs === null ? null : landOfArs(landArs);
  if (landArs !== null && land === null) throw new RangeError(`„${landArs}“ ist kein Regionalschlüssel eines Landes (01 bis 16).`);
  const easter = easterSunday(year);
  const days: NonWorkingDay[] = [];
  for (const rule of RULES) {
    if (!appliesTo(rule, land)) continue;
    if ("easterOffset" in rule) {
      days.push({ date: isoDate(year, easter.month, easter.day + rule.easterOffset), name: rule.name });
    } else if ("bussUndBettag" in rule) {
      days.push({ date: bussUndBettag(year), name: rule.name });
    } else {
      if (rule.from !== undefined && year < rule.from) continue;
      if (rule.years && !rule.years.includes(year)) continue;
      days.push({ date: isoDate(year, rule.month, rule.day), name: rule.name });
    }
  }
  // one date, one entry (2017: Reformationstag is both the Land's and the nationwide one)
  const unique = new Map(days.map((d) => [d.date, d]));
  return [...unique.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Public holidays plus 24.12. and 31.12.: the days a routing target of this Land gives no service. */
export function nonWorkingDays(landArs: string | null, year: number): NonWorkingDay[] {
  const days = publicHolidays(landArs, year);
  for (const extra of EXTRA_DAYS) {
    const date = isoDate(year, extra.month, extra.day);
    if (!days.some((d) => d.date === date)) days.push({ date, name: extra.name });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<string, Map<string, string>>();

/** The name of the non-working day at this local date (YYYY-MM-DD) in the Land, or null. Cached per Land and year. */
export function nonWorkingDayName(landArs: string | null, date: string): string | null {
  const year = Number(date.slice(0, 4));
  const key = `${landArs === null ? "-" : landArs.slice(0, 2)}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Map(nonWorkingDays(landArs, year).map((d) => [d.date, d.name]));
    cache.set(key, days);
  }
  return days.get(date) ?? null;
}
