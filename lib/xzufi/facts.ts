import type { Stoerungsklasse } from "../../generated/prisma/enums";
import { docToHtml } from "../editor/server";
import { effectiveBodyDoc, type EffectiveContent } from "../variants/effective-content";

/**
 * What the XZuFi mapping (to-xzufi.ts) needs to know about one Leistung in one region: plain data, read from the
 * database by load-region.ts and built by hand in the golden-file tests. Article texts are the effective content
 * for the region (lib/variants/effective-content.ts), never merged here.
 */

export type ExportedArticleType = "FAQ" | "WORKAROUND" | "TRAINING";

/** Who changed something last, and when (organisation names only: no personal data leaves the system). */
export interface Change {
  at: Date;
  by: string;
}

export interface Review {
  at: Date;
  /** the reviewer's organisation */
  by: string;
}

export interface ArticleFacts {
  familyKey: string;
  type: ExportedArticleType;
  title: string;
  shortAnswer: string;
  /** the effective answer as HTML (local additions start with "Ergänzung für <Region>:") */
  bodyHtml: string;
  contactHints: string | null;
  keywords: string[];
  /** empty: about every Leistung of its service */
  leikaKeys: string[];
  validFrom: Date | null;
  validUntil: Date | null;
  /** the newest published revision of the chain */
  changed: Change;
  /** the newest review among the chain's published revisions */
  reviewed: Review | null;
}

export interface IncidentFacts {
  familyKey: string;
  title: string;
  shortAnswer: string;
  klasse: Stoerungsklasse;
  startedAt: Date;
  leikaKeys: string[];
  workaroundTitle: string | null;
  changed: Change;
  reviewed: Review | null;
}

export interface RoutingTargetFacts {
  name: string;
  level: "SECOND" | "THIRD";
  kind: "TECHNICAL" | "FACHLICH";
  channel: "TICKET_SYSTEM" | "EMAIL" | "PHONE";
  contact: string;
  serviceHours: string;
  reactionHours: Record<Stoerungsklasse, number>;
  resolutionHours: Record<Stoerungsklasse, number>;
  /** name of the region it is limited to; null = all regions */
  regionName: string | null;
  changed: Change;
}

export interface ServiceFacts {
  key: string;
  name: string;
  articles: ArticleFacts[];
  incidents: IncidentFacts[];
  routingTargets: RoutingTargetFacts[];
}

export interface LeistungFacts {
  leikaKey: string;
  name: string;
  description: string | null;
  searchTerms: string[];
  createdAt: Date;
  updatedAt: Date;
  /** the services of the region that offer it, by key */
  services: ServiceFacts[];
}

/**
 * The effective article as facts for the export. The body is rendered by the one editor definition, unless the
 * caller has that HTML already (`bodyHtml`: the revision's stored HTML, or an earlier rendering of the same
 * revisions).
 */
export function articleFacts(
  effective: EffectiveContent,
  meta: { familyKey: string; type: ExportedArticleType; changed: Change; reviewed: Review | null; bodyHtml?: string },
): ArticleFacts {
  return {
    familyKey: meta.familyKey,
    type: meta.type,
    title: effective.title.text,
    shortAnswer: effective.shortAnswer.text,
    bodyHtml: meta.bodyHtml ?? docToHtml(effectiveBodyDoc(effective.body)),
    contactHints: effective.contactHints?.text || null,
    keywords: effective.keywords,
    leikaKeys: effective.leikaKeys,
    validFrom: effective.validFrom,
    validUntil: effective.validUntil,
    changed: meta.changed,
    reviewed: meta.reviewed,
  };
}

/** The newer of two changes (ties: the first). */
export function newer<T extends { at: Date }>(a: T | null, b: T | null): T | null {
  if (!a) return b;
  if (!b) return a;
  return b.at.getTime() > a.at.getTime() ? b : a;
}
