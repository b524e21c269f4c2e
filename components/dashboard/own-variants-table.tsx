import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { VariantStatus } from "@/components/variants/variant-status";
import type { VariantListItem } from "@/lib/variants/list-variants";

interface OwnVariantsTableProps {
  variants: VariantListItem[];
  /** "Varianten Ihres Landes" / "Varianten Ihrer Kommune" */
  caption: string;
  empty: string;
}

/** MiV/Kommune: the region's own variants; those to decide on ("Basis geändert", "Elternartikel archiviert") first. */
export function OwnVariantsTable({ variants, caption, empty }: OwnVariantsTableProps) {
  if (variants.length === 0) return <EmptyState>{empty}</EmptyState>;
  const toDecide = variants.filter((v) => v.isStale || v.isParentArchived).length;
  return (
    <div className="kern-stack">
      {toDecide > 0 ? (
        <p className="kern-body">
          {toDecide === 1
            ? "Bei einer Variante hat sich der Elternartikel geändert oder wurde archiviert. Sie steht oben; öffnen Sie sie, um zu entscheiden."
            : `Bei ${toDecide} Varianten hat sich der Elternartikel geändert oder wurde archiviert. Sie stehen oben; öffnen Sie sie, um zu entscheiden.`}
        </p>
      ) : null}
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">{caption}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Artikel</th>
              <th className="kern-table__header" scope="col">Onlinedienst</th>
              <th className="kern-table__header" scope="col">Abgeleitet von</th>
              <th className="kern-table__header" scope="col">Stand</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {variants.map((v) => (
              <tr className="kern-table__row" key={v.id}>
                <th className="kern-table__header" scope="row">
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(v.id)}`}>
                    {v.title || "(ohne Titel)"}
                  </Link>
                </th>
                <td className="kern-table__cell">{v.service}</td>
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
