"use client";

import type { JSONContent } from "@tiptap/core";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { z } from "zod";
import { callApi } from "@/components/articles/api-client";
import { ErrorSummary, type SummaryItem } from "@/components/articles/error-summary";
import { FLASH, setFlash, takeFlash } from "@/components/articles/flash-store";
import { FieldError, Hint, Optional } from "@/components/articles/form-controls";
import { RichTextEditor, type EditorHandle } from "@/components/articles/rich-text-editor";
import { ShortAnswerField } from "@/components/articles/short-answer-field";
import { Alert } from "@/components/ui/alert";
import { CATEGORIES, CATEGORY_LABELS, type Category } from "@/lib/articles/vocabulary";
import { applyVariantStep, type EffectiveContent } from "@/lib/variants/effective-content";
import type { ChangesView } from "@/lib/variants/get-variant";
import { BodySegments, EffectiveArticle, PartsText, validityText } from "./effective-article";
import { displayFromContent } from "./effective-display";
import {
  CHANGE_NOTE_ID, changesPayload, initialFormState, INTERNAL_NOTE_ID, previewChanges, sortVariantProblems, VALID_UNTIL_ID, VARIANT_FIELDS,
  withMode, type FieldMode, type VariantFieldErrors, type VariantFormField, type VariantFormState,
} from "./variant-form-model";

interface VariantFormProps {
  articleId: string;
  /** the newest revision the editor started from (409 when someone saved meanwhile) */
  baseRevisionId: string;
  region: { name: string; level: "land" | "kommune" };
  /** "Basisartikel (Freie Hansestadt Bremen)" or "Variante für Land Hessen" */
  parentLabel: string;
  /** the parent's effective content now: what "übernehmen" shows and the preview builds on */
  parentEffective: EffectiveContent;
  initial: ChangesView;
  internalNote: string;
  /** the newest revision rests on an older parent revision: saving can take the new one */
  isHeadStale: boolean;
  cancelHref: string;
}

interface Conflict {
  baseRevisionId: string;
  headRevisionId: string;
}

const saved = z.object({ revisionId: z.string(), number: z.number() });
const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);
const fieldInfo = (field: VariantFormField) => VARIANT_FIELDS.find((f) => f.field === field) ?? VARIANT_FIELDS[0]!;
const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

/**
 * The variant editor: per field the parent's effective text beside the region's choice (übernehmen, ersetzen,
 * ergänzen) and a live preview of the effective article, merged in the browser by the same pure function the
 * server uses. Saves through the JSON API with field errors, an error summary and 409 handling.
 */
