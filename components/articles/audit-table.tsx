import Link from "next/link";
import type { AuditItem } from "@/lib/audit/list-audit";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { auditActionLabel } from "./labels";

function Arrow() {
  return (
    <>
      <span aria-hidden="true"> → </span>
      <span className="kern-sr-only"> zu </span>
    </>
  );
}

function Versions({ item }: { item: Pick<AuditItem, "fromRevision" | "toRevision"> }) {
  const { fromRevision: a, toRevision: b } = item;
  if (a === null && b === null) return <>–</>;
  if (a === null) return <>neu: {b}</>;
  if (b === null || a === b) return <>{a}</>;
  return (
    <>
      {a}
      <Arrow />
      {b}
    </>
  );
}

/** The reason of a rejection, if the audit row carries one (details are free JSON). */
function commentOf(details: unknown): string | null {
  if (typeof details !== "object" || details === null || !("comment" in details)) return null;
  const comment = (details as { comment: unknown }).comment;
  return typeof comment === "string" && comment ? comment : null;
}

interface AuditTableProps {
  items: AuditItem[];
  caption: string;
  /** the global log names the article of each row */
  showArticle?: boolean;
}

/** Who did what when, with the revision numbers before and after. */
export function AuditTable({ items, caption, showArticle = false }: AuditTableProps) {
  if (items.length === 0) return <EmptyState>Das Protokoll enthält keine Einträge.</EmptyState>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Zeit</th>
            <th className="kern-table__header" scope="col">Wer</th>
            <th className="kern-table__header" scope="col">Aktion</th>
            {showArticle ? <th className="kern-table__header" scope="col">Artikel</th> : null}
            <th className="kern-table__header" scope="col">Version (von → zu)</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((item) => {
            const comment = commentOf(item.details);
            return (
              <tr className="kern-table__row" key={item.id}>
                <td className="kern-table__cell">{formatDateTime(item.at)}</td>
                <td className="kern-table__cell">{item.actor}</td>
                <td className="kern-table__cell">
                  {auditActionLabel(item.action)}
                  {comment ? <span className="kern-body kern-body--small efa-cell-note">Begründung: {comment}</span> : null}
                </td>
                {showArticle ? (
                  <td className="kern-table__cell">
                    {item.articleId ? (
                      <Link className="kern-link" href={`/artikel/${encodeURIComponent(item.articleId)}`}>
                        {item.articleTitle ?? "Artikel ohne Titel"}
                      </Link>
                    ) : (
                      "–"
                    )}
                  </td>
                ) : null}
                <td className="kern-table__cell">
                  <Versions item={item} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
