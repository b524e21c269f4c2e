"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { CATEGORIES, CATEGORY_LABELS } from "@/lib/articles/vocabulary";
import { callApi } from "./api-client";
import { articleBody, FIELD_ID, sortProblems, type ArticleFormInitial, type ArticleFormOptions, type FieldErrors } from "./article-form-model";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { FLASH, setFlash } from "./flash-store";
import { ChoiceGroup, Hint, TextArea, TextInput } from "./form-controls";
import { IncidentFields } from "./incident-fields";
import { RichTextEditor, type EditorHandle } from "./rich-text-editor";
import { ShortAnswerField } from "./short-answer-field";

export type ArticleFormTarget =
  | { mode: "create"; serviceId: string; type: string }
  | { mode: "edit"; articleId: string; type: string; baseRevisionId: string };

interface ArticleFormProps {
  target: ArticleFormTarget;
  initial: ArticleFormInitial;
  options: ArticleFormOptions;
  /** where "Abbrechen" leads */
  cancelHref: string;
}

interface Conflict {
  baseRevisionId: string;
  headRevisionId: string;
}

const created = z.object({ articleId: z.string().min(1).max(40), revisionId: z.string() });
const saved = z.object({ revisionId: z.string(), number: z.number() });

const CATEGORY_CHOICES = CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));

/**
 * The article form for creating and editing: writes through the JSON API, shows field errors at the fields
 * and in a focused summary, and on a conflict (someone saved meanwhile) keeps everything typed in.
 */