export function VariantForm({ articleId, baseRevisionId, region, parentLabel, parentEffective, initial, internalNote, isHeadStale, cancelHref }: VariantFormProps) {
  const router = useRouter();
  const pathname = usePathname();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const flashRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<EditorHandle | null>(null);
  const baseRevisionRef = useRef(baseRevisionId);
  const [state, setState] = useState<VariantFormState>(() => initialFormState(initial));
  const [changeNote, setChangeNote] = useState("");
  const [note, setNote] = useState(internalNote);
  const [takeNewBase, setTakeNewBase] = useState(true);
  const [fieldErrors, setFieldErrors] = useState<VariantFieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [errorRound, setErrorRound] = useState(0);
  const [flash, setFlashText] = useState<string | null>(null);

  useEffect(() => {
    const text = takeFlash(pathname);
    if (text) setFlashText(text);
  }, [pathname]);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);
  useEffect(() => {
    if (errorRound > 0) summaryRef.current?.focus();
  }, [errorRound]);

  const preview = useMemo(
    () => applyVariantStep(parentEffective, { level: region.level, orgName: region.name, changes: previewChanges(state) }),
    [parentEffective, region, state],
  );

  function setMode(field: VariantFormField, mode: FieldMode) {
    setState((s) => withMode(s, field, mode, parentEffective));
  }

  function showErrors(next: { fields?: VariantFieldErrors; items?: SummaryItem[]; form?: string | null; conflict?: Conflict | null }) {
    setFieldErrors(next.fields ?? {});
    setSummary(next.items ?? []);
    setFormError(next.form ?? null);
    setConflict(next.conflict ?? null);
    setErrorRound((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    // the editor's document as it is now (onChange already keeps it, this also covers a pending keystroke)
    const doc = editorRef.current?.getJSON();
    const current = doc && state.body.mode !== "INHERIT" ? { ...state, body: { ...state.body, doc } } : state;
    setIsSaving(true);
    const result = await callApi(
      "PUT",
      `/api/articles/${encodeURIComponent(articleId)}/variant-draft`,
      { baseRevisionId: baseRevisionRef.current, changes: changesPayload(current), changeNote, internalNote: note, rebase: isHeadStale && takeNewBase },
      saved,
    );
    if (result.ok) {
      const path = `/artikel/${encodeURIComponent(articleId)}`;
      setFlash(path, FLASH.variantSaved);
      router.push(path);
      return;
    }
    setIsSaving(false);
    if (result.status === 409 && result.code === "CONFLICT" && result.meta.headRevisionId && result.meta.baseRevisionId) {
      showErrors({ form: result.error, conflict: { baseRevisionId: result.meta.baseRevisionId, headRevisionId: result.meta.headRevisionId } });
      return;
    }
    if (result.problems.length > 0) {
      const sorted = sortVariantProblems(result.problems);
      showErrors({ fields: sorted.fieldErrors, items: sorted.summary });
      return;
    }
    showErrors({ form: result.error });
  }

  function saveOnTopOfNewer() {
    if (!conflict) return;
    baseRevisionRef.current = conflict.headRevisionId;
    setConflict(null);
    formRef.current?.requestSubmit();
  }

  const hasErrors = formError !== null || summary.length > 0;
  const parentSide = (field: VariantFormField, content: ReactNode) => (
    <ParentValue label={`${fieldInfo(field).label} im Elternartikel`} source={parentLabel}>
      {content}
    </ParentValue>
  );

  return (
    <div className="kern-stack-lg">
      <div ref={flashRef} tabIndex={-1} className="efa-action-status" role="status">
        {flash ? <Alert variant="success" title={flash} /> : null}
      </div>
      {hasErrors ? (
        <ErrorSummary
          id="variante-fehler"
          title={conflict ? "Nicht gespeichert: Die Variante wurde zwischenzeitlich geändert" : summary.length > 0 ? "Bitte prüfen Sie Ihre Angaben" : "Nicht gespeichert"}
          formError={formError}
          items={summary}
          summaryRef={summaryRef}
        >
          {conflict ? (
            <div className="kern-stack-sm">
              <p className="kern-body">
                Ihre Eingaben stehen unverändert im Formular.{" "}
                <a
                  className="kern-link"
                  href={`/artikel/${encodeURIComponent(articleId)}/vergleich?von=${encodeURIComponent(conflict.baseRevisionId)}&zu=${encodeURIComponent(conflict.headRevisionId)}`}
                  target="_blank"
                  rel="noopener"
                >
                  Unterschied zur neueren Version ansehen (öffnet in einem neuen Tab)
                </a>
              </p>
              <p className="kern-body">
                Wenn Sie die Unterschiede geprüft haben, können Sie Ihre Fassung als neueste Version speichern. Die andere Version bleibt in den
                Versionen erhalten.
              </p>
              <div>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={saveOnTopOfNewer}>
                  <span className="kern-label">Meine Fassung als neueste Version speichern</span>
                </button>
              </div>
            </div>
          ) : null}
        </ErrorSummary>
      ) : null}

      <div className="efa-variant-editor">
        <form ref={formRef} className="kern-stack-xl efa-variant-editor__form" noValidate onSubmit={onSubmit}>
          <p className="kern-body">
            Wählen Sie für jedes Feld: <strong>übernehmen</strong> (der Text des Elternartikels gilt, auch wenn er sich später ändert),{" "}
            <strong>ersetzen</strong> (Ihr Text gilt stattdessen) oder <strong>ergänzen</strong> (Ihr Text erscheint nach dem Text des
            Elternartikels, gekennzeichnet als „Ergänzung für {region.name}“). Die Vorschau zeigt sofort, was die 115 sehen wird.
          </p>

          {isHeadStale ? (
            <Alert variant="warning" title="Der Elternartikel hat eine neuere Fassung" titleAs="h2">
              <div className="kern-stack-sm">
                <p className="kern-body">
                  Ihre Variante beruht auf einer älteren Fassung. Bei jedem Feld sehen Sie den Elternartikel in der aktuellen Fassung; die
                  Vorschau zeigt Ihre Änderungen auf der aktuellen Fassung.
                </p>
                <div className="kern-form-check">
                  <input
                    className="kern-form-check__checkbox"
                    type="checkbox"
                    id="variante-neue-basis"
                    checked={takeNewBase}
                    onChange={(e) => setTakeNewBase(e.target.checked)}
                  />
                  <label className="kern-label" htmlFor="variante-neue-basis">
                    Beim Speichern die aktuelle Fassung als neue Basis übernehmen
                  </label>
                </div>
              </div>
            </Alert>
          ) : null}

          <FieldSection field="title" region={region.name} mode={state.title.mode} onMode={setMode} error={fieldErrors[fieldInfo("title").modeId]} parent={parentSide("title", <p className="kern-body">{parentEffective.title.text}</p>)}>
            {state.title.mode !== "INHERIT" ? (
              <TextField
                id={fieldInfo("title").inputId}
                label={state.title.mode === "REPLACE" ? `Titel für ${region.name}` : "Ergänzung zum Titel"}
                hint={state.title.mode === "REPLACE" ? "Ersetzt den Titel des Elternartikels." : "Wird nach dem Titel des Elternartikels angezeigt, getrennt durch einen Gedankenstrich."}
                value={state.title.text}
                onChange={(text) => setState((s) => ({ ...s, title: { ...s.title, text } }))}
                error={fieldErrors[fieldInfo("title").inputId]}
              />
            ) : null}
          </FieldSection>

          <FieldSection field="shortAnswer" region={region.name} mode={state.shortAnswer.mode} onMode={setMode} error={fieldErrors[fieldInfo("shortAnswer").modeId]} parent={parentSide("shortAnswer", <PartsText parts={parentEffective.shortAnswer.parts} />)}>
            {state.shortAnswer.mode !== "INHERIT" ? (
              <ShortAnswerField
                // remounts on a new choice: the field keeps its own text and starts from the chosen one
                key={state.shortAnswer.mode}
                id={fieldInfo("shortAnswer").inputId}
                name="shortAnswer"
                label={state.shortAnswer.mode === "REPLACE" ? `Sprechtext für ${region.name}` : "Ergänzung zum Sprechtext"}
                hint={
                  state.shortAnswer.mode === "REPLACE"
                    ? "Ersetzt den Sprechtext des Elternartikels: vollständige Sätze, die die 115 am Telefon vorliest."
                    : "Wird nach dem Sprechtext des Elternartikels vorgelesen: ein oder zwei vollständige Sätze für Ihre Region."
                }
                defaultValue={state.shortAnswer.text}
                onChange={(text) => setState((s) => ({ ...s, shortAnswer: { ...s.shortAnswer, text } }))}
                error={fieldErrors[fieldInfo("shortAnswer").inputId]}
              />
            ) : null}
          </FieldSection>

          <FieldSection field="body" region={region.name} mode={state.body.mode} onMode={setMode} error={fieldErrors[fieldInfo("body").modeId]} parent={parentSide("body", <BodySegments segments={parentEffective.body} />)}>
            {state.body.mode !== "INHERIT" ? (
              <div className="kern-stack-sm">
                <div
                  className="kern-label efa-editor__label"
                  id={`${fieldInfo("body").inputId}-label`}
                  onClick={() => document.getElementById(fieldInfo("body").inputId)?.focus()}
                >
                  {state.body.mode === "REPLACE" ? `Antwort für ${region.name}` : "Ergänzung zur Antwort"}
                </div>
                <Hint id={`${fieldInfo("body").inputId}-hinweis`}>
                  {state.body.mode === "REPLACE"
                    ? "Ersetzt die Antwort des Elternartikels."
                    : `Erscheint nach der Antwort des Elternartikels unter „Ergänzung für ${region.name}“.`}{" "}
                  Die Formatierungsleiste erreichen Sie mit der Tabulatortaste; innerhalb der Leiste wechseln Sie mit den Pfeiltasten.
                </Hint>
                <RichTextEditor
                  // remounts on a new choice, starting from the state's document (the parent's answer for "ersetzen")
                  key={state.body.mode}
                  id={fieldInfo("body").inputId}
                  labelId={`${fieldInfo("body").inputId}-label`}
                  hintId={`${fieldInfo("body").inputId}-hinweis`}
                  initialHtml=""
                  initialDoc={state.body.doc}
                  error={fieldErrors[fieldInfo("body").inputId]}
                  handleRef={editorRef}
                  onChange={(doc: JSONContent) => setState((s) => ({ ...s, body: { ...s.body, doc } }))}
                />
              </div>
            ) : null}
          </FieldSection>

          <FieldSection field="keywords" region={region.name} mode={state.keywords.mode} onMode={setMode} error={fieldErrors[fieldInfo("keywords").modeId]} parent={parentSide("keywords", <p className="kern-body">{parentEffective.keywords.length ? parentEffective.keywords.join(", ") : "keine"}</p>)}>
            {state.keywords.mode !== "INHERIT" ? (
              <TextField
                id={fieldInfo("keywords").inputId}
                label={state.keywords.mode === "REPLACE" ? `Schlagworte für ${region.name}` : "Zusätzliche Schlagworte"}
                hint="Durch Kommas getrennt, z. B. „Versorgungsamt, Hessen“."
                value={state.keywords.text}
                onChange={(text) => setState((s) => ({ ...s, keywords: { ...s.keywords, text } }))}
                error={fieldErrors[fieldInfo("keywords").inputId]}
              />
            ) : null}
          </FieldSection>

          <FieldSection field="categories" region={region.name} mode={state.categories.mode} onMode={setMode} error={fieldErrors[fieldInfo("categories").modeId]} parent={parentSide("categories", <p className="kern-body">{parentEffective.categories.length ? parentEffective.categories.map(categoryLabel).join(", ") : "keine"}</p>)}>
            {state.categories.mode !== "INHERIT" ? (
              <CategoryChoice
                id={fieldInfo("categories").inputId}
                legend={state.categories.mode === "REPLACE" ? `Kategorien für ${region.name}` : "Zusätzliche Kategorien"}
                values={state.categories.items}
                onChange={(items) => setState((s) => ({ ...s, categories: { ...s.categories, items } }))}
                error={fieldErrors[fieldInfo("categories").inputId]}
              />
            ) : null}
          </FieldSection>

          <FieldSection field="validity" region={region.name} mode={state.validity.mode} onMode={setMode} canAppend={false} error={fieldErrors[fieldInfo("validity").modeId]} parent={parentSide("validity", <p className="kern-body">{validityText(parentEffective.validFrom?.toISOString().slice(0, 10) ?? null, parentEffective.validUntil?.toISOString().slice(0, 10) ?? null)}</p>)}>
            {state.validity.mode === "REPLACE" ? (
              <div className="kern-stack">
                <TextField
                  id={fieldInfo("validity").inputId}
                  type="date"
                  label="Gültig ab"
                  isOptional
                  hint="Ohne Angabe: sofort nach der Veröffentlichung."
                  value={state.validity.validFrom}
                  onChange={(validFrom) => setState((s) => ({ ...s, validity: { ...s.validity, validFrom } }))}
                  error={fieldErrors[fieldInfo("validity").inputId]}
                />
                <TextField
                  id={VALID_UNTIL_ID}
                  type="date"
                  label="Gültig bis"
                  isOptional
                  hint="Ohne Angabe: unbefristet."
                  value={state.validity.validUntil}
                  onChange={(validUntil) => setState((s) => ({ ...s, validity: { ...s.validity, validUntil } }))}
                  error={fieldErrors[VALID_UNTIL_ID]}
                />
              </div>
            ) : null}
          </FieldSection>

          <FieldSection field="contactHints" region={region.name} mode={state.contactHints.mode} onMode={setMode} error={fieldErrors[fieldInfo("contactHints").modeId]} parent={parentSide("contactHints", <PartsText parts={parentEffective.contactHints?.parts ?? []} />)}>
            {state.contactHints.mode !== "INHERIT" ? (
              <TextField
                id={fieldInfo("contactHints").inputId}
                multiline
                label={state.contactHints.mode === "REPLACE" ? `Kontakthinweise für ${region.name}` : "Ergänzung zu den Kontakthinweisen"}
                hint="Wohin sich Anrufende in Ihrer Region wenden können, wenn die Antwort nicht weiterhilft."
                value={state.contactHints.text}
                onChange={(text) => setState((s) => ({ ...s, contactHints: { ...s.contactHints, text } }))}
                error={fieldErrors[fieldInfo("contactHints").inputId]}
              />
            ) : null}
          </FieldSection>

          <section className="kern-stack-lg" aria-labelledby="variante-abschnitt-notizen">
            <h2 className="kern-heading-medium" id="variante-abschnitt-notizen">
              Notizen
            </h2>
            <TextField
              id={INTERNAL_NOTE_ID}
              multiline
              isOptional
              label="Interne Notiz"
              hint="Nur für Redaktion und Prüfung sichtbar; wird nicht ausgespielt."
              value={note}
              onChange={setNote}
              error={fieldErrors[INTERNAL_NOTE_ID]}
            />
            <TextField
              id={CHANGE_NOTE_ID}
              isOptional
              label="Änderungsnotiz"
              hint="Was Sie geändert haben, für die Versionen und die Prüfung (höchstens 500 Zeichen)."
              value={changeNote}
              onChange={setChangeNote}
              error={fieldErrors[CHANGE_NOTE_ID]}
            />
          </section>

          <div className="kern-flex kern-flex-wrap kern-gap-md">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={isSaving || undefined}>
              <span className="kern-label">{isSaving ? "Wird gespeichert …" : "Entwurf speichern"}</span>
            </button>
            <Link className="kern-btn kern-btn--tertiary" href={cancelHref}>
              <span className="kern-label">Abbrechen</span>
            </Link>
          </div>
        </form>

        {/* a focusable region: it scrolls on its own on wide screens, so keyboard users can scroll it too */}
        <section className="efa-variant-preview kern-stack" aria-labelledby="vorschau-titel" tabIndex={0}>
          <div className="kern-stack-sm">
            <h2 className="kern-heading-medium" id="vorschau-titel">
              Vorschau für {region.name}
            </h2>
            <p className="kern-body kern-body--small">
              So sieht die 115 in {region.name} den Artikel, sobald diese Fassung veröffentlicht ist. Texte Ihrer Region sind umrahmt und benannt.
            </p>
          </div>
          <EffectiveArticle effective={displayFromContent(preview)} headingLevel="h3" showTitle />
        </section>
      </div>
    </div>
  );
}

const MODE_CHOICES: readonly { mode: FieldMode; label: string; suffix: string }[] = [
  { mode: "INHERIT", label: "übernehmen", suffix: "" },
  { mode: "REPLACE", label: "ersetzen", suffix: "-ersetzen" },
  { mode: "APPEND", label: "ergänzen", suffix: "-ergaenzen" },
];

interface FieldSectionProps {
  field: VariantFormField;
  region: string;
  mode: FieldMode;
  onMode: (field: VariantFormField, mode: FieldMode) => void;
  /** validity can only be replaced */
  canAppend?: boolean;
  error?: string;
  /** the parent's value, read-only */
  parent: ReactNode;
  /** the input for the chosen mode */
  children: ReactNode;
}

/** One field: a heading, the parent's text, the choice (radio group) and the matching input. */
function FieldSection({ field, region, mode, onMode, canAppend = true, error, parent, children }: FieldSectionProps) {
  const info = fieldInfo(field);
  const headingId = `${info.modeId}-titel`;
  const errorId = `${info.modeId}-fehler`;
  const choices = MODE_CHOICES.filter((c) => canAppend || c.mode !== "APPEND");
  return (
    <section className="kern-stack efa-variant-field" aria-labelledby={headingId}>
      <h2 className="kern-heading-small" id={headingId}>
        {info.label}
      </h2>
      {parent}
      <fieldset className={`kern-fieldset${error ? " kern-fieldset--error" : ""}`} aria-describedby={error ? errorId : undefined}>
        <legend className="kern-label">
          {info.label} für {region}
        </legend>
        <div className="kern-fieldset__body kern-fieldset__body--horizontal">
          {choices.map((c) => {
            const id = `${info.modeId}${c.suffix}`;
            return (
              <div className={`kern-form-check${error ? " kern-form-check--error" : ""}`} key={c.mode}>
                <input
                  className={`kern-form-check__radio${error ? " kern-form-check__radio--error" : ""}`}
                  type="radio"
                  id={id}
                  name={`${field}-modus`}
                  value={c.mode}
                  checked={mode === c.mode}
                  onChange={() => onMode(field, c.mode)}
                />
                <label className="kern-label" htmlFor={id}>
                  {c.label}
                </label>
              </div>
            );
          })}
        </div>
        <FieldError id={errorId} message={error} />
      </fieldset>
      {children}
    </section>
  );
}

/** The parent's current effective value of a field, read-only. */
function ParentValue({ label, source, children }: { label: string; source: string; children: ReactNode }) {
  return (
    <div className="efa-variant-parent kern-stack-sm">
      <p className="kern-label">
        {label} <span className="kern-body kern-body--small efa-cell-note">{source}</span>
      </p>
      {children}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  type?: "text" | "date";
  multiline?: boolean;
  isOptional?: boolean;
}

/** A controlled KERN text input or textarea (the preview follows every keystroke). */
function TextField({ id, label, value, onChange, hint, error, type = "text", multiline, isOptional }: TextFieldProps) {
  const className = `kern-form-input__input${error ? " kern-form-input__input--error" : ""}${type === "date" ? " efa-input--auto" : ""}`;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(hint && `${id}-hinweis`, error && `${id}-fehler`) };
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {isOptional ? <Optional /> : null}
      </label>
      {hint ? <Hint id={`${id}-hinweis`}>{hint}</Hint> : null}
      {multiline ? (
        <textarea id={id} rows={4} className={className} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />
      ) : (
        <input id={id} type={type} autoComplete="off" className={className} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />
      )}
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}

/** Controlled category checkboxes. */
function CategoryChoice({ id, legend, values, onChange, error }: { id: string; legend: string; values: readonly string[]; onChange: (items: string[]) => void; error?: string }) {
  return (
    <fieldset className={`kern-fieldset${error ? " kern-fieldset--error" : ""}`} aria-describedby={error ? `${id}-fehler` : undefined}>
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">
        {CATEGORIES.map((c, i) => {
          const inputId = i === 0 ? id : `${id}-${i}`;
          return (
            <div className="kern-form-check" key={c}>
              <input
                className="kern-form-check__checkbox"
                type="checkbox"
                id={inputId}
                checked={values.includes(c)}
                onChange={(e) => onChange(e.target.checked ? [...values, c] : values.filter((v) => v !== c))}
              />
              <label className="kern-label" htmlFor={inputId}>
                {CATEGORY_LABELS[c]}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={`${id}-fehler`} message={error} />
    </fieldset>
  );
}
