/**
 * Service hours (Servicezeiten) of a routing target, written as text the way people write them:
 *
 *   "Mo-Do 07:00-18:00; Fr 07:00-15:00"
 *   "Mo-Fr 08:00-12:00, 13:00-15:30"      (a part without weekday continues the weekdays before it)
 *   "Mo, Mi 08:00-12:00; Sa 09:00-12:00"  (a part with only weekdays takes the times of the next part)
 *   "Mo-So 00:00-24:00"                   (around the clock)
 *
 * Parts are separated by ";" or ","; weekdays are Mo Di Mi Do Fr Sa So (or written out, with or without a
 * full stop), a day range runs forward ("Mo-Fr", not "Fr-Mo"); times are H:MM or HH:MM from 00:00 to 24:00,
 * "Uhr" may follow. Ranges of a day must not overlap; ranges that touch are joined. A range over midnight
 * is written as two days. Public holidays, 24.12. and 31.12. are not part of the text (lib/matrix/holidays.ts).
 * Pure: no clock, no database.
 */

/** Weekdays, Monday first (index 0 = Monday, as in ISO 8601). */
export const WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes since local midnight: start inclusive, end exclusive (at most 1440 = 24:00). */
export interface TimeRange {
  start: number;
  end: number;
}

/** Opening ranges per weekday (7 entries, Monday first), sorted and disjoint. */
export interface ServiceHours {
  days: TimeRange[][];
}

export type ServiceHoursResult = { ok: true; hours: ServiceHours } | { ok: false; errors: string[] };

export const SERVICE_HOURS_EXAMPLE = "Mo-Do 07:00-18:00; Fr 07:00-15:00";
const MAX_LENGTH = 300;

const DAY_NAMES: Record<string, number> = {
  mo: 0, montag: 0,
  di: 1, dienstag: 1,
  mi: 2, mittwoch: 2,
  do: 3, donnerstag: 3,
  fr: 4, freitag: 4,
  sa: 5, samstag: 5, sonnabend: 5,
  so: 6, sonntag: 6,
};

const ALLOWED_DAYS = `erlaubt sind ${WEEKDAYS.join(", ")}`;

/** "07:00" -> 420; null if it is not a time of day from 00:00 to 24:00. */
function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/** 420 -> "07:00" */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function parseDay(token: string, errors: string[]): number | null {
  const key = token.replace(/\.$/, "").toLowerCase();
  const day = DAY_NAMES[key];
  if (day === undefined) {
    errors.push(`Unbekannter Wochentag „${token}“ – ${ALLOWED_DAYS}.`);
    return null;
  }
  return day;
}

