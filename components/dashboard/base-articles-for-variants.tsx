import Link from "next/link";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/vocabulary";
import type { ServiceBaseArticles } from "@/lib/variants/list-variants";
import { EmptyState } from "@/components/ui/empty-state";
import { formatNumber } from "@/components/ui/format";
import { DeriveVariantButton } from "@/components/variants/derive-variant-button";

/** MiV start page: per co-used service its published base articles, each with the Land's variant or "Variante anlegen". */
export function BaseArticlesForVariants({ groups }: { groups: ServiceBaseArticles[] }) {
  if (groups.length === 0) return <EmptyState>Ihr Land nutzt noch keinen Onlinedienst eines anderen Landes mit.</EmptyState>;
  return (
    <div>
      {groups.map(({ service, articles }) => {
        const adapted = articles.filter((a) => a.ownVariantId).length;
        return (
          <details className="kern-accordion" key={service.id}>
            <summary className="kern-accordion__header">
              <span className="kern-title">
                {service.name}: {formatNumber(articles.length)} Basisartikel, {formatNumber(adapted)} davon mit Variante Ihres Landes
              </span>
            </summary>
            <div className="kern-accordion__body">
              {articles.length === 0 ? (
                <EmptyState>Das betreibende Land ({service.operatorName}) hat noch keinen Artikel veröffentlicht.</EmptyState>
              ) : (
                <div className="kern-table-responsive">
                  <table className="kern-table kern-table--striped">
                    <caption className="kern-title">Basisartikel von {service.name} ({service.operatorName})</caption>
                    <thead className="kern-table__head">
                      <tr className="kern-table__row">
                        <th className="kern-table__header" scope="col">Artikel</th>
                        <th className="kern-table__header" scope="col">Art</th>
                        <th className="kern-table__header" scope="col">Variante Ihres Landes</th>
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {articles.map((a) => (
                        <tr className="kern-table__row" key={a.id}>
                          <th className="kern-table__header" scope="row">
                            <Link className="kern-link" href={`/artikel/${encodeURIComponent(a.id)}`}>
                              {a.title}
                            </Link>
                          </th>
                          <td className="kern-table__cell">{ARTICLE_TYPE_LABELS[a.type]}</td>
                          <td className="kern-table__cell">
                            {a.ownVariantId ? (
                              <Link className="kern-link" href={`/artikel/${encodeURIComponent(a.ownVariantId)}`}>
                                Variante öffnen<span className="kern-sr-only"> zu „{a.title}“</span>
                              </Link>
                            ) : a.canDerive ? (
                              <DeriveVariantButton parentId={a.id} context={a.title} size="small" />
                            ) : (
                              "nicht möglich"
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}
