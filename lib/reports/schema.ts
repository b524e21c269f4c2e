import { z } from "zod";
import { AppError } from "../errors";
import { berlinInstant, toBerlin } from "../matrix/working-time";
import { isLandArs } from "../organisations/laender";

/**
 * Input of the S6 report (GET /api/reports/s6 and the report page): a period of whole days in German local
 * time, optionally one online service and, for a BeV, one Land. Pure.
 */

/** The longest period one report covers. */
export const MAX_REPORT_DAYS = 366;
/** Default period: the last 30 days up to and including today. */
export const DEFAULT_REPORT_DAYS = 30;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD text is a real date (anything else in another form is the format check's error). */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return true;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2999;
}

const dateField = (name: "from" | "to") =>
  z
    .string({ error: `${name} ist ein Datum im Format JJJJ-MM-TT, z. B. 2026-11-01.` })
    .trim()
    .regex(DATE, { error: `${name} ist ein Datum im Format JJJJ-MM-TT, z. B. 2026-11-01.` })
    .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} ist kein gültiges Datum (${name}).` });

export const REPORT_FORMATS = ["json", "csv"] as const;

export const reportQuerySchema = z.object({
  from: dateField("from").optional(),
  to: dateField("to").optional(),
  service: z.string({ error: "service ist der Schlüssel eines Onlinedienstes, z. B. elterngeld-digital." }).trim().min(1, { error: "service ist der Schlüssel eines Onlinedienstes, z. B. elterngeld-digital." }).max(80, { error: "service ist höchstens 80 Zeichen lang." }).optional(),
  land: z.string({ error: "land ist der Regionalschlüssel eines Landes (01 bis 16)." }).trim().refine(isLandArs, { error: "land ist der Regionalschlüssel eines Landes mit 2 Ziffern (01 bis 16), z. B. 06 für Hessen." }).optional(),
  format: z.enum(REPORT_FORMATS, { error: "format ist json oder csv." }).default("json"),
});

/** A validated report request: the period as local dates and as instants [start, end). */
export interface ReportRequest {
  from: string;
  to: string;
  days: number;
  start: Date;
  end: Date;
  serviceKey: string | null;
  landArs: string | null;
  format: (typeof REPORT_FORMATS)[number];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Local date (YYYY-MM-DD) of an instant in Berlin. */
export function berlinDate(instant: Date): string {
  const t = toBerlin(instant);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** Days from one date to another (to - from). */
export function daysBetween(from: string, to: string): number {
  const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** The instant a local Berlin date begins. */
export function startOfBerlinDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(berlinInstant(y, m, d, 0));
}

/**
 * Parses the query of a report request (strings from a URL) against `now`: the period defaults to the last
 * 30 days up to today; bad or contradicting values give a VALIDATION error with every problem in German.
 */
export function parseReportQuery(input: Record<string, string | undefined>, now: Date): ReportRequest {
  const parsed = reportQuerySchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Die Angaben zum Bericht sind ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "query", message: i.message })));
  }
  const q = parsed.data;
  const today = berlinDate(now);
  const to = q.to ?? (q.from ? addDays(q.from, DEFAULT_REPORT_DAYS - 1) : today);
  const from = q.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  const days = daysBetween(from, to) + 1;
  if (days < 1) throw new AppError("VALIDATION", "Der Zeitraum ist ungültig.", [{ path: "from", message: `Der Zeitraum beginnt (${from}) nach seinem Ende (${to}); from muss vor oder auf to liegen.` }]);
  if (days > MAX_REPORT_DAYS) throw new AppError("VALIDATION", "Der Zeitraum ist zu lang.", [{ path: "to", message: `Ein Bericht umfasst höchstens ${MAX_REPORT_DAYS} Tage, gewählt sind ${days}.` }]);
  return { from, to, days, start: startOfBerlinDay(from), end: startOfBerlinDay(addDays(to, 1)), serviceKey: q.service ?? null, landArs: q.land ?? null, format: q.format };
}

/** ISO week (e.g. "2026-W48") of a YYYY-MM-DD date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7)); // the Thursday of this week decides the year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