/** "Mo-Fr" -> [0..4], "Mi" -> [2]; null (with an error) if a day is unknown or the range runs backwards. */
function parseDays(text: string, errors: string[]): number[] | null {
  const [first, last, ...rest] = text.split("-").map((t) => t.trim());
  if (!first || rest.length || last === "") {
    errors.push(`„${text}“ ist keine Angabe von Wochentagen – z. B. „Mo-Fr“ oder „Sa“.`);
    return null;
  }
  const from = parseDay(first, errors);
  const to = last === undefined ? from : parseDay(last, errors);
  if (from === null || to === null) return null;
  if (to < from) {
    errors.push(`Der Tagesbereich „${text}“ läuft rückwärts – bitte vom früheren zum späteren Wochentag angeben, z. B. „${WEEKDAYS[to]}-${WEEKDAYS[from]}“ oder zwei Angaben.`);
    return null;
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** "07:00-18:00 13:00-15:00" -> ranges; errors for bad times and empty or inverted ranges. */
function parseRanges(text: string, errors: string[]): TimeRange[] {
  const ranges: TimeRange[] = [];
  const tokens = text.split(/\s+|\s*\+\s*|\bund\b|&|\//).map((t) => t.trim()).filter(Boolean);
  for (const token of tokens) {
    const m = /^([^-]+)-([^-]+)$/.exec(token);
    if (!m) {
      errors.push(`„${token}“ ist keine Zeitspanne – bitte „von-bis“ angeben, z. B. „07:00-18:00“.`);
      continue;
    }
    const [, fromText = "", toText = ""] = m;
    const start = parseTime(fromText);
    const end = parseTime(toText);
    for (const [value, raw] of [[start, fromText], [end, toText]] as const) {
      if (value === null) errors.push(`Ungültige Uhrzeit „${raw}“ – bitte HH:MM zwischen 00:00 und 24:00 angeben, z. B. „07:30“.`);
    }
    if (start === null || end === null) continue;
    if (start === 1440) {
      errors.push(`Die Zeitspanne „${token}“ beginnt um 24:00 – bitte am Folgetag mit 00:00 beginnen.`);
      continue;
    }
    if (end === start) {
      errors.push(`Die Zeitspanne „${token}“ ist leer – Beginn und Ende sind gleich.`);
      continue;
    }
    if (end < start) {
      errors.push(`Die Zeitspanne „${token}“ endet vor ihrem Beginn – eine Zeit über Mitternacht bitte auf zwei Tage aufteilen (z. B. „Mo 22:00-24:00; Di 00:00-06:00“).`);
      continue;
    }
    ranges.push({ start, end });
  }
  return ranges;
}

const DAYS_PATTERN = /^([A-Za-zÄÖÜäöüß]+\.?(?:-[A-Za-zÄÖÜäöüß]+\.?)?):?(?:\s+(.*))?$/;

/**
 * Reads service hours from text (format above). Every problem is reported, in German, so the form can
 * show them at the field; nothing is guessed.
 */
export function parseServiceHours(input: string): ServiceHoursResult {
  const errors: string[] = [];
  const text = input
    .replace(/[\u2012-\u2015\u2212]/g, "-") // dashes of word processors
    .replace(/\s*-\s*/g, "-")
    .replace(/\s*Uhr\b/gi, "")
    .trim();
  if (!text) return { ok: false, errors: [`Bitte Servicezeiten angeben, z. B. „${SERVICE_HOURS_EXAMPLE}“.`] };
  if (text.length > MAX_LENGTH) return { ok: false, errors: [`Die Servicezeiten sind zu lang (höchstens ${MAX_LENGTH} Zeichen).`] };

  const perDay: { range: TimeRange; label: string }[][] = WEEKDAYS.map(() => []);
  let pendingDays: number[] = []; // weekdays waiting for their times ("Mo, Mi 08:00-12:00")
  let lastDays: number[] | null = null; // weekdays of the previous part ("Mo-Fr 08:00-12:00, 13:00-15:00")
  let isUsable = true;

  for (const rawPart of text.split(/[;,]/)) {
    const part = rawPart.trim();
    if (!part) continue;
    let days: number[] | null;
    let times: string;
    if (/^\d/.test(part)) {
      if (pendingDays.length) {
        days = pendingDays;
      } else if (lastDays) {
        days = lastDays;
      } else {
        errors.push(`Vor „${part}“ fehlt der Wochentag – z. B. „Mo-Fr ${part}“.`);
        isUsable = false;
        continue;
      }
      times = part;
    } else {
      const m = DAYS_PATTERN.exec(part);
      if (!m) {
        errors.push(`„${part}“ ist nicht lesbar – erwartet Wochentage und Zeiten, z. B. „${SERVICE_HOURS_EXAMPLE}“.`);
        isUsable = false;
        continue;
      }
      const parsed = parseDays(m[1] ?? "", errors);
      if (!parsed) {
        isUsable = false;
        pendingDays = [];
        continue;
      }
      if (!m[2]) {
        pendingDays = [...pendingDays, ...parsed];
        continue;
      }
      days = [...pendingDays, ...parsed];
      times = m[2];
    }
    pendingDays = [];
    lastDays = days;
    for (const range of parseRanges(times, errors)) {
      for (const day of days) perDay[day]?.push({ range, label: `${formatMinutes(range.start)}-${formatMinutes(range.end)}` });
    }
  }
  if (pendingDays.length) errors.push(`Für „${pendingDays.map((d) => WEEKDAYS[d]).join(", ")}“ fehlen die Uhrzeiten – z. B. „${WEEKDAYS[pendingDays[0] ?? 0]} 08:00-12:00“.`);

  const days: TimeRange[][] = perDay.map((entries, day) => {
    const sorted = [...entries].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    const merged: TimeRange[] = [];
    let previous: { range: TimeRange; label: string } | null = null;
    for (const entry of sorted) {
      const last = merged.at(-1);
      if (last && previous && entry.range.start < last.end) {
        errors.push(`Am ${WEEKDAYS[day]} überschneiden sich ${previous.label} und ${entry.label} – jede Zeit bitte nur einmal angeben.`);
        last.end = Math.max(last.end, entry.range.end);
      } else if (last && entry.range.start === last.end) {
        last.end = entry.range.end; // touching ranges are one opening
      } else {
        merged.push({ ...entry.range });
      }
      previous = entry;
    }
    return merged;
  });
  if (isUsable && !errors.length && days.every((d) => d.length === 0)) errors.push(`Die Servicezeiten enthalten keine Öffnungszeit – z. B. „${SERVICE_HOURS_EXAMPLE}“.`);
  const unique = [...new Set(errors)];
  return unique.length ? { ok: false, errors: unique } : { ok: true, hours: { days } };
}

/** Canonical text of service hours: consecutive weekdays with the same times joined ("Mo-Do 07:00-18:00; Fr 07:00-15:00"). */
export function formatServiceHours(hours: ServiceHours): string {
  const key = (ranges: TimeRange[]) => ranges.map((r) => `${formatMinutes(r.start)}-${formatMinutes(r.end)}`).join(", ");
  const parts: string[] = [];
  let day = 0;
  while (day < 7) {
    const ranges = hours.days[day] ?? [];
    if (!ranges.length) {
      day++;
      continue;
    }
    let until = day;
    while (until + 1 < 7 && key(hours.days[until + 1] ?? []) === key(ranges)) until++;
    const days = until === day ? WEEKDAYS[day] : `${WEEKDAYS[day]}-${WEEKDAYS[until]}`;
    parts.push(`${days} ${key(ranges)}`);
    day = until + 1;
  }
  return parts.join("; ");
}
