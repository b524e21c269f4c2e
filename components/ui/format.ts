// German formatting in the time zone of the German administration, independent of the server's zone.
const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const number = new Intl.NumberFormat("de-DE");
const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
// A calendar day without time ("2026-01-15") is the same day everywhere: formatted as UTC, never shifted.
const calendarDay = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: Date | string): string {
  return dateTime.format(typeof value === "string" ? new Date(value) : value);
}

/** A day: "15.01.2026"; accepts a calendar day ("2026-01-15") or a point in time. */
export function formatDate(value: Date | string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return calendarDay.format(new Date(`${value}T00:00:00Z`));
  return date.format(typeof value === "string" ? new Date(value) : value);
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** A waiting time for people: "45 Sekunden", "12 Minuten", "3 Stunden", "2 Tage". */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return s === 1 ? "1 Sekunde" : `${s} Sekunden`;
  const m = Math.floor(s / 60);
  if (m < 60) return m === 1 ? "1 Minute" : `${m} Minuten`;
  const h = Math.floor(m / 60);
  if (h < 48) return h === 1 ? "1 Stunde" : `${h} Stunden`;
  return `${formatNumber(Math.floor(h / 24))} Tage`;
}
