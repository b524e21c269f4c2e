// Turns what an author writes (ArticleDraft) into a bundle article with the demo defaults.

import { htmlToText } from "./html";
import type { ArticleDraft, BundleArticle } from "./types";

export const DEFAULT_VALID_FROM = "2026-01-01";
export const DEFAULT_REVIEW_DUE = "2027-06-30";
export const INCIDENT_REVIEW_DUE = "2027-01-31";

/** A bundle article of the given service; LeiKa keys default to all of the service's keys. */
export function toArticle(service: string, serviceLeikaKeys: readonly string[], d: ArticleDraft): BundleArticle {
  return {
    key: d.key,
    service,
    type: d.type,
    title: d.title,
    shortAnswer: d.shortAnswer,
    bodyHtml: d.bodyHtml,
    keywords: d.keywords,
    categories: d.categories,
    leikaKeys: d.leikaKeys ?? [...serviceLeikaKeys],
    validFrom: d.validFrom ?? (d.incident ? d.incident.startedAt.slice(0, 10) : DEFAULT_VALID_FROM),
    validUntil: null,
    reviewDue: d.reviewDue ?? (d.incident ? INCIDENT_REVIEW_DUE : DEFAULT_REVIEW_DUE),
    status: d.status ?? "PUBLISHED",
    incident: d.incident ?? null,
  };
}

/** Top-level blocks (p, ul, ol, h2, h3) of a sanitized HTML fragment. */
export function blocksOf(html: string): string[] {
  return html.match(/<(p|ul|ol|h2|h3)>.*?<\/\1>/g) ?? [];
}

/**
 * The block of a corpus text that starts with the given words. Fails loudly if the corpus text
 * changed, so a newer corpus cannot silently produce different articles.
 */
export function pickBlock(html: string, startsWith: string): string {
  const hit = blocksOf(html).find((b) => htmlToText(b).startsWith(startsWith));
  if (hit === undefined) throw new Error(`Korpustext beginnt nicht mehr mit "${startsWith}"`);
  return hit;
}
