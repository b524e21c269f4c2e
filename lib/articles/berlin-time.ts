// made once: creating a DateTimeFormat costs about 0.3 ms, and every search asks for today
const berlinDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });
const berlinClock = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * Times without an offset (from <input type="datetime-local">) mean German local time, whatever the server's
 * time zone is. Converts "2026-11-20T07:30" to the instant in Europe/Berlin (CET/CEST).
 */
export function parseGermanLocalTime(value: string): Date {
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(value)) return new Date(value);
  const asUtc = new Date(`${value}${value.length === 16 ? ":00" : ""}Z`);
  // the offset of Berlin at that moment: format the UTC instant in Berlin and compare
  const parts = berlinClock.formatToParts(asUtc);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const berlinAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offset = berlinAsUtc - asUtc.getTime();
  const guess = new Date(asUtc.getTime() - offset);
  return guess;
}

/** The calendar day in Germany at an instant, as "2026-11-24". */
export function berlinIsoDay(at: Date): string {
  return berlinDate.format(at);
}
