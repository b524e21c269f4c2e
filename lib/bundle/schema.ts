import { z } from "zod";
import { ARTICLE_TYPES, CATEGORIES, LEIKA_KEY, MAX_SHORT_ANSWER, MAX_TITLE, STOERUNGSKLASSEN } from "../articles/vocabulary";

/**
 * The kb-bundle format, version 1 (docs/bundle.md, ../shared/KB-BUNDLE.md). This is only the shape; rules
 * that need the whole bundle or the database (references, workflow, regions) are in validate-bundle.ts.
 */
const text = (max: number, what = "Text") =>
  z.string({ error: `erwartet ${what} (Zeichenkette)` }).trim().min(1, { error: `darf nicht leer sein` }).max(max, { error: `ist zu lang (höchstens ${max} Zeichen)` });
const optionalText = (max: number) => z.string({ error: "erwartet eine Zeichenkette" }).trim().max(max, { error: `ist zu lang (höchstens ${max} Zeichen)` }).nullish();
const key = z.string({ error: "erwartet einen Schlüssel" }).regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, { error: "erwartet einen Schlüssel aus a-z, 0-9, Punkt, Bindestrich, Unterstrich (höchstens 120 Zeichen)" });
const ars = z.string({ error: "erwartet einen Regionalschlüssel" }).regex(/^(\d{2}|\d{12})$/, { error: "erwartet einen Regionalschlüssel (ARS) mit 2 oder 12 Ziffern" });
const isoDate = z.iso.date({ error: "erwartet ein Datum im Format JJJJ-MM-TT" });
const isoDateTime = z.iso.datetime({ offset: true, error: "erwartet Datum und Uhrzeit nach ISO 8601, z. B. 2026-11-20T07:30:00+01:00" });
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, { error: "erwartet eine Liste" }).max(max, { error: `hat zu viele Einträge (höchstens ${max})` });
const term = text(100, "einen Begriff");
const statusSchema = z.enum(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"], { error: "erwartet DRAFT, IN_REVIEW, PUBLISHED oder ARCHIVED" });
const category = z.enum(CATEGORIES, { error: `erwartet eine Kategorie aus ${CATEGORIES.join(", ")}` });
const leikaKey = z.string().regex(LEIKA_KEY, { error: "erwartet einen LeiKa-Schlüssel mit 14 Ziffern" });
const MAX_HTML = 200_000;

export const organisationSchema = z.strictObject({
  ars,
  name: text(200, "einen Namen"),
  kind: z.enum(["BUND", "LAND", "KOMMUNE"], { error: "erwartet BUND, LAND oder KOMMUNE" }),
  parentArs: ars.nullish(),
});

export const serviceSchema = z.strictObject({
  key,
  name: text(200, "einen Namen"),
  operatorArs: ars,
  coUserArs: list(ars, 16).default([]),
  url: z.url({ protocol: /^https?$/, error: "erwartet eine http(s)-URL" }).max(2000).nullish(),
  leistungen: list(z.strictObject({ leikaKey, name: text(300, "einen Namen") }), 200).default([]),
});

export const incidentSchema = z.strictObject({
  severity: z.enum(STOERUNGSKLASSEN, { error: `erwartet eine Störungsklasse aus ${STOERUNGSKLASSEN.join(", ")}` }),
  startedAt: isoDateTime,
  resolvedAt: isoDateTime.nullish(),
  affectedArs: list(ars, 500).default([]),
  workaround: key.nullish(), // key of the workaround article
});

export const articleSchema = z
  .strictObject({
    key,
    service: key,
    type: z.enum(ARTICLE_TYPES, { error: `erwartet einen Typ aus ${ARTICLE_TYPES.join(", ")}` }),
    title: text(MAX_TITLE, "einen Titel"),
    shortAnswer: text(MAX_SHORT_ANSWER, "einen Sprechtext"),
    bodyHtml: z.string({ error: "erwartet HTML als Zeichenkette" }).max(MAX_HTML, { error: `ist zu lang (höchstens ${MAX_HTML} Zeichen)` }).optional(),
    bodyMarkdown: z.string({ error: "erwartet Markdown als Zeichenkette" }).max(MAX_HTML, { error: `ist zu lang (höchstens ${MAX_HTML} Zeichen)` }).optional(),
    keywords: list(term, 50).default([]),
    categories: list(category, CATEGORIES.length).default([]),
    leikaKeys: list(leikaKey, 50).default([]),
    contactHints: optionalText(2000),
    internalNote: optionalText(5000),
    validFrom: isoDate.nullish(),
    validUntil: isoDate.nullish(),
    reviewDue: isoDate.nullish(),
    status: statusSchema,
    incident: incidentSchema.nullish(),
  })
  .superRefine((a, ctx) => {
    if ((a.bodyHtml === undefined) === (a.bodyMarkdown === undefined)) {
      ctx.addIssue({ code: "custom", path: ["bodyHtml"], message: "genau eines von bodyHtml und bodyMarkdown angeben" });
    }
  });

const mode = z.enum(["replace", "append"], { error: "erwartet replace oder append" });
export const variantChangesSchema = z
  .strictObject({
    title: z.strictObject({ mode, text: text(MAX_TITLE) }).optional(),
    shortAnswer: z.strictObject({ mode, text: text(MAX_SHORT_ANSWER) }).optional(),
    bodyHtml: z.strictObject({ mode, html: z.string().min(1).max(MAX_HTML, { error: `ist zu lang (höchstens ${MAX_HTML} Zeichen)` }) }).optional(),
    bodyMarkdown: z.strictObject({ mode, markdown: z.string().min(1).max(MAX_HTML, { error: `ist zu lang (höchstens ${MAX_HTML} Zeichen)` }) }).optional(),
    keywords: z.strictObject({ mode, items: list(term, 50) }).optional(),
    categories: z.strictObject({ mode, items: list(category, CATEGORIES.length) }).optional(),
    contactHints: z.strictObject({ mode, text: text(2000) }).optional(),
    validity: z.strictObject({ mode: z.literal("replace", { error: "Gültigkeit kann nur ersetzt werden (replace)" }), validFrom: isoDate.nullish(), validUntil: isoDate.nullish() }).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.bodyHtml && c.bodyMarkdown) ctx.addIssue({ code: "custom", path: ["bodyHtml"], message: "nur eines von bodyHtml und bodyMarkdown angeben" });
    if (Object.keys(c).length === 0) ctx.addIssue({ code: "custom", path: [], message: "eine Variante muss mindestens ein Feld ändern" });
  });

