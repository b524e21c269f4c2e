import type { FieldProblem } from "@/components/articles/api-client";
import type { SummaryItem } from "@/components/articles/error-summary";
import { STOERUNGSKLASSEN, STOERUNGSKLASSE_LABELS } from "@/lib/articles/vocabulary";

/** Pure helpers of the matrix forms: payloads from form data, API problems to fields. */

export const TARGET_FIELDS = [
  { path: "level", label: "Ebene" },
  { path: "kind", label: "Art" },
  { path: "name", label: "Zuständige Stelle" },
  { path: "channel", label: "Kanal" },
  { path: "contact", label: "Kontakt" },
  { path: "serviceHours", label: "Servicezeiten" },
  ...STOERUNGSKLASSEN.map((k) => ({ path: `reactionHours.${k}`, label: `Reaktionszeit ${STOERUNGSKLASSE_LABELS[k]}` })),
  ...STOERUNGSKLASSEN.map((k) => ({ path: `resolutionHours.${k}`, label: `Erledigungszeit ${STOERUNGSKLASSE_LABELS[k]}` })),
] as const;

export const RESTRICTION_FIELDS = [
  { path: "level", label: "Ebene" },
  { path: "kind", label: "Art" },
  { path: "reason", label: "Begründung" },
] as const;

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: null };

/** Id of a field of a form: "neu-basis-reactionHours-LEICHT". */
export const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, "-")}`;

/** Working hours as entered: a number when it is one (comma allowed), else the text, so the server names the field; empty = missing. */
export function hoursValue(raw: FormDataEntryValue | null): number | string | undefined {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (!text) return undefined;
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text;
}

const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** The body of POST/PUT /api/matrix/targets from the form's data. */
export function targetPayload(form: FormData): Record<string, unknown> {
  const perKlasse = (prefix: string) => Object.fromEntries(STOERUNGSKLASSEN.map((k) => [k, hoursValue(form.get(`${prefix}.${k}`))]));
  return {
    level: str(form, "level"),
    kind: str(form, "kind"),
    name: str(form, "name").trim(),
    channel: str(form, "channel"),
    contact: str(form, "contact").trim(),
    serviceHours: str(form, "serviceHours"),
    reactionHours: perKlasse("reactionHours"),
    resolutionHours: perKlasse("resolutionHours"),
  };
}

/** The body of POST /api/matrix/restrictions from the form's data. */
export function restrictionPayload(form: FormData): Record<string, unknown> {
  return { level: str(form, "level"), kind: str(form, "kind"), reason: str(form, "reason").trim() };
}

/**
 * The API's problems at the form's fields ("reactionHours" without a class goes to its first class);
 * problems of no known field, or none at all, become the form's message.
 */
export function formErrorsFrom(problems: readonly FieldProblem[], fallback: string, known: readonly { path: string }[]): FormErrors {
  const errors: FormErrors = { fields: {}, form: null };
  for (const p of problems) {
    const path = p.path === "reactionHours" || p.path === "resolutionHours" ? `${p.path}.${STOERUNGSKLASSEN[0]}` : p.path;
    if (known.some((f) => f.path === path)) errors.fields[path] ??= p.message;
    else errors.form ??= p.message;
  }
  if (!problems.length) errors.form = fallback;
  return errors;
}

export function hasFormErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

/** The error summary's entries in the form's order, each linking to its field. */
export function formSummary(errors: FormErrors, prefix: string, known: readonly { path: string; label: string }[]): SummaryItem[] {
  return known.flatMap((f) => (errors.fields[f.path] ? [{ fieldId: fieldId(prefix, f.path), message: `${f.label}: ${errors.fields[f.path]}` }] : []));
}
