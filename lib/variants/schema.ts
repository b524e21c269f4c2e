import { z } from "zod";
import type { VariantChangeInput } from "../articles/content";
import { CATEGORIES, MAX_SHORT_ANSWER, MAX_TITLE } from "../articles/vocabulary";
import { docToText, parseEditorDoc } from "../editor/server";
import type { Problem } from "../errors";

/**
 * The changes of a variant as the variant editor sends them: per field inherit (absent), replace or append.
 * Returns the rows to store or German problems per field ("changes.shortAnswer.text", ...).
 */
const mode = z.enum(["REPLACE", "APPEND"], { error: "Bitte „ersetzen“ oder „ergänzen“ wählen" });
const text = (max: number, label: string) => z.string({ error: `${label}: bitte Text angeben` }).trim().min(1, { error: `${label}: bitte ausfüllen oder „übernehmen“ wählen` }).max(max, { error: `${label}: höchstens ${max} Zeichen` });
const items = (label: string, item: z.ZodType<string>) => z.array(item, { error: `${label}: bitte als Liste angeben` }).max(50, { error: `${label}: höchstens 50 Einträge` });
const date = (label: string) => z.union([z.literal(""), z.null(), z.iso.date({ error: `${label}: bitte ein Datum angeben` })], { error: `${label}: bitte ein Datum angeben` }).optional().transform((v) => v || null);
// checked with the other fields, so one answer reports every problem at once
const editorDoc = z.unknown().transform((value, ctx) => {
  const doc = parseEditorDoc(value);
  if (!doc.ok) {
    for (const p of doc.problems) ctx.addIssue({ code: "custom", message: `Antwort: ${p.message}` });
    return z.NEVER;
  }
  if (!docToText(doc.doc).trim()) {
    ctx.addIssue({ code: "custom", message: "Antwort: bitte Text eingeben oder „übernehmen“ wählen" });
    return z.NEVER;
  }
  return doc.doc;
});

export const changesInput = z.strictObject({
  title: z.strictObject({ mode, text: text(MAX_TITLE, "Titel") }).optional(),
  shortAnswer: z.strictObject({ mode, text: text(MAX_SHORT_ANSWER, "Sprechtext") }).optional(),
  body: z.strictObject({ mode, doc: editorDoc }).optional(),
  keywords: z.strictObject({ mode, items: items("Schlagworte", z.string().trim().min(1).max(100)) }).optional(),
  categories: z.strictObject({ mode, items: items("Kategorien", z.enum(CATEGORIES, { error: "Kategorien: unbekannte Kategorie" })) }).optional(),
  contactHints: z.strictObject({ mode, text: text(2000, "Kontakthinweise") }).optional(),
  validity: z.strictObject({ mode: z.literal("REPLACE", { error: "Gültigkeit: nur „ersetzen“ ist möglich" }), validFrom: date("Gültig ab"), validUntil: date("Gültig bis") }).optional(),
});

export type VariantChangesInput = z.input<typeof changesInput>;

export function parseVariantChanges(input: unknown): { ok: true; changes: VariantChangeInput[] } | { ok: false; problems: Problem[] } {
  const parsed = changesInput.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: ["changes", ...i.path.map(String)].join("."), message: i.message })) };
  const c = parsed.data;
  const problems: Problem[] = [];
  const out: VariantChangeInput[] = [];
  if (c.title) out.push({ field: "TITLE", mode: c.title.mode, value: { text: c.title.text } });
  if (c.shortAnswer) out.push({ field: "SHORT_ANSWER", mode: c.shortAnswer.mode, value: { text: c.shortAnswer.text } });
  if (c.body) out.push({ field: "BODY", mode: c.body.mode, value: { doc: c.body.doc } });
  if (c.keywords) out.push({ field: "KEYWORDS", mode: c.keywords.mode, value: { items: [...new Set(c.keywords.items)] } });
  if (c.categories) out.push({ field: "CATEGORIES", mode: c.categories.mode, value: { items: [...new Set(c.categories.items)] } });
  if (c.contactHints) out.push({ field: "CONTACT_HINTS", mode: c.contactHints.mode, value: { text: c.contactHints.text } });
  if (c.validity) {
    if (c.validity.validFrom && c.validity.validUntil && c.validity.validFrom > c.validity.validUntil) problems.push({ path: "changes.validity.validUntil", message: "Gültig bis: liegt vor „Gültig ab“" });
    else out.push({ field: "VALIDITY", mode: "REPLACE", value: { validFrom: c.validity.validFrom, validUntil: c.validity.validUntil } });
  }
  return problems.length ? { ok: false, problems } : { ok: true, changes: out };
}
