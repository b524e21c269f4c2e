import type { JSONContent } from "@tiptap/core";
import type { VariantChangeInput } from "@/lib/articles/content";
import { effectiveBodyDoc, type EffectiveContent } from "@/lib/variants/effective-content";
import type { ChangesView } from "@/lib/variants/get-variant";
import type { FieldProblem } from "@/components/articles/api-client";
import { splitKeywords } from "@/components/articles/article-form-model";

/**
 * The variant editor's state and what it sends: per field "übernehmen" (INHERIT, nothing stored), "ersetzen"
 * (REPLACE) or "ergänzen" (APPEND). The same state yields the API payload (lib/variants/schema.ts parses it)
 * and the changes the live preview merges with lib/variants/effective-content.ts.
 */
export type FieldMode = "INHERIT" | "REPLACE" | "APPEND";

export interface VariantFormState {
  title: { mode: FieldMode; text: string };
  shortAnswer: { mode: FieldMode; text: string };
  body: { mode: FieldMode; doc: JSONContent | null };
  /** comma-separated, as typed */
  keywords: { mode: FieldMode; text: string };
  categories: { mode: FieldMode; items: string[] };
  validity: { mode: "INHERIT" | "REPLACE"; validFrom: string; validUntil: string };
  contactHints: { mode: FieldMode; text: string };
}

export type VariantFormField = keyof VariantFormState;

/** The fields in page order with their German names and the ids of their mode group and input. */
export const VARIANT_FIELDS: readonly { field: VariantFormField; label: string; modeId: string; inputId: string }[] = [
  { field: "title", label: "Titel", modeId: "variante-titel-modus", inputId: "variante-titel" },
  { field: "shortAnswer", label: "Sprechtext", modeId: "variante-sprechtext-modus", inputId: "variante-sprechtext" },
  { field: "body", label: "Antwort", modeId: "variante-antwort-modus", inputId: "variante-antwort" },
  { field: "keywords", label: "Schlagworte", modeId: "variante-schlagworte-modus", inputId: "variante-schlagworte" },
  { field: "categories", label: "Kategorien", modeId: "variante-kategorien-modus", inputId: "variante-kategorien" },
  { field: "validity", label: "Gültigkeit", modeId: "variante-gueltigkeit-modus", inputId: "variante-gueltig-ab" },
  { field: "contactHints", label: "Kontakthinweise", modeId: "variante-kontakthinweise-modus", inputId: "variante-kontakthinweise" },
];

export const VALID_UNTIL_ID = "variante-gueltig-bis";
export const CHANGE_NOTE_ID = "variante-aenderungsnotiz";
export const INTERNAL_NOTE_ID = "variante-interne-notiz";

const EMPTY_DOC: JSONContent = { type: "doc", content: [] };

/** The editor's starting state from the variant's newest revision (fields without a change inherit). */
export function initialFormState(changes: ChangesView): VariantFormState {
  return {
    title: { mode: changes.title?.mode ?? "INHERIT", text: changes.title?.text ?? "" },
    shortAnswer: { mode: changes.shortAnswer?.mode ?? "INHERIT", text: changes.shortAnswer?.text ?? "" },
    body: { mode: changes.body?.mode ?? "INHERIT", doc: changes.body?.doc ?? null },
    keywords: { mode: changes.keywords?.mode ?? "INHERIT", text: (changes.keywords?.items ?? []).join(", ") },
    categories: { mode: changes.categories?.mode ?? "INHERIT", items: changes.categories?.items ?? [] },
    validity: { mode: changes.validity ? "REPLACE" : "INHERIT", validFrom: changes.validity?.validFrom ?? "", validUntil: changes.validity?.validUntil ?? "" },
    contactHints: { mode: changes.contactHints?.mode ?? "INHERIT", text: changes.contactHints?.text ?? "" },
  };
}

/**
 * A new choice for one field. "ersetzen" starts from the parent's value (to be edited), "ergänzen" from
 * nothing new (an untouched copy of the parent's value is dropped); what was typed is kept otherwise.
 */
export function withMode(s: VariantFormState, field: VariantFormField, mode: FieldMode, parent: EffectiveContent): VariantFormState {
  const fromParent = (cur: string, parentText: string) => (mode === "REPLACE" && !cur.trim() ? parentText : mode === "APPEND" && cur === parentText ? "" : cur);
  switch (field) {
    case "title":
      return { ...s, title: { mode, text: fromParent(s.title.text, parent.title.text) } };
    case "shortAnswer":
      return { ...s, shortAnswer: { mode, text: fromParent(s.shortAnswer.text, parent.shortAnswer.text) } };
    case "contactHints":
      return { ...s, contactHints: { mode, text: fromParent(s.contactHints.text, parent.contactHints?.text ?? "") } };
    case "keywords":
      return { ...s, keywords: { mode, text: fromParent(s.keywords.text, parent.keywords.join(", ")) } };
    case "categories": {
      const cur = s.categories.items;
      const isParents = cur.length === parent.categories.length && cur.every((c) => parent.categories.includes(c));
      return { ...s, categories: { mode, items: mode === "REPLACE" && cur.length === 0 ? [...parent.categories] : mode === "APPEND" && isParents ? [] : cur } };
    }
    case "body":
      // the editor keeps its text between ersetzen and ergänzen; ersetzen from scratch starts with the parent's answer
      return { ...s, body: { mode, doc: mode === "REPLACE" && !s.body.doc ? effectiveBodyDoc(parent.body) : s.body.doc } };
    case "validity": {
      const isEmpty = !s.validity.validFrom && !s.validity.validUntil;
      const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? "";
      return {
        ...s,
        validity: {
          mode: mode === "REPLACE" ? "REPLACE" : "INHERIT",
          validFrom: isEmpty ? day(parent.validFrom) : s.validity.validFrom,
          validUntil: isEmpty ? day(parent.validUntil) : s.validity.validUntil,
        },
      };
    }
  }
}

