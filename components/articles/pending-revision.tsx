import type { ArticleView } from "@/lib/articles/get-article";
import { Alert } from "@/components/ui/alert";
import { revisionStatusLabel } from "./labels";
import { RevisionContent, type RevisionContext } from "./revision-content";

type Pending = NonNullable<ArticleView["pending"]>;

const STATUS_TEXT: Partial<Record<Pending["status"], string>> = {
  DRAFT: "Die Redaktion arbeitet an dieser Fassung. Sie wird erst nach Prüfung und Freigabe veröffentlicht.",
  IN_REVIEW: "Diese Fassung wartet auf die Prüfung durch eine zweite Person.",
  REJECTED: "Die Prüfung hat diese Fassung zurückgewiesen. Die Redaktion überarbeitet sie und gibt sie erneut zur Prüfung.",
};

/** The revision in work (draft, in review or sent back), clearly apart from what is published. */
export function PendingRevision({ revision, context, hasPublished }: { revision: Pending; context: RevisionContext; hasPublished: boolean }) {
  return (
    <section className="efa-pending kern-stack-lg" id="fassung-in-arbeit" aria-labelledby="fassung-in-arbeit-titel">
      <div className="kern-stack-sm">
        <h2 className="kern-heading-medium" id="fassung-in-arbeit-titel">
          Fassung in Arbeit: {revisionStatusLabel(revision.status)} (Version {revision.number})
        </h2>
        <p className="kern-body">
          {STATUS_TEXT[revision.status] ?? "Diese Fassung ist nicht veröffentlicht."}
          {hasPublished ? " Bis dahin sieht das Servicecenter weiter die veröffentlichte Fassung." : ""}
        </p>
      </div>
      {revision.status === "REJECTED" && revision.reviewComment ? (
        <Alert variant="warning" title="Begründung der Prüfung" titleAs="h3">
          <p className="kern-body efa-preserve-lines">{revision.reviewComment}</p>
        </Alert>
      ) : null}
      <div className="kern-stack-sm">
        <h3 className="kern-heading-small">Titel</h3>
        <p className="kern-body">{revision.title}</p>
      </div>
      <RevisionContent revision={revision} context={context} headingLevel="h3" idPrefix="in-arbeit" />
    </section>
  );
}
