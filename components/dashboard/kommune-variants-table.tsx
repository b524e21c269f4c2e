import type { KommuneStart } from "@/lib/dashboard/get-kommune-start";
import { REVISION_STATUS_LABELS } from "@/lib/articles/vocabulary";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatNumber } from "@/components/ui/format";

/** Kommune: its own variants, most recently changed first. */
export function KommuneVariantsTable({ start }: { start: Pick<KommuneStart, "variants" | "variantsTotal"> }) {
  if (start.variants.length === 0) {
    return (
      <EmptyState>
        Ihre Kommune hat noch keine Varianten. Eine Variante passt einen veröffentlichten Artikel an die örtlichen
        Gegebenheiten an oder ergänzt ihn.
      </EmptyState>
    );
  }
  return (
    <div className="kern-stack">
      {start.variantsTotal > start.variants.length ? (
        <p className="kern-body">
          Angezeigt werden die {formatNumber(start.variants.length)} zuletzt geänderten von{" "}
          {formatNumber(start.variantsTotal)} Varianten.
        </p>
      ) : null}
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">Varianten Ihrer Kommune</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Artikel</th>
              <th className="kern-table__header" scope="col">Onlinedienst</th>
              <th className="kern-table__header" scope="col">Stand</th>
              <th className="kern-table__header" scope="col">Geändert am</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {start.variants.map((v) => (
              <tr className="kern-table__row" key={v.articleId}>
                <th className="kern-table__header" scope="row">
                  {v.title}
                </th>
                <td className="kern-table__cell">{v.serviceName}</td>
                <td className="kern-table__cell">
                  {v.headStatus ? REVISION_STATUS_LABELS[v.headStatus] : "Ohne Inhalt"}
                  {v.isPublished && v.headStatus !== "PUBLISHED" ? " (eine frühere Fassung ist veröffentlicht)" : ""}
                  {v.isParentNewer ? (
                    <span className="kern-body kern-body--small efa-cell-note">
                      Die Vorlage wurde geändert: Bitte übernehmen oder anpassen.
                    </span>
                  ) : null}
                </td>
                <td className="kern-table__cell">{formatDateTime(v.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