type Chosen = Exclude<FieldMode, "INHERIT">;
const chosen = (mode: FieldMode): mode is Chosen => mode !== "INHERIT";

/** The `changes` object of PUT /api/articles/{id}/variant-draft: only the fields that do not inherit. */
export function changesPayload(s: VariantFormState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (chosen(s.title.mode)) out.title = { mode: s.title.mode, text: s.title.text };
  if (chosen(s.shortAnswer.mode)) out.shortAnswer = { mode: s.shortAnswer.mode, text: s.shortAnswer.text };
  if (chosen(s.body.mode)) out.body = { mode: s.body.mode, doc: s.body.doc ?? EMPTY_DOC };
  if (chosen(s.keywords.mode)) out.keywords = { mode: s.keywords.mode, items: splitKeywords(s.keywords.text) };
  if (chosen(s.categories.mode)) out.categories = { mode: s.categories.mode, items: s.categories.items };
  if (s.validity.mode === "REPLACE") out.validity = { mode: "REPLACE", validFrom: s.validity.validFrom, validUntil: s.validity.validUntil };
  if (chosen(s.contactHints.mode)) out.contactHints = { mode: s.contactHints.mode, text: s.contactHints.text };
  return out;
}

function docHasText(doc: JSONContent | null): boolean {
  if (!doc) return false;
  if (typeof doc.text === "string" && doc.text.trim()) return true;
  return (doc.content ?? []).some(docHasText);
}

/**
 * The changes as the server would store them, for the live preview. What the server would refuse as empty
 * is left out, so the preview shows the parent's text until something is typed.
 */
export function previewChanges(s: VariantFormState): VariantChangeInput[] {
  const out: VariantChangeInput[] = [];
  const text = (field: VariantChangeInput["field"], v: { mode: FieldMode; text: string }) => {
    const t = v.text.trim();
    if (chosen(v.mode) && t) out.push({ field, mode: v.mode, value: { text: t } });
  };
  text("TITLE", s.title);
  text("SHORT_ANSWER", s.shortAnswer);
  if (chosen(s.body.mode) && s.body.doc && docHasText(s.body.doc)) out.push({ field: "BODY", mode: s.body.mode, value: { doc: s.body.doc as VariantChangeInput["value"] } });
  if (chosen(s.keywords.mode)) out.push({ field: "KEYWORDS", mode: s.keywords.mode, value: { items: splitKeywords(s.keywords.text) } });
  if (chosen(s.categories.mode)) out.push({ field: "CATEGORIES", mode: s.categories.mode, value: { items: [...new Set(s.categories.items)] } });
  if (s.validity.mode === "REPLACE") out.push({ field: "VALIDITY", mode: "REPLACE", value: { validFrom: s.validity.validFrom || null, validUntil: s.validity.validUntil || null } });
  text("CONTACT_HINTS", s.contactHints);
  return out;
}

/** The element a server problem belongs to ("changes.title.text" -> the title input), or null for the form. */
export function fieldIdOfProblem(path: string): string | null {
  if (path === "changeNote") return CHANGE_NOTE_ID;
  if (path === "internalNote") return INTERNAL_NOTE_ID;
  const [root, field, part] = path.split(".");
  if (root !== "changes") return null;
  const f = VARIANT_FIELDS.find((x) => x.field === field);
  if (!f) return null;
  if (field === "validity") return part === "validUntil" ? VALID_UNTIL_ID : part === "mode" ? f.modeId : f.inputId;
  if (part === "mode") return f.modeId;
  // "changes.body" is a problem of the document itself; other whole-field problems belong to the choice
  if (part === undefined) return field === "body" ? f.inputId : f.modeId;
  return f.inputId;
}

export type VariantFieldErrors = Partial<Record<string, string>>;

/** Field errors by element id (first message each) and the summary in page order. */
export function sortVariantProblems(problems: readonly FieldProblem[]): { fieldErrors: VariantFieldErrors; summary: { fieldId: string | null; message: string }[] } {
  const order = [...VARIANT_FIELDS.flatMap((f) => [f.modeId, f.inputId, ...(f.field === "validity" ? [VALID_UNTIL_ID] : [])]), INTERNAL_NOTE_ID, CHANGE_NOTE_ID];
  const fieldErrors: VariantFieldErrors = {};
  const withField: { index: number; fieldId: string; message: string }[] = [];
  const withoutField: { fieldId: null; message: string }[] = [];
  for (const p of problems) {
    const id = fieldIdOfProblem(p.path);
    if (!id) {
      withoutField.push({ fieldId: null, message: p.message });
      continue;
    }
    fieldErrors[id] ??= p.message;
    withField.push({ index: order.indexOf(id), fieldId: id, message: p.message });
  }
  withField.sort((a, b) => a.index - b.index);
  return { fieldErrors, summary: [...withoutField, ...withField.map(({ fieldId, message }) => ({ fieldId, message }))] };
}
