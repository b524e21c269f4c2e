import Link from "next/link";
import type { RegionServiceSummary } from "@/lib/dashboard/summarise-services-for-region";
import { formatNumber } from "@/components/ui/format";

interface RegionServicesTableProps {
  caption: string;
  services: RegionServiceSummary[];
  /** "Ihr Land" or "Ihre Kommune": whose variants are counted. */
  ownerLabel: string;
}

/** MiV/Kommune: services available to the region, with base articles and the region's own variants. */
export function RegionServicesTable({ caption, services, ownerLabel }: RegionServicesTableProps) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Onlinedienst</th>
            <th className="kern-table__header" scope="col">Betreibendes Land</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">Veröffentlichte Basisartikel</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">Varianten ({ownerLabel})</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">davon veröffentlicht</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {services.map((s) => (
            <tr className="kern-table__row" key={s.id}>
              <th className="kern-table__header" scope="row">
                <Link className="kern-link" href={`/artikel?dienst=${encodeURIComponent(s.id)}`}>
                  {s.name}
                  <span className="kern-sr-only"> (Artikel anzeigen)</span>
                </Link>
              </th>
              <td className="kern-table__cell">{s.operatorName}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.publishedBaseArticles)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.ownVariants)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(s.ownVariantsPublished)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
