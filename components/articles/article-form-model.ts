import type { FieldProblem } from "./api-client";
import { berlinLocalToIso } from "./berlin-time";

/** Values the article form starts with (from the pending or published revision, or empty for a new article). */
export interface ArticleFormInitial {
  title: string;
  shortAnswer: string;
  /** server-sanitised HTML of the answer; the editor parses it with the shared extension list */
  bodyHtml: string;
  keywords: string[];
  categories: string[];
  leikaKeys: string[];
  contactHints: string;
  internalNote: string;
  /** "YYYY-MM-DD" or "" */
  validFrom: string;
  validUntil: string;
  reviewDue: string;
  incident: IncidentFormInitial | null;
}

export interface IncidentFormInitial {
  klasse: string | null;
  /** ISO times */
  startedAt: string | null;
  resolvedAt: string | null;
  affectedArs: string[];
  workaroundArticleId: string | null;
}

/** Choices that depend on the service. */
export interface ArticleFormOptions {
  leistungen: { leikaKey: string; name: string }[];
  laender: { ars: string; name: string; isOperator: boolean }[];
  workarounds: { id: string; title: string }[];
}

/** The form's fields in page order, with the id of the element an error link focuses. */
export const FORM_FIELDS = [
  ["title", "artikel-titel"],
  ["shortAnswer", "artikel-sprechtext"],
  ["body", "artikel-antwort"],
  ["incident.klasse", "stoerung-klasse"],
  ["incident.startedAt", "stoerung-beginn"],
  ["incident.resolvedAt", "stoerung-behoben"],
  ["incident.affectedArs", "stoerung-laender"],
  ["incident.workaroundArticleId", "stoerung-workaround"],
  ["keywords", "artikel-schlagworte"],
  ["categories", "artikel-kategorien"],
  ["leikaKeys", "artikel-leistungen"],
  ["validFrom", "artikel-gueltig-ab"],
  ["validUntil", "artikel-gueltig-bis"],
  ["reviewDue", "artikel-wiedervorlage"],
  ["contactHints", "artikel-kontakthinweise"],
  ["internalNote", "artikel-interne-notiz"],
  ["changeNote", "artikel-aenderungsnotiz"],
] as const;

export type FormField = (typeof FORM_FIELDS)[number][0];
export const FIELD_ID = Object.fromEntries(FORM_FIELDS) as Record<FormField, string>;
const FIELD_NAMES = FORM_FIELDS.map(([field]) => field) as readonly string[];

function isFormField(value: string): value is FormField {
  return FIELD_NAMES.includes(value);
}

/** The form field a problem path belongs to ("keywords.3" -> "keywords"), or null (e.g. serviceId). */
export function fieldOfPath(path: string): FormField | null {
  const segments = path.split(".");
  for (let n = segments.length; n > 0; n--) {
    const candidate = segments.slice(0, n).join(".");
    if (isFormField(candidate)) return candidate;
  }
  return null;
}

export type FieldErrors = Partial<Record<FormField, string>>;

/** Field errors (first message per field) and the summary entries in page order. */
export function sortProblems(problems: readonly FieldProblem[]): { fieldErrors: FieldErrors; summary: { fieldId: string | null; message: string }[] } {
  const fieldErrors: FieldErrors = {};
  const withField: { index: number; fieldId: string; message: string }[] = [];
  const withoutField: { fieldId: null; message: string }[] = [];
  for (const p of problems) {
    const field = fieldOfPath(p.path);
    if (!field) {
      withoutField.push({ fieldId: null, message: p.message });
      continue;
    }
    fieldErrors[field] ??= p.message;
    withField.push({ index: FIELD_NAMES.indexOf(field), fieldId: FIELD_ID[field], message: p.message });
  }
  withField.sort((a, b) => a.index - b.index);
  return { fieldErrors, summary: [...withoutField, ...withField.map(({ fieldId, message }) => ({ fieldId, message }))] };
}

/** "Elterngeld, Antrag; BundID" -> ["Elterngeld", "Antrag", "BundID"] */
export function splitKeywords(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((k) => k.trim()).filter(Boolean))];
}

const text = (data: FormData, name: string) => {
  const v = data.get(name);
  return typeof v === "string" ? v : "";
};
const texts = (data: FormData, name: string) => data.getAll(name).filter((v): v is string => typeof v === "string");

/** The JSON the API expects, from the form's fields and the editor's document (never its HTML). */
export function articleBody(data: FormData, body: unknown, isIncident: boolean): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    title: text(data, "title"),
    shortAnswer: text(data, "shortAnswer"),
    body,
    keywords: splitKeywords(text(data, "keywords")),
    categories: texts(data, "categories"),
    leikaKeys: texts(data, "leikaKeys"),
    contactHints: text(data, "contactHints"),
    internalNote: text(data, "internalNote"),
    validFrom: text(data, "validFrom"),
    validUntil: text(data, "validUntil"),
    reviewDue: text(data, "reviewDue"),
  };
  if (isIncident) {
    const klasse = data.get("klasse");
    payload.incident = {
      ...(typeof klasse === "string" ? { klasse } : {}),
      startedAt: berlinLocalToIso(text(data, "startedAt")),
      resolvedAt: berlinLocalToIso(text(data, "resolvedAt")),
      affectedArs: texts(data, "affectedArs"),
      workaroundArticleId: text(data, "workaroundArticleId") || null,
    };
  }
  return payload;
}
