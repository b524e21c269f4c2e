import type { ComponentHealth, HealthReport, HealthStatus } from "@/lib/health/check-health";
import { isOutboxDelayed, OUTBOX_DELAY_LIMIT_SECONDS } from "@/lib/health/health-status";
import { Alert, type AlertVariant } from "@/components/ui/alert";
import { formatAge, formatDateTime, formatNumber } from "@/components/ui/format";

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

const LAGGING = {
  variant: "warning",
  title: "Eingeschränkt",
  text: "Die Suche antwortet, zeigt aber noch nicht alle Änderungen: Veröffentlichte Änderungen erreichen die Suche verzögert (Hinweise unten). Artikel können weiter gelesen und bearbeitet werden.",
} as const satisfies (typeof OVERALL)[HealthStatus];

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
  const outbox = report.outbox;
  const isOutboxLate = isOutboxDelayed(outbox);
  // degraded only because the index lags: the search answers, but with an older state
  const overall = report.status === "degraded" && report.search.ok && isOutboxLate ? LAGGING : OVERALL[report.status];

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
        <Alert variant="warning" title="Änderungen erreichen die Suche verzögert" titleAs="h2">
          <div className="kern-stack-sm">
            <p className="kern-body">
              Die älteste veröffentlichte Änderung wartet seit {formatAge(outbox?.oldestAgeSeconds ?? 0)} auf die Übernahme in die
              Suche (üblich sind wenige Sekunden, ab {formatAge(OUTBOX_DELAY_LIMIT_SECONDS)} gilt der Zustand als eingeschränkt). In
              der Datenbank sind die Änderungen gespeichert; es geht nichts verloren. Bis sie übernommen sind, findet die Suche
              für die betroffenen Artikel noch den vorherigen Stand oder, bei neuen Artikeln, nichts.
            </p>
            <p className="kern-body">Was zu tun ist:</p>
            <ul className="kern-list">
              <li>
                Servicecenter und Redaktionen: Eine eben veröffentlichte Änderung über die Artikelliste oder die Artikelseite
                öffnen; dort steht immer der aktuelle Stand.
              </li>
              <li>
                Betrieb: Prüfen, ob die Suchmaschine erreichbar ist (Zeile „Suchmaschine“ oben) und der Such-Worker läuft. Er
                startet mit <code>npm start</code>, einzeln mit <code>npm run search:worker</code>; seine Meldungen stehen im
                Protokoll mit dem Zusatz „[Suche]“. Sobald er läuft, übernimmt er alle wartenden Änderungen von selbst.
              </li>
            </ul>
          </div>
        </Alert>
      ) : null}

      <p className="kern-body kern-body--small">
        Version {report.version} · geprüft am {formatDateTime(report.checkedAt)} Uhr
      </p>
    </div>
  );
}
