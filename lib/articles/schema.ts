import { z } from "zod";
import { parseGermanLocalTime } from "./berlin-time";
import { CATEGORIES, LEIKA_KEY, MAX_SHORT_ANSWER, MAX_TITLE, STOERUNGSKLASSEN } from "./vocabulary";

/**
 * Input of the article form (server actions and API), validated field by field with German messages.
 * The body is the editor's JSON; lib/editor/server.ts checks it against the real tiptap schema.
 */
const trimmed = (max: number, label: string) =>
  z.string({ error: `${label}: bitte als Text angeben` }).trim().max(max, { error: `${label}: höchstens ${max} Zeichen` });
const required = (max: number, label: string) => trimmed(max, label).min(1, { error: `${label}: bitte ausfüllen` });
const optionalText = (max: number, label: string) => trimmed(max, label).transform((v) => (v === "" ? null : v)).nullish().transform((v) => v ?? null);
const optionalDate = (label: string) =>
  z
    .union([z.literal(""), z.null(), z.iso.date({ error: `${label}: bitte ein Datum (TT.MM.JJJJ) angeben` })])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00.000Z`) : null));
const termList = (label: string, max: number) =>
  z
    .array(z.string().trim().min(1).max(100, { error: `${label}: jeder Eintrag höchstens 100 Zeichen` }), { error: `${label}: bitte als Liste angeben` })
    .max(max, { error: `${label}: höchstens ${max} Einträge` })
    .transform((l) => [...new Set(l)]);

export const articleContentInput = z
  .object({
    title: required(MAX_TITLE, "Titel"),
    shortAnswer: required(MAX_SHORT_ANSWER, "Sprechtext"),
    body: z.unknown(),
    keywords: termList("Schlagworte", 50).default([]),
    categories: z.array(z.enum(CATEGORIES, { error: "Kategorie: unbekannte Kategorie" })).max(CATEGORIES.length).default([]).transform((l) => [...new Set(l)]),
    leikaKeys: z.array(z.string().regex(LEIKA_KEY, { error: "Leistungen: LeiKa-Schlüssel haben 14 Ziffern" })).max(50).default([]).transform((l) => [...new Set(l)]),
    contactHints: optionalText(2000, "Kontakthinweise"),
    internalNote: optionalText(5000, "Interne Notiz"),
    validFrom: optionalDate("Gültig ab"),
    validUntil: optionalDate("Gültig bis"),
    reviewDue: optionalDate("Wiedervorlage"),
  })
  .superRefine((v, ctx) => {
    if (v.validFrom && v.validUntil && v.validFrom > v.validUntil) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "Gültig bis: liegt vor „Gültig ab“; bitte ein späteres Datum wählen" });
    }
  });

export const incidentInput = z
  .object({
    klasse: z.enum(STOERUNGSKLASSEN, { error: "Störungsklasse: bitte auswählen" }),
    startedAt: z.iso.datetime({ offset: true, local: true, error: "Beginn: bitte Datum und Uhrzeit angeben" }).transform(parseGermanLocalTime),
    resolvedAt: z
      .union([z.literal(""), z.null(), z.iso.datetime({ offset: true, local: true, error: "Behoben: bitte Datum und Uhrzeit angeben" })])
      .optional()
      .transform((v) => (v ? parseGermanLocalTime(v) : null)),
    affectedArs: z.array(z.string().regex(/^\d{2}$/, { error: "Betroffene Länder: Regionalschlüssel eines Landes (2 Ziffern)" })).max(16).default([]),
    workaroundArticleId: z.string().trim().max(40).nullish().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.resolvedAt && v.resolvedAt < v.startedAt) ctx.addIssue({ code: "custom", path: ["resolvedAt"], message: "Behoben: liegt vor dem Beginn der Störung" });
  });

export type ArticleContentInput = z.output<typeof articleContentInput>;
export type IncidentInput = z.output<typeof incidentInput>;
