import type { ArticleContent, VariantChangeInput } from "../articles/content";
import type { EditorDoc } from "../editor/server";

/**
 * The effective article for a region (DOMAIN.md): the base content with each variant's changes applied in
 * order (base -> Land -> Kommune). `replace` takes the variant's value; `append` adds a local addition after
 * the parent's (appends accumulate along the chain). Pure: the UI preview, the search index and the XZuFi
 * export all compute it here.
 */
export interface ChainLevel {
  /** "base" or the region the variant belongs to */
  level: "base" | "land" | "kommune";
  orgName: string;
}

/** A piece of the answer and where it comes from, so local additions can be marked as local. */
export interface BodySegment extends ChainLevel {
  doc: EditorDoc;
}

export interface TextWithSource {
  text: string;
  /** who wrote which part: the parent's text first, then local additions */
  parts: (ChainLevel & { text: string })[];
}

export interface EffectiveContent {
  title: TextWithSource;
  shortAnswer: TextWithSource;
  body: BodySegment[];
  keywords: string[];
  categories: string[];
  leikaKeys: string[];
  contactHints: TextWithSource | null;
  validFrom: Date | null;
  validUntil: Date | null;
  /** the chain that produced it, base first */
  chain: ChainLevel[];
}

export interface VariantStep extends ChainLevel {
  level: "land" | "kommune";
  changes: readonly VariantChangeInput[];
}

const asText = (v: unknown): string => (typeof v === "object" && v !== null && typeof (v as { text?: unknown }).text === "string" ? (v as { text: string }).text : "");
const asItems = (v: unknown): string[] => {
  const items = typeof v === "object" && v !== null ? (v as { items?: unknown }).items : undefined;
  return Array.isArray(items) ? items.filter((i): i is string => typeof i === "string") : [];
};
const asDoc = (v: unknown): EditorDoc | null => {
  const d = typeof v === "object" && v !== null ? (v as { doc?: unknown }).doc : undefined;
  return typeof d === "object" && d !== null && (d as { type?: unknown }).type === "doc" ? (d as EditorDoc) : null;
};
const asDate = (v: unknown, key: "validFrom" | "validUntil"): Date | null => {
  const raw = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof raw === "string" && raw ? new Date(`${raw.slice(0, 10)}T00:00:00.000Z`) : null;
};

function applyText(current: TextWithSource, mode: "REPLACE" | "APPEND", text: string, who: ChainLevel, separator: string): TextWithSource {
  if (mode === "REPLACE") return { text, parts: [{ ...who, text }] };
  return { text: current.text ? `${current.text}${separator}${text}` : text, parts: [...current.parts, { ...who, text }] };
}

const unique = (list: readonly string[]) => [...new Set(list)];

/** The base content as the start of a chain (nothing applied yet). */
export function baseEffective(base: ArticleContent, baseOrgName: string): EffectiveContent {
  const baseLevel: ChainLevel = { level: "base", orgName: baseOrgName };
  return {
    title: { text: base.title, parts: [{ ...baseLevel, text: base.title }] },
    shortAnswer: { text: base.shortAnswer, parts: [{ ...baseLevel, text: base.shortAnswer }] },
    body: [{ ...baseLevel, doc: base.bodyJson }],
    keywords: base.keywords,
    categories: base.categories,
    leikaKeys: base.leikaKeys,
    contactHints: base.contactHints ? { text: base.contactHints, parts: [{ ...baseLevel, text: base.contactHints }] } : null,
    validFrom: base.validFrom,
    validUntil: base.validUntil,
    chain: [baseLevel],
  };
}

/**
 * One variant's changes on top of its parent's effective content. The variant editor's live preview calls
 * this in the browser with the parent's effective content, so editor, index and export share one merge.
 */
export function applyVariantStep(parent: EffectiveContent, step: VariantStep): EffectiveContent {
  const who: ChainLevel = { level: step.level, orgName: step.orgName };
  const next: EffectiveContent = { ...parent, chain: [...parent.chain, who] };
  for (const c of step.changes) {
    switch (c.field) {
      case "TITLE": next.title = applyText(next.title, c.mode, asText(c.value), who, " – "); break;
      case "SHORT_ANSWER": next.shortAnswer = applyText(next.shortAnswer, c.mode, asText(c.value), who, " "); break;
      case "CONTACT_HINTS": next.contactHints = applyText(next.contactHints ?? { text: "", parts: [] }, c.mode, asText(c.value), who, "\n"); break;
      case "BODY": {
        const doc = asDoc(c.value);
        if (doc) next.body = c.mode === "REPLACE" ? [{ ...who, doc }] : [...next.body, { ...who, doc }];
        break;
      }
      case "KEYWORDS": next.keywords = c.mode === "REPLACE" ? unique(asItems(c.value)) : unique([...next.keywords, ...asItems(c.value)]); break;
      case "CATEGORIES": next.categories = c.mode === "REPLACE" ? unique(asItems(c.value)) : unique([...next.categories, ...asItems(c.value)]); break;
      case "VALIDITY": next.validFrom = asDate(c.value, "validFrom"); next.validUntil = asDate(c.value, "validUntil"); break;
    }
  }
  return next;
}

/** Applies the variant steps (Land, then Kommune) to the base content. */
export function effectiveContent(base: ArticleContent, baseOrgName: string, steps: readonly VariantStep[]): EffectiveContent {
  return steps.reduce(applyVariantStep, baseEffective(base, baseOrgName));
}

/** One document of the whole answer; each local addition starts with a bold "Ergänzung für <Region>:" line. */
export function effectiveBodyDoc(body: readonly BodySegment[]): EditorDoc {
  const content = body.flatMap((segment, i) => {
    const blocks = segment.doc.content ?? [];
    if (i === 0 && segment.level === "base") return blocks;
    if (i === 0) return blocks; // a replaced body is the region's own answer, not an addition
    const label = { type: "paragraph", content: [{ type: "text", text: `Ergänzung für ${segment.orgName}:`, marks: [{ type: "bold" }] }] };
    return [label, ...blocks];
  });
  return { type: "doc", content };
}
