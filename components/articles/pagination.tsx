import Link from "next/link";
import { formatNumber } from "@/components/ui/format";

interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** Previous / next page links with the position in words. */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Seiten der Liste" className="efa-pagination">
      {page > 1 ? (
        <Link className="kern-btn kern-btn--secondary" href={hrefFor(page - 1)} rel="prev">
          <span className="kern-icon kern-icon--chevron-left" aria-hidden="true" />
          <span className="kern-label">Vorherige Seite</span>
        </Link>
      ) : null}
      <p className="kern-body">
        Seite {formatNumber(page)} von {formatNumber(pageCount)}
      </p>
      {page < pageCount ? (
        <Link className="kern-btn kern-btn--secondary" href={hrefFor(page + 1)} rel="next">
          <span className="kern-label">Nächste Seite</span>
          <span className="kern-icon kern-icon--chevron-right" aria-hidden="true" />
        </Link>
      ) : null}
    </nav>
  );
}