export function ArticleForm({ target, initial, options, cancelHref }: ArticleFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const editorRef = useRef<EditorHandle | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // After a conflict the author may save on top of the newer revision: then that one is the base.
  const baseRevisionRef = useRef(target.mode === "edit" ? target.baseRevisionId : null);
  const [isSaving, setIsSaving] = useState(false);
  const [errorRound, setErrorRound] = useState(0);
  const isIncident = target.type === "INCIDENT";

  useEffect(() => {
    if (errorRound > 0) summaryRef.current?.focus();
  }, [errorRound]);

  function showErrors(next: { fields?: FieldErrors; items?: SummaryItem[]; form?: string | null; conflict?: Conflict | null }) {
    setFieldErrors(next.fields ?? {});
    setSummary(next.items ?? []);
    setFormError(next.form ?? null);
    setConflict(next.conflict ?? null);
    setErrorRound((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const data = new FormData(event.currentTarget);
    const payload = articleBody(data, editorRef.current?.getJSON() ?? { type: "doc", content: [] }, isIncident);
    setIsSaving(true);
    if (target.mode === "create") {
      const result = await callApi("POST", "/api/articles", { ...payload, serviceId: target.serviceId, type: target.type }, created);
      if (result.ok) {
        const path = `/artikel/${encodeURIComponent(result.data.articleId)}`;
        setFlash(path, FLASH.created);
        router.push(path);
        return;
      }
      handleFailure(result);
    } else {
      const changeNote = data.get("changeNote");
      const result = await callApi(
        "PUT",
        `/api/articles/${encodeURIComponent(target.articleId)}/draft`,
        { ...payload, baseRevisionId: baseRevisionRef.current, changeNote: typeof changeNote === "string" ? changeNote : "" },
        saved,
      );
      if (result.ok) {
        const path = `/artikel/${encodeURIComponent(target.articleId)}`;
        setFlash(path, FLASH.saved);
        router.push(path);
        return;
      }
      handleFailure(result);
    }
    setIsSaving(false);
  }

  function handleFailure(result: { status: number; code: string | null; error: string; problems: { path: string; message: string }[]; meta: Record<string, string> }) {
    if (result.status === 409 && result.code === "CONFLICT" && result.meta.headRevisionId && result.meta.baseRevisionId) {
      showErrors({ form: result.error, conflict: { baseRevisionId: result.meta.baseRevisionId, headRevisionId: result.meta.headRevisionId } });
      return;
    }
    if (result.problems.length > 0) {
      const sorted = sortProblems(result.problems);
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
  const articleId = target.mode === "edit" ? target.articleId : null;

  return (
    <div className="kern-stack-lg">
      {hasErrors ? (
        <ErrorSummary
          id="artikel-fehler"
          title={conflict ? "Nicht gespeichert: Der Artikel wurde zwischenzeitlich geändert" : summary.length > 0 ? "Bitte prüfen Sie Ihre Angaben" : "Nicht gespeichert"}
          formError={formError}
          items={summary}
          summaryRef={summaryRef}
        >
          {conflict && articleId ? (
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
                Wenn Sie die Unterschiede geprüft haben, können Sie Ihre Fassung als neueste Version speichern. Die andere
                Version bleibt in den Versionen erhalten.
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

      <form ref={formRef} className="kern-stack-xl" noValidate onSubmit={onSubmit} aria-describedby="artikel-pflichtfelder">
        <p className="kern-body" id="artikel-pflichtfelder">
          Felder ohne den Zusatz „optional“ müssen ausgefüllt werden.
        </p>

        <section className="kern-stack-lg" aria-labelledby="artikel-abschnitt-inhalt">
          <h2 className="kern-heading-medium" id="artikel-abschnitt-inhalt">
            {isIncident ? "Meldung" : "Frage und Antwort"}
          </h2>
          <TextInput
            id={FIELD_ID.title}
            name="title"
            label="Titel"
            defaultValue={initial.title}
            error={fieldErrors.title}
            hint={
              isIncident
                ? "Was gestört ist, so wie Anrufende es erleben, z. B. „Anmeldung mit BundID zurzeit nicht möglich“."
                : "Die Frage so, wie Anrufende sie stellen, z. B. „Warum kann ich mich nicht mit meiner BundID anmelden?“"
            }
          />
          <ShortAnswerField id={FIELD_ID.shortAnswer} name="shortAnswer" defaultValue={initial.shortAnswer} error={fieldErrors.shortAnswer} />
          <div className="kern-stack-sm">
            <div
              className="kern-label efa-editor__label"
              id={`${FIELD_ID.body}-label`}
              onClick={() => document.getElementById(FIELD_ID.body)?.focus()}
            >
              Antwort
            </div>
            <Hint id={`${FIELD_ID.body}-hinweis`}>
              Die ausführliche Antwort für das Servicecenter und die Ausspielung über XZuFi. Die Formatierungsleiste erreichen Sie mit
              der Tabulatortaste; innerhalb der Leiste wechseln Sie mit den Pfeiltasten.
            </Hint>
            <RichTextEditor
              id={FIELD_ID.body}
              labelId={`${FIELD_ID.body}-label`}
              hintId={`${FIELD_ID.body}-hinweis`}
              initialHtml={initial.bodyHtml}
              error={fieldErrors.body}
              handleRef={editorRef}
            />
          </div>
        </section>

        {isIncident ? <IncidentFields initial={initial.incident} options={options} fieldErrors={fieldErrors} /> : null}

        <section className="kern-stack-lg" aria-labelledby="artikel-abschnitt-einordnung">
          <h2 className="kern-heading-medium" id="artikel-abschnitt-einordnung">
            Einordnung
          </h2>
          <TextInput
            id={FIELD_ID.keywords}
            name="keywords"
            label="Schlagworte"
            isOptional
            defaultValue={initial.keywords.join(", ")}
            error={fieldErrors.keywords}
            hint="Begriffe, unter denen Anrufende und das Servicecenter suchen; durch Kommas getrennt, z. B. „BundID, Nutzerkonto, Passwort“."
          />
          <ChoiceGroup
            id={FIELD_ID.categories}
            name="categories"
            legend="Kategorien"
            kind="checkbox"
            isOptional
            choices={CATEGORY_CHOICES}
            defaultValues={initial.categories}
            error={fieldErrors.categories}
            hint="Die Themen der 115-Lotsenfunktion, zu denen der Artikel gehört."
          />
          {options.leistungen.length > 0 ? (
            <ChoiceGroup
              id={FIELD_ID.leikaKeys}
              name="leikaKeys"
              legend="Leistungen"
              kind="checkbox"
              isOptional
              choices={options.leistungen.map((l) => ({ value: l.leikaKey, label: `${l.name} (LeiKa ${l.leikaKey})` }))}
              defaultValues={initial.leikaKeys}
              error={fieldErrors.leikaKeys}
              hint="Die Leistungen des Onlinedienstes, zu denen der Artikel in der XZuFi-Ausspielung erscheint."
            />
          ) : (
            <p className="kern-body">Dem Onlinedienst sind noch keine Leistungen zugeordnet.</p>
          )}
        </section>

        <section className="kern-stack-lg" aria-labelledby="artikel-abschnitt-gueltigkeit">
          <h2 className="kern-heading-medium" id="artikel-abschnitt-gueltigkeit">
            Gültigkeit und Wiedervorlage
          </h2>
          <TextInput id={FIELD_ID.validFrom} name="validFrom" type="date" label="Gültig ab" isOptional defaultValue={initial.validFrom} error={fieldErrors.validFrom} hint="Ohne Angabe: sofort nach der Veröffentlichung." />
          <TextInput id={FIELD_ID.validUntil} name="validUntil" type="date" label="Gültig bis" isOptional defaultValue={initial.validUntil} error={fieldErrors.validUntil} hint="Ohne Angabe: unbefristet. Nach diesem Tag wird der Artikel nicht mehr gefunden." />
          <TextInput id={FIELD_ID.reviewDue} name="reviewDue" type="date" label="Wiedervorlage" isOptional defaultValue={initial.reviewDue} error={fieldErrors.reviewDue} hint="An diesem Tag erscheint der Artikel in Ihrer Arbeitsliste zur inhaltlichen Prüfung." />
        </section>

        <section className="kern-stack-lg" aria-labelledby="artikel-abschnitt-hinweise">
          <h2 className="kern-heading-medium" id="artikel-abschnitt-hinweise">
            Hinweise
          </h2>
          <TextArea id={FIELD_ID.contactHints} name="contactHints" label="Kontakthinweise" isOptional defaultValue={initial.contactHints} error={fieldErrors.contactHints} hint="Wohin sich Anrufende wenden können, wenn die Antwort nicht weiterhilft." />
          <TextArea id={FIELD_ID.internalNote} name="internalNote" label="Interne Notiz" isOptional defaultValue={initial.internalNote} error={fieldErrors.internalNote} hint="Nur für Redaktion und Prüfung sichtbar; wird nicht ausgespielt." />
          {target.mode === "edit" ? (
            <TextInput id={FIELD_ID.changeNote} name="changeNote" label="Änderungsnotiz" isOptional error={fieldErrors.changeNote} hint="Was Sie geändert haben, für die Versionen und die Prüfung (höchstens 500 Zeichen)." />
          ) : null}
        </section>

        <div className="kern-flex kern-flex-wrap kern-gap-md">
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={isSaving || undefined}>
            <span className="kern-label">{isSaving ? "Wird gespeichert …" : target.mode === "create" ? "Als Entwurf anlegen" : "Entwurf speichern"}</span>
          </button>
          <Link className="kern-btn kern-btn--tertiary" href={cancelHref}>
            <span className="kern-label">Abbrechen</span>
          </Link>
        </div>
      </form>
    </div>
  );
}
