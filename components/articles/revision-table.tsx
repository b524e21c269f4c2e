import type { RevisionListItem } from "@/lib/articles/get-article";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { revisionStatusLabel } from "./labels";
import { RestoreRevisionButton } from "./restore-revision-button";

interface RevisionTableProps {
  articleId: string;
  revisions: RevisionListItem[];
  canRestore: boolean;
}

function review(r: RevisionListItem): string {
  if (!r.reviewedBy && !r.reviewComment) return "–";
  return [r.reviewedBy ? `von ${r.reviewedBy}` : null, r.reviewComment ? `Begründung: ${r.reviewComment}` : null].filter(Boolean).join(" · ");
}

/**
 * Revisions, newest first, with two radio groups ("von", "zu") for the comparison: a GET form to
 * /artikel/[id]/vergleich. Default: the previous against the newest revision.
 */
export function RevisionTable({ articleId, revisions, canRestore }: RevisionTableProps) {
  if (revisions.length === 0) return <EmptyState>Dieser Artikel hat noch keine Version.</EmptyState>;
  const newest = revisions[0];
  const previous = revisions[1] ?? revisions[0];
  const base = `/artikel/${encodeURIComponent(articleId)}`;
  return (
    <form method="get" action={`${base}/vergleich`} className="kern-stack-lg">
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">Versionen, neueste zuerst</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Nr.</th>
              <th className="kern-table__header" scope="col">Status</th>
              <th className="kern-table__header" scope="col">Datum</th>
              <th className="kern-table__header" scope="col">Autor/in</th>
              <th className="kern-table__header" scope="col">Änderungsnotiz</th>
              <th className="kern-table__header" scope="col">Prüfung</th>
              <th className="kern-table__header" scope="col">Vergleich von</th>
              <th className="kern-table__header" scope="col">Vergleich zu</th>
              {canRestore ? (
                <th className="kern-table__header" scope="col">
                  <span className="kern-sr-only">Wiederherstellen</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {revisions.map((r) => (
              <tr className="kern-table__row" key={r.id}>
                <th className="kern-table__header" scope="row">
                  {r.number}
                </th>
                <td className="kern-table__cell">
                  {revisionStatusLabel(r.status)}
                  {r.isPublished ? <span className="kern-body kern-body--small efa-cell-note">wird angezeigt</span> : null}
                  {r.isHead && !r.isPublished ? <span className="kern-body kern-body--small efa-cell-note">neueste Version</span> : null}
                </td>
                <td className="kern-table__cell">{formatDateTime(r.createdAt)}</td>
                <td className="kern-table__cell">{r.author ?? "Import"}</td>
                <td className="kern-table__cell">{r.changeNote ?? "–"}</td>
                <td className="kern-table__cell">{review(r)}</td>
                <td className="kern-table__cell">
                  <div className="kern-form-check">
                    <input className="kern-form-check__radio" type="radio" name="von" value={r.id} id={`von-${r.id}`} defaultChecked={r.id === previous?.id} />
                    <label className="kern-label" htmlFor={`von-${r.id}`}>
                      <span className="kern-sr-only">Version {r.number} vergleichen von</span>
                    </label>
                  </div>
                </td>
                <td className="kern-table__cell">
                  <div className="kern-form-check">
                    <input className="kern-form-check__radio" type="radio" name="zu" value={r.id} id={`zu-${r.id}`} defaultChecked={r.id === newest?.id} />
                    <label className="kern-label" htmlFor={`zu-${r.id}`}>
                      <span className="kern-sr-only">Version {r.number} vergleichen zu</span>
                    </label>
                  </div>
                </td>
                {canRestore ? (
                  <td className="kern-table__cell efa-nowrap">
                    {r.isHead ? null : <RestoreRevisionButton articleId={articleId} revisionId={r.id} number={r.number} />}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {revisions.length > 1 ? (
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Vergleichen</span>
          </button>
        </div>
      ) : null}
    </form>
  );
}
