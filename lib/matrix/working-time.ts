import { isoDate, nonWorkingDayName } from "./holidays";
import { WEEKDAYS, type ServiceHours } from "./service-hours";

/**
 * Reaction and resolution deadlines in working time (issue 8, EfA S8): a routing target works during its
 * service hours in German local time (Europe/Berlin), not on the public holidays of its Land, 24.12. and
 * 31.12. A ticket raised outside service hours starts counting at the next opening. Working time is real
 * elapsed time: on the night clocks change, an opening across 02:00-03:00 is an hour shorter (March) or
 * longer (October) than its clock times say. Pure: the start instant is an input, nothing reads a clock.
 */

const ZONE = "Europe/Berlin";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** a service that never opens within ten years is a broken calendar, not a deadline */
const MAX_DAYS = 3660;

const berlinFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** Local calendar fields of an instant in Berlin. */
export interface BerlinDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function toBerlin(instant: Date | number): BerlinDateTime {
  const parts = berlinFormat.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Offset of Berlin from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function berlinOffset(instant: number): number {
  const t = toBerlin(instant);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a local Berlin time (minutes may be 1440 = the next midnight). A time that does not exist
 * (02:30 on the last Sunday of March) is the same distance after the gap (03:30); a time that exists twice
 * (02:30 on the last Sunday of October) is its second occurrence (in winter time).
 */
export function berlinInstant(year: number, month: number, day: number, minuteOfDay: number): number {
  const naive = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const first = naive - berlinOffset(naive);
  return naive - berlinOffset(first);
}

/** Monday-first weekday index (0 = Monday) of a calendar date. */
function weekdayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export interface DeadlineInput {
  /** when the ticket was raised */
  start: Date;
  /** working hours until the deadline (may be fractional; 0 = the next moment of service) */
  workingHours: number;
  serviceHours: ServiceHours;
  /** ARS of the Land whose holidays apply (the target's Land); null = only the holidays of all Länder */
  landArs: string | null;
}

/**
 * The instant at which `workingHours` of the target's working time have passed since `start`: weekends
 * and other closed weekdays, holidays of the Land, 24.12./31.12. and times outside service hours do not count.
 */
export function workingTimeDeadline(input: DeadlineInput): Date {
  const { start, workingHours, serviceHours, landArs } = input;
  if (!Number.isFinite(workingHours) || workingHours < 0) throw new RangeError(`Arbeitsstunden müssen eine Zahl ab 0 sein, nicht ${workingHours}.`);
  if (Number.isNaN(start.getTime())) throw new RangeError("Der Beginn ist kein gültiger Zeitpunkt.");
  let remaining = Math.round(workingHours * HOUR);
  const from = start.getTime();
  const local = toBerlin(from);
  for (let offset = 0; offset < MAX_DAYS; offset++) {
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + offset));
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (nonWorkingDayName(landArs, isoDate(y, m, d))) continue;
    for (const range of serviceHours.days[weekdayIndex(y, m, d)] ?? []) {
      const open = Math.max(berlinInstant(y, m, d, range.start), from);
      const close = berlinInstant(y, m, d, range.end);
      if (close <= open) continue;
      if (remaining <= close - open) return new Date(open + remaining);
      remaining -= close - open;
    }
  }
  throw new RangeError("Die Servicezeiten enthalten in zehn Jahren keine Arbeitszeit.");
}

/** Whether the target gives service at this instant (inside service hours, not on a non-working day). */
export function isWithinServiceHours(instant: Date, serviceHours: ServiceHours, landArs: string | null): boolean {
  const t = toBerlin(instant);
  if (nonWorkingDayName(landArs, isoDate(t.year, t.month, t.day))) return false;
  const minute = t.hour * 60 + t.minute;
  return (serviceHours.days[weekdayIndex(t.year, t.month, t.day)] ?? []).some((r) => minute >= r.start && minute < r.end);
}

/** A deadline for agents, in German local time: "Do 26.11. 09:30". */
export function formatBerlinDeadline(instant: Date): string {
  const t = toBerlin(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAYS[weekdayIndex(t.year, t.month, t.day)]} ${pad(t.day)}.${pad(t.month)}. ${pad(t.hour)}:${pad(t.minute)}`;
}
