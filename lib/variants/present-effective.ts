import { docToHtml, docToText } from "../editor/server";
import type { EffectiveContent } from "./effective-content";
import { effectiveBodyDoc } from "./effective-content";

/** Effective content as plain data for pages and the search index (dates as ISO days, body as HTML). */
export interface EffectiveView {
  title: string;
  shortAnswer: string;
  shortAnswerParts: { level: string; orgName: string; text: string }[];
  bodyHtml: string;
  bodyText: string;
  /** the answer in pieces, each with where it comes from (local additions marked in the UI) */
  bodySegments: { level: string; orgName: string; html: string }[];
  keywords: string[];
  categories: string[];
  leikaKeys: string[];
  contactHints: string | null;
  /** who wrote which part of the contact hints (local additions marked in the UI) */
  contactHintsParts: { level: string; orgName: string; text: string }[];
  validFrom: string | null;
  validUntil: string | null;
  chain: { level: string; orgName: string }[];
}

export function presentEffective(e: EffectiveContent): EffectiveView {
  const doc = effectiveBodyDoc(e.body);
  return {
    title: e.title.text,
    shortAnswer: e.shortAnswer.text,
    shortAnswerParts: e.shortAnswer.parts,
    bodyHtml: docToHtml(doc),
    bodyText: docToText(doc),
    bodySegments: e.body.map((s) => ({ level: s.level, orgName: s.orgName, html: docToHtml(s.doc) })),
    keywords: e.keywords,
    categories: e.categories,
    leikaKeys: e.leikaKeys,
    contactHints: e.contactHints?.text ?? null,
    contactHintsParts: e.contactHints?.parts ?? [],
    validFrom: e.validFrom?.toISOString().slice(0, 10) ?? null,
    validUntil: e.validUntil?.toISOString().slice(0, 10) ?? null,
    chain: e.chain,
  };
}
