import { barValue, type ReportCount } from "./report-format";

export interface ReportDay {
  date: string;
  count: ReportCount;
}

/** One bar of the day chart: the calendar day, the height to draw ("< 5" as 2.5) and whether it is a weekend. */
export interface DayBar {
  date: string;
  value: number;
  isWeekend: boolean;
}

const SHORT_DAY = new Intl.DateTimeFormat("de-DE", { day: "2-digit", month: "2-digit", timeZone: "UTC" });

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Saturday or Sunday; the date is a calendar day ("2026-11-21"). */
export function isWeekend(date: string): boolean {
  const day = utcDay(date).getUTCDay();
  return day === 0 || day === 6;
}

export function dayBars(days: ReportDay[]): DayBar[] {
  return days.map((d) => ({ date: d.date, value: barValue(d.count), isWeekend: isWeekend(d.date) }));
}

/** The day with the most searches (the first of equal ones); null without days or without any search. */
export function peakDay(days: ReportDay[]): ReportDay | null {
  let peak: ReportDay | null = null;
  for (const d of days) if (barValue(d.count) > 0 && (peak === null || barValue(d.count) > barValue(peak.count))) peak = d;
  return peak;
}

/**
 * The days labelled on the axis: every Monday for up to 13 weeks, else the first of every month; the first
 * day when none of those falls into the period.
 */
export function dayTicks(days: ReportDay[]): string[] {
  const byMonth = days.length > 92;
  const ticks = days.map((d) => d.date).filter((date) => (byMonth ? date.endsWith("-01") : utcDay(date).getUTCDay() === 1));
  return ticks.length || !days[0] ? ticks : [days[0].date];
}

/** An axis label: "23.11.". */
export function shortDay(date: string): string {
  return SHORT_DAY.format(utcDay(date));
}
