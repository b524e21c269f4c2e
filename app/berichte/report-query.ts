import { firstParam } from "../_lib/page-errors";

/** The report query from the page's URL (same names as GET /api/reports/s6); empty fields count as not given. */
export function reportQueryFrom(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const value = (name: string) => (firstParam(params[name]) ?? "").trim() || undefined;
  return { from: value("from"), to: value("to"), service: value("service"), land: value("land") };
}

/** The query string of a report (period as resolved, service and Land if chosen). */
export function reportQueryString(report: { period: { from: string; to: string }; service: { key: string } | null; kind: string; land: { ars: string } | null }): string {
  const q = new URLSearchParams({ from: report.period.from, to: report.period.to });
  if (report.service) q.set("service", report.service.key);
  if (report.kind === "BETREIBER" && report.land) q.set("land", report.land.ars);
  return q.toString();
}
