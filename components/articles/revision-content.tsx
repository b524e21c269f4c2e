import Link from "next/link";
import type { ReactNode } from "react";
import type { RevisionView } from "@/lib/articles/present-article";
import { CATEGORY_LABELS, STOERUNGSKLASSE_LABELS, type Category } from "@/lib/articles/vocabulary";
import { formatDate, formatDateTime } from "@/components/ui/format";

export interface RevisionContext {
  leistungen: readonly { leikaKey: string; name: string }[];
  /** Länder of the service by organisation id (for the affected regions of an incident) */
  laenderById: ReadonlyMap<string, string>;
  workarounds: readonly { id: string; title: string }[];
  /** agents do not see the internal note of the editors */
  showInternalNote: boolean;
}

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function validity(from: string | null, until: string | null): string {
  if (!from && !until) return "unbefristet";
  if (from && until) return `vom ${formatDate(from)} bis ${formatDate(until)}`;
  return from ? `ab ${formatDate(from)}` : `bis ${formatDate(until ?? "")}`;
}

interface RevisionContentProps {
  revision: RevisionView;
  context: RevisionContext;
  /** heading level of the parts (Sprechtext, Antwort, Angaben) inside the section */
  headingLevel: "h3" | "h4";
  idPrefix: string;
}

/** One revision as the 115 reads it: Sprechtext first, then the answer, then the facts. */
export function RevisionContent({ revision, context, headingLevel: H, idPrefix }: RevisionContentProps) {
  const leistung = new Map(context.leistungen.map((l) => [l.leikaKey, l.name]));
  const inc = revision.incident;
  const workaround = inc?.workaroundArticleId ? context.workarounds.find((w) => w.id === inc.workaroundArticleId) : undefined;
  return (
    <div className="kern-stack-lg">
      <div className="efa-sprechtext kern-stack-sm">
        <H className="kern-heading-small" id={`${idPrefix}-sprechtext`}>
          Sprechtext
        </H>
        <p className="kern-body kern-body--large efa-preserve-lines">{revision.shortAnswer}</p>
      </div>

      <div className="kern-stack-sm">
        <H className="kern-heading-small">Antwort</H>
        {/* bodyHtml is produced on the server from the validated editor document (lib/editor/server.ts) */}
        <div className="efa-answer kern-body" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
      </div>

      <div className="kern-stack-sm">
        <H className="kern-heading-small">Angaben</H>
        <dl className="kern-description-list">
          {inc ? (
            <>
              <Item term="Störungsklasse">{STOERUNGSKLASSE_LABELS[inc.klasse]}</Item>
              <Item term="Beginn">{formatDateTime(inc.startedAt)} Uhr</Item>
              <Item term="Behoben">{inc.resolvedAt ? `${formatDateTime(inc.resolvedAt)} Uhr` : "noch nicht"}</Item>
              <Item term="Betroffene Länder">
                {inc.affectedOrgIds.length === 0
                  ? "alle Länder, die den Onlinedienst nutzen"
                  : inc.affectedOrgIds.map((id) => context.laenderById.get(id) ?? "unbekanntes Land").join(", ")}
              </Item>
              <Item term="Workaround">
                {workaround ? (
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(workaround.id)}`}>
                    {workaround.title}
                  </Link>
                ) : inc.workaroundArticleId ? (
                  "ein nicht mehr verfügbarer Workaround"
                ) : (
                  "keiner"
                )}
              </Item>
            </>
          ) : null}
          <Item term="Schlagworte">{revision.keywords.length ? revision.keywords.join(", ") : "keine"}</Item>
          <Item term="Kategorien">{revision.categories.length ? revision.categories.map(categoryLabel).join(", ") : "keine"}</Item>
          <Item term="Leistungen">
            {revision.leikaKeys.length ? (
              <ul className="kern-list">
                {revision.leikaKeys.map((k) => (
                  <li key={k}>
                    {leistung.get(k) ?? "Leistung"} (LeiKa {k})
                  </li>
                ))}
              </ul>
            ) : (
              "keine"
            )}
          </Item>
          <Item term="Gültigkeit">{validity(revision.validFrom, revision.validUntil)}</Item>
          <Item term="Wiedervorlage">{revision.reviewDue ? formatDate(revision.reviewDue) : "keine"}</Item>
          <Item term="Kontakthinweise">
            {revision.contactHints ? <span className="efa-preserve-lines">{revision.contactHints}</span> : "keine"}
          </Item>
          {context.showInternalNote ? (
            <Item term="Interne Notiz">
              {revision.internalNote ? <span className="efa-preserve-lines">{revision.internalNote}</span> : "keine"}
            </Item>
          ) : null}
        </dl>
      </div>
    </div>
  );
}
