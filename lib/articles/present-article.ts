import type { ArticleContent, IncidentContent } from "./content";
import type { RevisionState } from "./read-article-state";

/** What pages show of a revision: plain data, dates as ISO strings (STYLE.md rule 9: never raw rows). */
export interface RevisionView {
  id: string;
  number: number;
  status: RevisionState["status"];
  title: string;
  shortAnswer: string;
  bodyHtml: string;
  bodyText: string;
  keywords: string[];
  categories: string[];
  leikaKeys: string[];
  contactHints: string | null;
  internalNote: string | null;
  validFrom: string | null;
  validUntil: string | null;
  reviewDue: string | null;
  incident: null | { klasse: IncidentContent["klasse"]; startedAt: string; resolvedAt: string | null; affectedOrgIds: string[]; workaroundArticleId: string | null };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function presentRevision(r: RevisionState & { content: ArticleContent }): RevisionView {
  const c = r.content;
  return {
    id: r.id, number: r.number, status: r.status, title: c.title, shortAnswer: c.shortAnswer, bodyHtml: c.bodyHtml, bodyText: c.bodyText,
    keywords: c.keywords, categories: c.categories, leikaKeys: c.leikaKeys, contactHints: c.contactHints, internalNote: c.internalNote,
    validFrom: day(c.validFrom), validUntil: day(c.validUntil), reviewDue: day(c.reviewDue),
    incident: r.incident
      ? { ...r.incident, startedAt: r.incident.startedAt.toISOString(), resolvedAt: r.incident.resolvedAt?.toISOString() ?? null }
      : null,
  };
}
