import { CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import type { ChangesView, FieldChoice } from "@/lib/variants/get-variant";
import { validityText } from "./effective-article";

export type ChangeField = keyof ChangesView;

export const CHANGE_FIELDS: readonly { field: ChangeField; label: string }[] = [
  { field: "title", label: "Titel" },
  { field: "shortAnswer", label: "Sprechtext" },
  { field: "body", label: "Antwort" },
  { field: "keywords", label: "Schlagworte" },
  { field: "categories", label: "Kategorien" },
  { field: "validity", label: "Gültigkeit" },
  { field: "contactHints", label: "Kontakthinweise" },
];

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

/** "ersetzt durch" / "ergänzt um" in words. */
export function choiceVerb(choice: FieldChoice | undefined): string {
  if (!choice) return "übernommen";
  return choice.mode === "REPLACE" ? "ersetzt durch" : "ergänzt um";
}

/** The value a variant stores for a field, as it reads. */
export function ChoiceValue({ field, choice }: { field: ChangeField; choice: FieldChoice }) {
  if (field === "body") {
    // html is rendered on the server from the validated editor document (lib/variants/get-variant.ts)
    return <div className="efa-answer kern-body" dangerouslySetInnerHTML={{ __html: choice.html ?? "" }} />;
  }
  if (field === "validity") return <p className="kern-body">{validityText(choice.validFrom ?? null, choice.validUntil ?? null)}</p>;
  if (field === "keywords" || field === "categories") {
    const items = (choice.items ?? []).map(field === "categories" ? categoryLabel : (x: string) => x);
    return <p className="kern-body">{items.length ? items.join(", ") : "keine"}</p>;
  }
  return <p className="kern-body efa-preserve-lines">{choice.text ?? ""}</p>;
}

/** What a variant changes against its parent, field by field; inherited fields are named in one line. */
export function VariantChanges({ changes, regionName }: { changes: ChangesView; regionName: string }) {
  const changed = CHANGE_FIELDS.filter((f) => changes[f.field]);
  const inherited = CHANGE_FIELDS.filter((f) => !changes[f.field]);
  if (changed.length === 0) {
    return <p className="kern-body efa-empty-state">Die Variante übernimmt alle Felder unverändert vom Elternartikel.</p>;
  }
  return (
    <div className="kern-stack">
      <dl className="kern-description-list">
        {changed.map(({ field, label }) => {
          const choice = changes[field];
          if (!choice) return null;
          return (
            <div className="kern-description-list-item" key={field}>
              <dt className="kern-description-list-item__key">
                {label}: {choiceVerb(choice)}
              </dt>
              <dd className="kern-description-list-item__value">
                <div className={choice.mode === "APPEND" ? "efa-local" : undefined}>
                  {choice.mode === "APPEND" ? <p className="efa-local__label">Ergänzung für {regionName}</p> : null}
                  <ChoiceValue field={field} choice={choice} />
                </div>
              </dd>
            </div>
          );
        })}
      </dl>
      {inherited.length > 0 ? (
        <p className="kern-body">
          <strong>Übernommen vom Elternartikel:</strong> {inherited.map((f) => f.label).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