export const variantSchema = z.strictObject({
  key,
  parent: key,
  regionArs: ars,
  changes: variantChangesSchema,
  internalNote: optionalText(5000),
  status: statusSchema,
});

const hours = z.number({ error: "erwartet eine Zahl von Stunden" }).int({ error: "erwartet ganze Stunden" }).min(0).max(10_000);
const perKlasse = z.strictObject({ BETRIEBSVERHINDERND: hours, BETRIEBSBEHINDERND: hours, LEICHT: hours });

export const routingTargetSchema = z.strictObject({
  service: key,
  regionArs: ars.nullish(),
  level: z.enum(["SECOND", "THIRD"], { error: "erwartet SECOND oder THIRD" }),
  kind: z.enum(["TECHNICAL", "FACHLICH"], { error: "erwartet TECHNICAL oder FACHLICH" }),
  name: text(200, "einen Namen"),
  channel: z.enum(["TICKET_SYSTEM", "EMAIL", "PHONE"], { error: "erwartet TICKET_SYSTEM, EMAIL oder PHONE" }),
  contact: text(500, "eine Kontaktadresse"),
  serviceHours: text(500, "Servicezeiten"),
  reactionHours: perKlasse,
  resolutionHours: perKlasse,
});

/** A path (level, kind) that a Land does not allow for its region (docs/matrix.md); same limits as lib/routing/schema.ts. */
export const routingRestrictionSchema = z.strictObject({
  service: key,
  regionArs: ars,
  level: z.enum(["SECOND", "THIRD"], { error: "erwartet SECOND oder THIRD" }),
  kind: z.enum(["TECHNICAL", "FACHLICH"], { error: "erwartet TECHNICAL oder FACHLICH" }),
  reason: text(300, "eine Begründung"),
});

export const MAX_BUNDLE_ITEMS = 50_000;

export const bundleSchema = z.strictObject({
  format: z.literal("kb-bundle", { error: 'erwartet "kb-bundle"' }),
  version: z.literal(1, { error: "erwartet Version 1 (diese Version des Systems liest nur Version 1)" }),
  exportedAt: isoDateTime.optional(),
  organisations: list(organisationSchema, MAX_BUNDLE_ITEMS).default([]),
  services: list(serviceSchema, MAX_BUNDLE_ITEMS).default([]),
  articles: list(articleSchema, MAX_BUNDLE_ITEMS).default([]),
  variants: list(variantSchema, MAX_BUNDLE_ITEMS).default([]),
  routingTargets: list(routingTargetSchema, MAX_BUNDLE_ITEMS).default([]),
  routingRestrictions: list(routingRestrictionSchema, MAX_BUNDLE_ITEMS).default([]),
  synonyms: list(list(term, 50).min(2, { error: "eine Synonymgruppe braucht mindestens 2 Begriffe" }), MAX_BUNDLE_ITEMS).default([]),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleArticle = z.infer<typeof articleSchema>;
export type BundleVariant = z.infer<typeof variantSchema>;
export type BundleVariantChanges = z.infer<typeof variantChangesSchema>;
export type BundleOrganisation = z.infer<typeof organisationSchema>;
export type BundleService = z.infer<typeof serviceSchema>;
export type BundleRoutingTarget = z.infer<typeof routingTargetSchema>;
export type BundleRoutingRestriction = z.infer<typeof routingRestrictionSchema>;

/** "articles[3].title" from a zod path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "");
}
