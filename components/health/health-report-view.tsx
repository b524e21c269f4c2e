import type { ComponentHealth, HealthReport, HealthStatus } from "@/lib/health/check-health";
import { Alert, type AlertVariant } from "@/components/ui/alert";
import { formatAge, formatDateTime, formatNumber } from "@/components/ui/format";

// Pending index work older than this means changes reach the search noticeably late.
const OUTBOX_DELAY_WARNING_SECONDS = 5 * 60;

const OVERALL: Record<HealthStatus, { variant: AlertVariant; title: string; text: string }> = {
  ok: {
    variant: "success",
    title: "Betriebsbereit",
    text: "Alle Dienste arbeiten normal.",
  },
  degraded: {
    variant: "warning",
    title: "Eingeschränkt",
    text: "Die Suche steht zurzeit nicht oder nicht vollständig zur Verfügung. Artikel können weiter gelesen und bearbeitet werden; Änderungen erreichen die Suche, sobald sie wieder verfügbar ist.",
  },
  down: {
    variant: "danger",
    title: "Gestört",
    text: "EfA-Wissen kann zurzeit nicht genutzt werden, weil die Datenbank nicht erreichbar ist. Bitte versuchen Sie es später erneut; besteht die Störung fort, wenden Sie sich an den Betrieb.",
  },
};

function ComponentState({ health }: { health: ComponentHealth }) {
  const variant = health.ok ? "success" : "danger";
  return (
    <span className={`kern-badge kern-badge--small kern-badge--${variant}`}>
      <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
      <span className="kern-label">{health.ok ? "Erreichbar" : "Gestört"}</span>
    </span>
  );
}

function latency(health: ComponentHealth): string {
  return health.latencyMs === undefined ? "–" : `${formatNumber(health.latencyMs)} ms`;
}

/** The status page: overall state as a KERN alert, then one row per component. */
export function HealthReportView({ report }: { report: HealthReport }) {
  const overall = OVERALL[report.status];
  const outbox = report.outbox;
  const isOutboxLate = outbox?.oldestAgeSeconds != null && outbox.oldestAgeSeconds > OUTBOX_DELAY_WARNING_SECONDS;

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Systemstatus</h1>
      <Alert variant={overall.variant} title={`Status: ${overall.title}`} titleAs="h2">
        <p className="kern-body">{overall.text}</p>
      </Alert>

      <div className="kern-table-responsive">
        <table className="kern-table">
          <caption className="kern-title">Dienste im Einzelnen</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Dienst</th>
              <th className="kern-table__header" scope="col">Zustand</th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">Antwortzeit</th>
              <th className="kern-table__header" scope="col">Hinweis</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="row">Datenbank</th>
              <td className="kern-table__cell"><ComponentState health={report.database} /></td>
              <td className="kern-table__cell kern-table__cell--numeric">{latency(report.database)}</td>
              <td className="kern-table__cell">{report.database.error ?? "–"}</td>
            </tr>
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="row">Suchmaschine</th>
              <td className="kern-table__cell"><ComponentState health={report.search} /></td>
              <td className="kern-table__cell kern-table__cell--numeric">{latency(report.search)}</td>
              <td className="kern-table__cell">{report.search.error ?? "–"}</td>
            </tr>
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="row">Warteschlange für die Suche</th>
              <td className="kern-table__cell" colSpan={3}>
                {outbox === null
                  ? "Nicht abrufbar, solange die Datenbank nicht erreichbar ist."
                  : outbox.pending === 0
                    ? "Keine ausstehenden Änderungen."
                    : `${formatNumber(outbox.pending)} ${outbox.pending === 1 ? "ausstehende Änderung" : "ausstehende Änderungen"}` +
                      (outbox.oldestAgeSeconds !== null ? `, die älteste wartet seit ${formatAge(outbox.oldestAgeSeconds)}.` : ".")}
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      {isOutboxLate ? (
        <Alert variant="info" title="Änderungen erreichen die Suche verzögert">
          <p className="kern-body">
            Veröffentlichte Änderungen warten länger als üblich auf die Übernahme in die Suche. In der Datenbank sind sie
            bereits gespeichert.
          </p>
        </Alert>
      ) : null}

      <p className="kern-body kern-body--small">
        Version {report.version} · geprüft am {formatDateTime(report.checkedAt)} Uhr
      </p>
    </div>
  );
}
