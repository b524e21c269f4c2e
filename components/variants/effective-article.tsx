import type { ReactNode } from "react";
import { formatDate } from "@/components/ui/format";
import { CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import { DocView } from "./doc-view";
import { partLabel, type DisplayPart, type DisplaySegment, type EffectiveDisplay } from "./effective-display";

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

export function validityText(from: string | null, until: string | null): string {
  if (!from && !until) return "unbefristet";
  if (from && until) return `vom ${formatDate(from)} bis ${formatDate(until)}`;
  return from ? `ab ${formatDate(from)}` : `bis ${formatDate(until ?? "")}`;
}

/** A region's text, framed and labelled in words ("Ergänzung für Land Hessen"), not by colour alone. */
function Local({ label, children, isInline }: { label: string; children: ReactNode; isInline?: boolean }) {
  return (
    <div className={`efa-local${isInline ? " efa-local--inline" : ""}`}>
      <p className="efa-local__label">{label}</p>
      {children}
    </div>
  );
}

/** Text parts in order (parent's text first, then local additions), each region's part marked. */
export function PartsText({ parts, className, empty = "keine" }: { parts: readonly DisplayPart[]; className?: string; empty?: string }) {
  if (parts.length === 0) return <p className="kern-body">{empty}</p>;
  return (
    <div className="kern-stack-sm">
      {parts.map((part, i) => {
        const label = partLabel(part, i);
        const text = <p className={`kern-body efa-preserve-lines${className ? ` ${className}` : ""}`}>{part.text}</p>;
        return label ? (
          <Local key={i} label={label} isInline>
            {text}
          </Local>
        ) : (
          <div key={i}>{text}</div>
        );
      })}
    </div>
  );
}

/** The answer in its pieces: the parent's answer, then each region's addition, marked as local. */
export function BodySegments({ segments }: { segments: readonly DisplaySegment[] }) {
  return (
    <div className="kern-stack">
      {segments.map((s, i) => {
        // html comes from the server's sanitising renderer (lib/editor/server.ts); doc is rendered by DocView
        const content = s.html !== undefined ? <div className="efa-answer kern-body" dangerouslySetInnerHTML={{ __html: s.html }} /> : <div className="efa-answer kern-body">{s.doc ? <DocView doc={s.doc} /> : null}</div>;
        const label = partLabel(s, i);
        return label ? (
          <Local key={i} label={label}>
            {content}
          </Local>
        ) : (
          <div key={i}>{content}</div>
        );
      })}
    </div>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

interface EffectiveArticleProps {
  effective: EffectiveDisplay;
  /** heading level of the parts (Titel, Sprechtext, Antwort, Angaben) */
  headingLevel: "h3" | "h4";
  /** show the title as a part (the page's h1 shows it otherwise) */
  showTitle?: boolean;
}

/** An effective article as the 115 reads it, with what each region wrote marked as local. */
export function EffectiveArticle({ effective: e, headingLevel: H, showTitle }: EffectiveArticleProps) {
  return (
    <div className="kern-stack-lg">
      {showTitle ? (
        <div className="kern-stack-sm">
          <H className="kern-heading-small">Titel</H>
          <p className="kern-body kern-body--bold">{e.title}</p>
        </div>
      ) : null}
      <div className="efa-sprechtext kern-stack-sm">
        <H className="kern-heading-small">Sprechtext</H>
        <PartsText parts={e.shortAnswerParts} className="kern-body--large" empty="(kein Sprechtext)" />
      </div>
      <div className="kern-stack-sm">
        <H className="kern-heading-small">Antwort</H>
        <BodySegments segments={e.bodySegments} />
      </div>
      <div className="kern-stack-sm">
        <H className="kern-heading-small">Angaben</H>
        <dl className="kern-description-list">
          <Item term="Schlagworte">{e.keywords.length ? e.keywords.join(", ") : "keine"}</Item>
          <Item term="Kategorien">{e.categories.length ? e.categories.map(categoryLabel).join(", ") : "keine"}</Item>
          <Item term="Gültigkeit">{validityText(e.validFrom, e.validUntil)}</Item>
          <Item term="Kontakthinweise">
            <PartsText parts={e.contactHintsParts} />
          </Item>
        </dl>
      </div>
    </div>
  );
}
