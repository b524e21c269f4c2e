import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { VariantListItem } from "@/lib/variants/list-variants";
import { VariantStatus } from "./variant-status";

/** Base article page: which Länder and Kommunen adapted this article, and which of them must decide on a change. */
export function FamilyVariantsTable({ variants }: { variants: VariantListItem[] }) {
  if (variants.length === 0) {
    return <EmptyState>Noch kein Land und keine Kommune hat eine Variante dieses Artikels angelegt.</EmptyState>;
  }
  const stale = variants.filter((v) => v.isStale).length;
  return (
    <div className="kern-stack">
      <p className="kern-body">
        {variants.length === 1 ? "Eine Region passt" : `${variants.length} Regionen passen`} diesen Artikel an.
        {stale > 0 ? ` ${stale === 1 ? "Eine Variante beruht" : `${stale} Varianten beruhen`} noch auf einer älteren Fassung („Basis geändert“).` : ""}
      </p>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">Varianten dieses Artikels</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Region</th>
              <th className="kern-table__header" scope="col">Ebene</th>
              <th className="kern-table__header" scope="col">Abgeleitet von</th>
              <th className="kern-table__header" scope="col">Stand</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {variants.map((v) => (
              <tr className="kern-table__row" key={v.id}>
                <th className="kern-table__header" scope="row">
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(v.id)}`}>
                    {v.regionName}
                    <span className="kern-sr-only"> (Variante ansehen)</span>
                  </Link>
                </th>
                <td className="kern-table__cell">{v.level === "kommune" ? "Kommune" : "Land"}</td>
                <td className="kern-table__cell">{v.parentRegionName ? `Variante für ${v.parentRegionName}` : "Basisartikel"}</td>
                <td className="kern-table__cell">
                  <VariantStatus item={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
