import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { ReportView, reportScopeText } from "@/components/reports/report-view";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/components/ui/format";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { canViewReports } from "@/lib/policies/report-policy";
import { getReportFilterOptions, getS6Report } from "@/lib/reports/get-s6-report";
import type { S6Report } from "@/lib/reports/s6-report";
import type { SearchParams } from "../_lib/page-errors";
import { reportQueryFrom, reportQueryString } from "./report-query";

export const metadata: Metadata = { title: "Berichte (S6)" };

/**
 * S6 statistics for a MiV (its Land) or a BeV (its services, per Land): period and service filter, the
 * report with charts and tables, CSV download and the printable report for the BeV (issue 8).
 */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/berichte");
  if (!canViewReports(actor)) forbidden();
  const query = reportQueryFrom(await searchParams);
  const options = await getReportFilterOptions(actor);
  let report: S6Report | null = null;
  let problems: { path: string; message: string }[] = [];
  try {
    report = (await getS6Report(actor, query)).report;
  } catch (e) {
    if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
    if (!isAppError(e) || e.code !== "VALIDATION") throw e;
    problems = e.problems.length ? e.problems : [{ path: "from", message: e.message }];
  }
  const errors = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  const values = {
    from: report?.period.from ?? query.from ?? "",
    to: report?.period.to ?? query.to ?? "",
    service: report?.service?.key ?? query.service ?? "",
    land: report?.kind === "BETREIBER" ? (report.land?.ars ?? "") : (query.land ?? ""),
  };
  const isMiv = actor.role === "MIV";
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack">
        <h1 className="kern-heading-x-large">Berichte (S6)</h1>
        <p className="kern-body">
          {isMiv
            ? "Häufige Fragen und Probleme aus der Arbeit des 115-Servicecenters für Ihr Land und seine Kommunen – als Grundlage für den regelmäßigen Bericht an die Betriebsverantwortlichen (BeV)."
            : "Häufige Fragen und Probleme aus der Arbeit der 115-Servicecenter zu den Onlinediensten, die Ihr Land betreibt – über alle Länder, die sie nutzen, und je Land."}
        </p>
      </div>
      <ReportFilterForm values={values} services={options.services} lands={options.lands} errors={errors} />
      {problems.length ? (
        <Alert variant="danger" title="Der Bericht ließ sich mit diesen Angaben nicht erstellen" titleAs="h2" role="alert">
          <ul className="kern-body">
            {problems.map((p) => (
              <li key={p.path + p.message}>{p.message}</li>
            ))}
          </ul>
          <p className="kern-body">Bitte die markierten Felder korrigieren und den Bericht erneut anzeigen.</p>
        </Alert>
      ) : null}
      {report ? (
        <>
          <div className="kern-stack">
            <p className="kern-body">
              <strong>Bericht:</strong> {reportScopeText(report)} Stand {formatDateTime(report.generatedAt)}.
            </p>
            <div className="kern-flex kern-flex-wrap kern-gap-md efa-no-print">
              <a className="kern-btn kern-btn--secondary" href={`/api/reports/s6?${reportQueryString(report)}&format=csv`} download>
                <span className="kern-icon kern-icon--download" aria-hidden="true" />
                <span className="kern-label">CSV herunterladen</span>
              </a>
              <Link className="kern-btn kern-btn--secondary" href={`/berichte/druck?${reportQueryString(report)}`}>
                <span className="kern-icon kern-icon--draft" aria-hidden="true" />
                <span className="kern-label">{isMiv ? "Bericht für den BeV (Druckansicht)" : "Druckansicht"}</span>
              </Link>
            </div>
            <p className="kern-hint">
              CSV und Druckansicht sind für andere Organisationen bestimmt: Anzahlen von 1 bis 4 stehen dort als „&lt; 5“, Anfragen und
              Gründe, die seltener als fünfmal vorkamen, fehlen. Die Spalten beschreibt docs/reports.md.
            </p>
          </div>
          <ReportView report={report} />
        </>
      ) : null}
    </div>
  );
}
