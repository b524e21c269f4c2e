import type { ExportListItem, XzufiExportOverview } from "@/lib/xzufi/list-exports";
import { SelectField } from "@/components/articles/form-controls";
import { StatusBadge } from "@/components/articles/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatNumber } from "@/components/ui/format";

const ENDPOINT = "/api/xzufi/leistungen";

const STATUS: Record<ExportListItem["status"], { variant: "info" | "success" | "warning" | "danger"; label: string }> = {
  RUNNING: { variant: "info", label: "läuft" },
  COMPLETE: { variant: "success", label: "vollständig ausgeliefert" },
  ABORTED: { variant: "warning", label: "vom Abrufer abgebrochen" },
  FAILED: { variant: "danger", label: "fehlgeschlagen" },
};

const VIA: Record<string, string> = { API: "API-Token", CLI: "Kommandozeile", ADMIN: "Administration" };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function ExportRow({ e, regionName }: { e: ExportListItem; regionName: string }) {
  const status = STATUS[e.status];
  const when = formatDateTime(e.stand);
  return (
    <tr className="kern-table__row">
      <th className="kern-table__header" scope="row">
        {when} Uhr
      </th>
      <td className="kern-table__cell">{e.since ? `Änderungen seit ${formatDateTime(e.since)} Uhr` : "vollständig"}</td>
      <td className="kern-table__cell">
        {e.actorLabel} ({VIA[e.via] ?? e.via})
      </td>
      <td className="kern-table__cell">
        <StatusBadge variant={status.variant} label={status.label} />
      </td>
      <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(e.leistungen)}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(e.loeschungen)}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{size(e.bytes)}</td>
      <td className="kern-table__cell">
        {e.unmappable ? `${formatNumber(e.unmappable)} Zeichen ohne Umschrift ersetzt` : e.transliterated ? `${formatNumber(e.transliterated)} Zeichen umgeschrieben` : "keine"}
      </td>
      <td className="kern-table__cell">
        <ul className="kern-list">
          <li>
            <a className="kern-link" href={`${ENDPOINT}?${e.query}`} download>
              Erneut herunterladen<span className="kern-sr-only">: {regionName}, Export vom {when} Uhr</span>
            </a>{" "}
            {e.isUnchanged ? "(Daten unverändert: gleiche Datei)" : "(mit den Daten von jetzt)"}
          </li>
          <li>
            <a className="kern-link" href={`${ENDPOINT}?${e.sinceQuery}`} download>
              Änderungen seit diesem Export<span className="kern-sr-only">: {regionName}, Stand {when} Uhr</span>
            </a>
          </li>
        </ul>
      </td>
    </tr>
  );
}

/** Admin: download an export and see the last exports per region. */
export function ExportOverviewView({ overview }: { overview: XzufiExportOverview }) {
  return (
    <div className="kern-stack-lg">
      <section className="kern-stack" aria-labelledby="xzufi-herunterladen">
        <h2 className="kern-heading-medium" id="xzufi-herunterladen">
          Export herunterladen
        </h2>
        <p className="kern-body">
          Die Datei enthält für jede Leistung der Onlinedienste der Region die dort wirksamen Inhalte im Format XZuFi 2.2.0, so wie sie auch ein
          XZuFi-Abrufer unter {ENDPOINT} erhält. Der Download wird unten protokolliert.
        </p>
        <form method="get" action={ENDPOINT} className="efa-filter" aria-label="XZuFi-Export herunterladen">
          <div className="efa-filter__fields">
            <SelectField
              id="xzufi-region"
              name="region"
              label="Region"
              hint="Land oder Kommune; Kommunen erhalten die Inhalte ihres Landes und ihre eigenen Varianten."
              options={overview.regions.map((r) => ({ value: r.ars, label: `${r.name} (${r.kind === "LAND" ? "Land" : "Kommune"}, ${r.ars})` }))}
            />
          </div>
          <div className="kern-flex kern-flex-wrap kern-gap-md">
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">Vollständigen Export herunterladen</span>
            </button>
          </div>
        </form>
      </section>

      <section className="kern-stack" aria-labelledby="xzufi-letzte">
        <h2 className="kern-heading-medium" id="xzufi-letzte">
          Letzte Exporte je Region
        </h2>
        {overview.recent.length === 0 ? (
          <EmptyState>Noch kein Export: Sobald ein XZuFi-Abrufer, die Kommandozeile oder die Administration einen Export holt, steht er hier.</EmptyState>
        ) : (
          overview.recent.map((region) => (
            <div className="kern-table-responsive" key={region.ars}>
              <table className="kern-table kern-table--striped">
                <caption className="kern-title">
                  {region.name} ({region.ars})
                </caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">Stand</th>
                    <th className="kern-table__header" scope="col">Umfang</th>
                    <th className="kern-table__header" scope="col">Abgerufen durch</th>
                    <th className="kern-table__header" scope="col">Ergebnis</th>
                    <th className="kern-table__header kern-table__header--numeric" scope="col">Leistungen</th>
                    <th className="kern-table__header kern-table__header--numeric" scope="col">Löschungen</th>
                    <th className="kern-table__header kern-table__header--numeric" scope="col">Größe</th>
                    <th className="kern-table__header" scope="col">Zeichen (String.Latin)</th>
                    <th className="kern-table__header" scope="col">Herunterladen</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {region.exports.map((e) => (
                    <ExportRow key={e.id} e={e} regionName={region.name} />
                  ))}
                </tbody>
              </table>
            </div>
          ))
        )}
      </section>
    </div>
  );
}
