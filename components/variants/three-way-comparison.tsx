import { ListSide, TextSide } from "@/components/articles/revision-diff";
import { diffLists, diffWords, type DiffPart, type ListDiff } from "@/lib/articles/diff";
import { CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import type { ChangesView } from "@/lib/variants/get-variant";
import type { EffectiveView } from "@/lib/variants/present-effective";
import { validityText } from "./effective-article";
import { CHANGE_FIELDS, ChoiceValue, type ChangeField } from "./variant-changes";

interface ThreeWayComparisonProps {
  /** the parent as this variant's newest revision knew it */
  parentThen: EffectiveView;
  /** the parent as it is published now */
  parentNow: EffectiveView;
  changes: ChangesView;
  regionName: string;
}

type Diff = { kind: "text"; parts: DiffPart[]; isChanged: boolean } | { kind: "list"; list: ListDiff; isChanged: boolean };

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

function diffOf(field: ChangeField, then: EffectiveView, now: EffectiveView): Diff {
  const text = (a: string, b: string): Diff => ({ kind: "text", parts: diffWords(a, b), isChanged: a !== b });
  const list = (a: readonly string[], b: readonly string[]): Diff => {
    const d = diffLists(a, b);
    return { kind: "list", list: d, isChanged: d.added.length + d.removed.length > 0 };
  };
  switch (field) {
    case "title": return text(then.title, now.title);
    case "shortAnswer": return text(then.shortAnswer, now.shortAnswer);
    case "body": return text(then.bodyText, now.bodyText);
    case "keywords": return list(then.keywords, now.keywords);
    case "categories": return list(then.categories, now.categories);
    case "validity": return text(validityText(then.validFrom, then.validUntil), validityText(now.validFrom, now.validUntil));
    case "contactHints": return text(then.contactHints ?? "", now.contactHints ?? "");
  }
}

/** What the parent's change means for the variant, per choice. */
function consequence(mode: "REPLACE" | "APPEND" | undefined): string {
  if (mode === "REPLACE") return "Ihre Fassung ersetzt den geänderten Text weiterhin: Prüfen Sie, ob sie angepasst werden muss.";
  if (mode === "APPEND") return "Ihre Ergänzung steht künftig nach dem neuen Text: Prüfen Sie, ob sie noch passt.";
  return "Die Änderung gilt mit der neuen Basis auch für Ihre Variante.";
}

/**
 * "Basis geändert": per field the parent as the variant knew it, the parent now (removed words struck
 * through, added ones underlined) and what the variant does with that field.
 */
export function ThreeWayComparison({ parentThen, parentNow, changes, regionName }: ThreeWayComparisonProps) {
  const fields = CHANGE_FIELDS.map((f) => ({ ...f, diff: diffOf(f.field, parentThen, parentNow) }));
  const changed = fields.filter((f) => f.diff.isChanged);
  const unchanged = fields.filter((f) => !f.diff.isChanged);
  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        Links der Elternartikel in der Fassung, auf der Ihre Variante beruht, in der Mitte die aktuelle Fassung: Entfernte Wörter sind{" "}
        <del className="efa-diff__del">durchgestrichen</del>, hinzugefügte <ins className="efa-diff__ins">unterstrichen</ins>. Rechts steht,
        was Ihre Variante mit dem Feld macht.
      </p>
      {changed.length === 0 ? (
        <p className="kern-body efa-empty-state">Der Inhalt des Elternartikels ist gleich geblieben; nur seine Version ist neuer.</p>
      ) : (
        changed.map(({ field, label, diff }) => {
          const choice = changes[field];
          return (
            <section key={field} className="efa-diff" aria-labelledby={`dreiwege-${field}`}>
              <h3 className="kern-heading-small" id={`dreiwege-${field}`}>
                {label}
              </h3>
              <div className="efa-diff__columns efa-diff__columns--three">
                {(["from", "to"] as const).map((side) => (
                  <div key={side} className="efa-diff__column">
                    <h4 className="kern-label efa-diff__side">{side === "from" ? "Elternartikel damals" : "Elternartikel jetzt"}</h4>
                    {diff.kind === "text" ? (
                      <TextSide parts={diff.parts} side={side} />
                    ) : (
                      <ListSide diff={diff.list} side={side} label={field === "categories" ? categoryLabel : (v) => v} />
                    )}
                  </div>
                ))}
                <div className="efa-diff__column">
                  <h4 className="kern-label efa-diff__side">Ihre Variante ({regionName})</h4>
                  {choice ? (
                    <div className="kern-stack-sm">
                      <p className="kern-body">{choice.mode === "REPLACE" ? "ersetzt das Feld durch:" : "ergänzt das Feld um:"}</p>
                      <ChoiceValue field={field} choice={choice} />
                    </div>
                  ) : (
                    <p className="kern-body">übernimmt das Feld vom Elternartikel.</p>
                  )}
                  <p className="kern-body kern-body--small efa-cell-note">{consequence(choice?.mode)}</p>
                </div>
              </div>
            </section>
          );
        })
      )}
      {unchanged.length > 0 ? (
        <p className="kern-body">
          <strong>Im Elternartikel unverändert:</strong> {unchanged.map((f) => f.label).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
