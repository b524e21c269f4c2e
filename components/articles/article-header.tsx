import type { ArticleView } from "@/lib/articles/get-article";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/vocabulary";
import { revisionStatusLabel } from "./labels";
import { StatusBadge } from "./status-badge";

/** h1 of an article with its type, service and state badges (text, not colour alone). */
export function ArticleHeader({ view, title }: { view: Pick<ArticleView, "type" | "service" | "isArchived" | "published" | "pending">; title: string }) {
  const { published, pending } = view;
  return (
    <div className="kern-stack-sm">
      <p className="kern-preline">
        {ARTICLE_TYPE_LABELS[view.type]} · {view.service.name}
      </p>
      <h1 className="kern-heading-x-large">{title}</h1>
      <ul className="efa-badges" aria-label="Stand">
        {view.isArchived ? (
          <li>
            <StatusBadge variant="info" label="Archiviert" />
          </li>
        ) : null}
        {published ? (
          <li>
            <StatusBadge variant="success" label={`Veröffentlicht (Version ${published.number})`} />
          </li>
        ) : null}
        {published?.needsPostReview ? (
          <li>
            <StatusBadge variant="warning" label="nachträglich zu prüfen" />
          </li>
        ) : null}
        {published?.incident?.resolvedAt ? (
          <li>
            <StatusBadge variant="success" label="Störung behoben" />
          </li>
        ) : null}
        {pending ? (
          <li>
            <StatusBadge variant={pending.status === "REJECTED" ? "danger" : "info"} label={`${revisionStatusLabel(pending.status)} (Version ${pending.number})`} />
          </li>
        ) : null}
        {!published && !pending && !view.isArchived ? (
          <li>
            <StatusBadge variant="info" label="Ohne Inhalt" />
          </li>
        ) : null}
      </ul>
    </div>
  );
}
