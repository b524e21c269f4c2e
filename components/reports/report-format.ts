import { formatNumber } from "@/components/ui/format";

/** A count of a report: a number, or "< 5" in an anonymised report. */
export type ReportCount = number | "< 5";

/** "1.234" or "< 5". */
export function formatCount(count: ReportCount): string {
  return typeof count === "number" ? formatNumber(count) : count;
}

/** The value a bar is drawn with: "< 5" as 2.5, the middle of what it stands for. */
export function barValue(count: ReportCount): number {
  return typeof count === "number" ? count : 2.5;
}

/** A duration for people: "45 Min.", "3 Std. 35 Min.", "2 Tage 4 Std.". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} Min.`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} Std. ${m % 60} Min.` : `${h} Std.`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} ${d === 1 ? "Tag" : "Tage"} ${h % 24} Std.` : `${d} ${d === 1 ? "Tag" : "Tage"}`;
}

/** "in Prozent von": 0-100, one decimal; null when there is nothing to compare with. */
export function share(part: ReportCount, whole: ReportCount): string | null {
  if (typeof part !== "number" || typeof whole !== "number" || whole === 0) return null;
  return `${(Math.round((part / whole) * 1000) / 10).toLocaleString("de-DE")} %`;
}
