import Link from "next/link";
import type { Ref, KeyboardEvent } from "react";
import { StatusBadge } from "@/components/articles/status-badge";
import { ARTICLE_TYPE_LABELS, CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import { scopeBadge } from "./labels";
import type { Hit } from "./search-client";

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

interface HitCardProps {
  hit: Hit;
  index: number;
  href: string;
  /** the hit's service has an active incident in the region */
  isServiceDisrupted: boolean;
  linkRef: Ref<HTMLAnchorElement>;
  onLinkKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, index: number) => void;
  onOpen: () => void;
}

/** One hit: title (the link), the Sprechtext prominent, service, type, categories and badges in words. */
export function HitCard({ hit, index, href, isServiceDisrupted, linkRef, onLinkKeyDown, onOpen }: HitCardProps) {
  const id = `treffer-${index}`;
  const origin = scopeBadge(hit.scope, hit.regionName);
  const isActiveIncident = hit.incident?.isActive === true;
  const hasBadges = origin !== null || hit.isStale || isActiveIncident || isServiceDisrupted;
  return (
    <li className="efa-hit">
      <h3 className="kern-heading-small efa-hit__title">
        <Link href={href} id={id} ref={linkRef} className="kern-link" aria-describedby={`${id}-sprechtext ${id}-angaben${hasBadges ? ` ${id}-hinweise` : ""}`} onKeyDown={(e) => onLinkKeyDown(e, index)} onClick={onOpen}>
          {hit.title}
        </Link>
      </h3>
      <p className="kern-body efa-hit__sprechtext" id={`${id}-sprechtext`}>
        <span className="kern-sr-only">Sprechtext: </span>
        {hit.shortAnswer}
      </p>
      <p className="kern-body kern-body--small" id={`${id}-angaben`}>
        {hit.service.name} · {ARTICLE_TYPE_LABELS[hit.type]}
        {hit.categories.length ? ` · ${hit.categories.map(categoryLabel).join(", ")}` : ""}
      </p>
      {hasBadges ? (
        <ul className="efa-badges" id={`${id}-hinweise`} aria-label="Hinweise">
          {origin ? (
            <li>
              <StatusBadge variant="info" label={origin} />
            </li>
          ) : null}
          {hit.isStale ? (
            <li>
              <StatusBadge variant="warning" label="Basis geändert" />
            </li>
          ) : null}
          {isActiveIncident || isServiceDisrupted ? (
            <li>
              <StatusBadge variant="danger" label={isActiveIncident ? "Störung" : "Störung im Dienst"} />
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
