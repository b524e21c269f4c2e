import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PrintButton } from "@/components/reports/print-button";
import { ReportView, reportScopeText } from "@/components/reports/report-view";
import { formatDateTime } from "@/components/ui/format";
import { requireActor } from "@/lib/auth/session";
import { canViewReports } from "@/lib/policies/report-policy";
import { getS6Export } from "@/lib/reports/get-s6-report";
import { loadForPage, type SearchParams } from "../../_lib/page-errors";
import { reportQueryFrom, reportQueryString } from "../report-query";

export const metadata: Metadata = { title: "S6-Bericht (Druckansicht)" };

/**
 * The report as it leaves the organisation (for a MiV: the report for the BeV), k-anonymised, laid out for
 * printing or saving as PDF from the browser. Bad input leads back to the report page, which names it.
 */
export default async function ReportPrintPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/berichte/druck");
  if (!canViewReports(actor)) forbidden();
  const query = reportQueryFrom(await searchParams);
  const report = await loadForPage(() => getS6Export(actor, query));
  const isMiv = report.kind === "LAND";
  return (
    <article className="kern-stack-lg efa-print">
      <div className="kern-flex kern-flex-wrap kern-gap-md efa-no-print">
        <PrintButton />
        <Link className="kern-btn kern-btn--tertiary" href={`/berichte?${reportQueryString(report)}`}>
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          <span className="kern-label">Zurück zum Bericht</span>
        </Link>
      </div>
      <header className="kern-stack">
        <h1 className="kern-heading-x-large">{isMiv ? `S6-Bericht des Landes ${report.land?.name ?? report.organisation.name} für den BeV` : "S6-Bericht der Betriebsverantwortung"}</h1>
        <p className="kern-body">{reportScopeText(report)}</p>
        <p className="kern-body">
          Erstellt am {formatDateTime(report.generatedAt)} von {report.organisation.name} mit EfA-Wissen. Grundlage sind die Suchen und Rückmeldungen
          der 115-Servicecenter; Anfragen sind maskiert, Anzahlen unter 5 stehen als „&lt; 5“, seltene Anfragen und Gründe sind nicht aufgeführt.
        </p>
      </header>
      <ReportView report={report} />
    </article>
  );
}
