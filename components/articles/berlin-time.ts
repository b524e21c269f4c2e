/**
 * Date and time fields (datetime-local) are read and written in German time (Europe/Berlin), the time of
 * the administration, whatever the time zone of the server or the browser. Server and browser therefore
 * render the same value, and the API always receives an unambiguous ISO time.
 */
const ZONE = "Europe/Berlin";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(date: Date): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return { y: Number(p.year), mo: Number(p.month), d: Number(p.day), h: Number(p.hour), mi: Number(p.minute), s: Number(p.second) };
}

/** Offset of Berlin time from UTC at `date`, in milliseconds (1 or 2 hours). */
function offsetAt(date: Date): number {
  const w = wallClock(date);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(date.getTime() / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO time -> "YYYY-MM-DDTHH:mm" in Berlin time for a datetime-local field; "" for none or invalid. */
export function isoToBerlinLocal(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const w = wallClock(date);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/** "YYYY-MM-DDTHH:mm" in Berlin time -> ISO time (UTC); "" stays "", text that is no such value is passed on unchanged for the server to reject. */
export function berlinLocalToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return local.trim();
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the guessed instant is right except within the hour of a clock change; a second pass settles it.
  let instant = asUtc - offsetAt(new Date(asUtc));
  instant = asUtc - offsetAt(new Date(instant));
  return new Date(instant).toISOString();
}

/** The current time as a datetime-local value in Berlin time. */
export function nowBerlinLocal(now = new Date()): string {
  return isoToBerlinLocal(now.toISOString());
}
