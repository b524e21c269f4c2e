import type { FieldProblem } from "@/components/articles/api-client";
import type { SummaryItem } from "@/components/articles/error-summary";

/** Errors of a synonym group form: per entered term (by position), for the group as a whole, for the form. */
export interface TermErrors {
  terms: Record<number, string>;
  group: string | null;
  form: string | null;
}

export const NO_ERRORS: TermErrors = { terms: {}, group: null, form: null };

/** Id of the input of the i-th term (0-based) of a form. */
export const termFieldId = (prefix: string, index: number) => `${prefix}-begriff-${index + 1}`;
/** Id of the fieldset's first element for errors of the whole group. */
export const groupFieldId = (prefix: string) => termFieldId(prefix, 0);

/**
 * Maps the API's problems to the form: "terms.2" to the third term's field, "terms" to the group, anything else
 * to the form. The first message per field wins.
 */
export function termErrorsFrom(problems: readonly FieldProblem[], fallback: string): TermErrors {
  const errors: TermErrors = { terms: {}, group: null, form: null };
  for (const p of problems) {
    const match = /^terms\.(\d+)$/.exec(p.path);
    if (match) {
      const index = Number(match[1]);
      errors.terms[index] ??= p.message;
    } else if (p.path === "terms") errors.group ??= p.message;
    else errors.form ??= p.message;
  }
  if (!problems.length) errors.form = fallback;
  return errors;
}

export function hasErrors(errors: TermErrors): boolean {
  return errors.form !== null || errors.group !== null || Object.keys(errors.terms).length > 0;
}

/** The error summary's entries in form order, each linking to its field. */
export function summaryOf(errors: TermErrors, prefix: string): SummaryItem[] {
  const items: SummaryItem[] = Object.entries(errors.terms)
    .map(([i, message]) => [Number(i), message] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([i, message]) => ({ fieldId: termFieldId(prefix, i), message: `Begriff ${i + 1}: ${message}` }));
  if (errors.group) items.push({ fieldId: groupFieldId(prefix), message: errors.group });
  return items;
}

/** The terms as the API takes them: as entered, trimmed; empty fields are sent so the server can name them. */
export function termsPayload(values: readonly string[]): { terms: string[] } {
  return { terms: values.map((v) => v.trim()) };
}

/** "Perso, Personalausweis" for messages and dialog texts. */
export function groupLabel(terms: readonly string[]): string {
  return `„${terms.join(", ")}“`;
}
