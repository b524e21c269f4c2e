import Link from "next/link";
import type { ReviewerStart } from "@/lib/dashboard/get-reviewer-start";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/vocabulary";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatNumber } from "@/components/ui/format";

/** Reviewer: revisions waiting for a second pair of eyes, oldest first. */
export function ReviewQueueTable({ queue }: { queue: ReviewerStart }) {
  if (queue.items.length === 0) {
    return <EmptyState>Zurzeit wartet keine Revision auf Ihre Prüfung.</EmptyState>;
  }
  return (
    <div className="kern-stack">
      <p className="kern-body">
        {queue.total === 1 ? "1 Revision wartet" : `${formatNumber(queue.total)} Revisionen warten`} auf Prüfung
        {queue.total > queue.items.length ? `; angezeigt werden die ältesten ${formatNumber(queue.items.length)}` : ""}.
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">Revisionen in Prüfung</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Artikel</th>
              <th className="kern-table__header" scope="col">Art</th>
              <th className="kern-table__header" scope="col">Onlinedienst</th>
              <th className="kern-table__header" scope="col">Verfasst von</th>
              <th className="kern-table__header" scope="col">Erstellt am</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {queue.items.map((item) => (
              <tr className="kern-table__row" key={item.revisionId}>
                <th className="kern-table__header" scope="row">
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(item.articleId)}`}>
                    {item.title}
                  </Link>
                  <span className="kern-body kern-body--small efa-cell-note">
                    Revision {item.revisionNumber}
                    {item.isVariant ? ` · Variante ${item.ownerOrgName}` : ""}
                  </span>
                </th>
                <td className="kern-table__cell">{ARTICLE_TYPE_LABELS[item.type]}</td>
                <td className="kern-table__cell">{item.serviceName}</td>
                <td className="kern-table__cell">
                  {item.authorName ?? "unbekannt"}
                  {item.isOwnRevision ? (
                    <span className="kern-body kern-body--small efa-cell-note">
                      Ihre eigene Revision: Eine andere Person muss sie prüfen.
                    </span>
                  ) : null}
                </td>
                <td className="kern-table__cell">{formatDateTime(item.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
