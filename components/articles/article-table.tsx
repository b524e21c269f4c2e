import Link from "next/link";
import type { ArticleListItem } from "@/lib/articles/list-articles";
import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES, CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime, formatNumber } from "@/components/ui/format";
import { ARTICLE_STATE_LABELS } from "./labels";

const typeLabel = (t: string) => ((ARTICLE_TYPES as readonly string[]).includes(t) ? ARTICLE_TYPE_LABELS[t as (typeof ARTICLE_TYPES)[number]] : t);
const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

/** The article list: title links to the article, the state in words. */
export function ArticleTable({ items, total, isFiltered }: { items: ArticleListItem[]; total: number; isFiltered: boolean }) {
  if (items.length === 0) {
    return (
      <EmptyState>
        {isFiltered
          ? "Zu diesem Filter gibt es keine Artikel. Ändern Sie den Filter oder setzen Sie ihn zurück."
          : "Es gibt noch keine Artikel zu den Onlinediensten Ihres Landes."}
      </EmptyState>
    );
  }
  return (
    <div className="kern-stack">
      <p className="kern-body" role="status">
        {total === 1 ? "1 Artikel gefunden." : `${formatNumber(total)} Artikel gefunden.`}
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-sr-only">Artikel, zuletzt geänderte zuerst</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Titel</th>
              <th className="kern-table__header" scope="col">Art</th>
              <th className="kern-table__header" scope="col">Onlinedienst</th>
              <th className="kern-table__header" scope="col">Stand</th>
              <th className="kern-table__header" scope="col">Kategorien</th>
              <th className="kern-table__header" scope="col">Geändert am</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {items.map((a) => (
              <tr className="kern-table__row" key={a.id}>
                <th className="kern-table__header" scope="row">
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(a.id)}`}>
                    {a.title}
                  </Link>
                </th>
                <td className="kern-table__cell">{typeLabel(a.type)}</td>
                <td className="kern-table__cell">{a.service}</td>
                <td className="kern-table__cell">
                  {ARTICLE_STATE_LABELS[a.state]}
                  {a.hasPendingDraft && a.state !== "VEROEFFENTLICHT" ? (
                    <span className="kern-body kern-body--small efa-cell-note">eine frühere Fassung ist veröffentlicht</span>
                  ) : null}
                </td>
                <td className="kern-table__cell">{a.categories.length ? a.categories.map(categoryLabel).join(", ") : "–"}</td>
                <td className="kern-table__cell">{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
