import { StatusBadge } from "@/components/articles/status-badge";
import { revisionStatusLabel } from "@/components/articles/labels";
import type { VariantListItem } from "@/lib/variants/list-variants";

/** The state of a variant in a list: its newest revision, whether agents see it, and what needs a decision. */
export function VariantStatus({ item }: { item: Pick<VariantListItem, "headStatus" | "isPublished" | "isStale" | "isParentArchived"> }) {
  return (
    <div className="kern-stack-sm">
      <span>
        {item.headStatus ? revisionStatusLabel(item.headStatus) : "Ohne Inhalt"}
        {item.isPublished && item.headStatus !== "PUBLISHED" ? " (eine frühere Fassung ist veröffentlicht)" : ""}
      </span>
      {item.isStale || item.isParentArchived ? (
        <ul className="efa-badges" aria-label="Zu entscheiden">
          {item.isParentArchived ? (
            <li>
              <StatusBadge variant="danger" label="Elternartikel archiviert" />
            </li>
          ) : null}
          {item.isStale ? (
            <li>
              <StatusBadge variant="warning" label="Basis geändert" />
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
