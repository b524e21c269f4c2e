import type { Prisma } from "../../generated/prisma/client";
import type { EditorDoc } from "../editor/server";

/** The content of a base-article revision (what an editor writes). */
export interface ArticleContent {
  title: string;
  shortAnswer: string;
  bodyJson: EditorDoc;
  bodyHtml: string;
  bodyText: string;
  keywords: string[];
  categories: string[];
  leikaKeys: string[];
  contactHints: string | null;
  internalNote: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  reviewDue: Date | null;
}

export interface IncidentContent {
  klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT";
  startedAt: Date;
  resolvedAt: Date | null;
  affectedOrgIds: string[];
  workaroundArticleId: string | null;
}

export type VariantFieldName = "TITLE" | "SHORT_ANSWER" | "BODY" | "KEYWORDS" | "CATEGORIES" | "VALIDITY" | "CONTACT_HINTS";

/** One field a variant changes; value shapes: {text} | {doc} | {items} | {validFrom, validUntil} (ISO dates). */
export interface VariantChangeInput {
  field: VariantFieldName;
  mode: "REPLACE" | "APPEND";
  value: Prisma.InputJsonValue;
}

const time = (d: Date | null) => d?.getTime() ?? null;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two contents are equal (the body is compared by its derived HTML). */
export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return (
    a.title === b.title && a.shortAnswer === b.shortAnswer && a.bodyHtml === b.bodyHtml &&
    sameList(a.keywords, b.keywords) && sameList(a.categories, b.categories) && sameList(a.leikaKeys, b.leikaKeys) &&
    a.contactHints === b.contactHints && a.internalNote === b.internalNote &&
    time(a.validFrom) === time(b.validFrom) && time(a.validUntil) === time(b.validUntil) && time(a.reviewDue) === time(b.reviewDue)
  );
}

export function sameIncident(a: IncidentContent | null, b: IncidentContent | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.klasse === b.klasse && time(a.startedAt) === time(b.startedAt) && time(a.resolvedAt) === time(b.resolvedAt) &&
    a.workaroundArticleId === b.workaroundArticleId && sameList([...a.affectedOrgIds].sort(), [...b.affectedOrgIds].sort())
  );
}

/** JSON with object keys sorted (PostgreSQL's jsonb does not keep key order). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}

export function sameChanges(a: readonly VariantChangeInput[], b: readonly VariantChangeInput[]): boolean {
  const norm = (l: readonly VariantChangeInput[]) => stableJson([...l].sort((x, y) => x.field.localeCompare(y.field)).map((c) => [c.field, c.mode, c.value]));
  return norm(a) === norm(b);
}
