"use client";

import { useEffect, useRef } from "react";
import { FieldError, Hint } from "@/components/articles/form-controls";
import { termFieldId, type TermErrors } from "./synonym-form-model";

export interface TermRow {
  /** stable React key: rows can be removed from the middle */
  key: number;
  value: string;
}

let nextKey = 1;
export const termRows = (values: readonly string[]): TermRow[] => values.map((value) => ({ key: nextKey++, value }));

interface SynonymTermsFieldProps {
  /** prefix of the field ids ("neu", "bearbeiten") */
  idPrefix: string;
  rows: TermRow[];
  onChange: (rows: TermRow[]) => void;
  errors: TermErrors;
}

/**
 * The terms of a synonym group: one KERN text field per term with its own error, a button to add a field and
 * per field one to remove it (as long as two remain). A new field receives focus.
 */
export function SynonymTermsField({ idPrefix, rows, onChange, errors }: SynonymTermsFieldProps) {
  const focusKey = useRef<number | null>(null);
  const hintId = `${idPrefix}-begriffe-hinweis`;
  const groupErrorId = `${idPrefix}-begriffe-fehler`;

  useEffect(() => {
    if (focusKey.current === null) return;
    const index = rows.findIndex((r) => r.key === focusKey.current);
    focusKey.current = null;
    if (index >= 0) document.getElementById(termFieldId(idPrefix, index))?.focus();
  }, [rows, idPrefix]);

  function add() {
    const row = termRows([""])[0] as TermRow;
    focusKey.current = row.key;
    onChange([...rows, row]);
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    // focus stays in the list: on the field that took the removed one's place (or the last one)
    focusKey.current = (next[index] ?? next[next.length - 1])?.key ?? null;
    onChange(next);
  }

  return (
    <fieldset className={`kern-fieldset${errors.group ? " kern-fieldset--error" : ""}`} aria-describedby={[hintId, errors.group ? groupErrorId : ""].filter(Boolean).join(" ")}>
      <legend className="kern-label">Begriffe der Gruppe</legend>
      <Hint id={hintId}>
        Mindestens zwei Begriffe, die für die Suche dasselbe bedeuten, z. B. „Perso“ und „Personalausweis“. Jeden Begriff in ein
        eigenes Feld, höchstens 60 Zeichen, ohne Komma. Ein Begriff gehört zu genau einer Gruppe.
      </Hint>
      <div className="kern-fieldset__body kern-stack">
        {rows.map((row, index) => {
          const id = termFieldId(idPrefix, index);
          const error = errors.terms[index];
          return (
            <div key={row.key} className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
              <label className="kern-label" htmlFor={id}>
                Begriff {index + 1}
              </label>
              <div className="kern-flex kern-flex-wrap kern-gap-sm efa-term-row">
                <input
                  id={id}
                  name="term"
                  type="text"
                  autoComplete="off"
                  value={row.value}
                  onChange={(e) => onChange(rows.map((r) => (r.key === row.key ? { ...r, value: e.target.value } : r)))}
                  className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-fehler` : undefined}
                />
                {rows.length > 2 ? (
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => remove(index)}>
                    <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                    <span className="kern-label">
                      Entfernen<span className="kern-sr-only"> (Begriff {index + 1})</span>
                    </span>
                  </button>
                ) : null}
              </div>
              <FieldError id={`${id}-fehler`} message={error} />
            </div>
          );
        })}
      </div>
      <div>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={add} disabled={rows.length >= 20}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Weiteren Begriff hinzufügen</span>
        </button>
      </div>
      <FieldError id={groupErrorId} message={errors.group ?? undefined} />
    </fieldset>
  );
}
