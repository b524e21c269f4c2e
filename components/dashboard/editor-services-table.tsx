import type { EditorServiceSummary } from "@/lib/dashboard/get-editor-start";
import { EmptyState } from "@/components/ui/empty-state";
import { formatNumber } from "@/components/ui/format";

/** BeV: operated online services with article counts and co-using Länder. */
export function EditorServicesTable({ services }: { services: EditorServiceSummary[] }) {
  if (services.length === 0) {
    return (
      <EmptyState>
        Ihr Land betreibt in EfA-Wissen noch keinen Onlinedienst. Onlinedienste werden von der Administration angelegt
        oder per Import übernommen.
      </EmptyState>
    );
  }
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title">Onlinedienste, die Ihr Land betreibt</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Onlinedienst</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">Veröffentlichte Basisartikel</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">In Bearbeitung</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">In Prüfung</th>
            <th className="kern-table__header" scope="col">Mitnutzende Länder</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {services.map((s) => (
            <tr className="kern-table__row" key={s.id}>
              <th className="kern-table__header" scope="row">
                {s.name}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.publishedArticles)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.articlesInWork)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.articlesInReview)}</td>
              <td className="kern-table__cell">
                {s.coUsingLaender.length === 0 ? "Noch keine" : s.coUsingLaender.map((l) => l.name).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
