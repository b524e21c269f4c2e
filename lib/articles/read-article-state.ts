import type { Db, Tx } from "../db-client";
import type { EditorDoc } from "../editor/server";
import type { ArticleContent, IncidentContent, VariantChangeInput } from "./content";

export interface RevisionState {
  id: string;
  number: number;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "SUPERSEDED" | "REJECTED" | "ARCHIVED";
  /** base articles only */
  content: ArticleContent | null;
  /** variants only */
  changes: VariantChangeInput[];
  parentRevisionId: string | null;
  internalNote: string | null;
  incident: IncidentContent | null;
}

export interface ArticleState {
  isArchived: boolean;
  published: RevisionState | null;
  head: RevisionState | null;
}

const revisionInclude = {
  changes: true,
  incident: { include: { affectedRegions: { select: { organisationId: true } } } },
} as const;

/** A revision with what toRevisionState reads (the XZuFi export builds it from one query per page). */
export type RevisionRow = NonNullable<Awaited<ReturnType<typeof loadRevision>>>;
function loadRevision(client: Db | Tx, id: string) {
  return client.revision.findUnique({ where: { id }, include: revisionInclude });
}

/** A revision row as domain state (content for base articles, changes for variants). */
export function toRevisionState(r: RevisionRow, isVariant: boolean): RevisionState {
  const content: ArticleContent | null =
    isVariant || r.title === null
      ? null
      : {
          title: r.title, shortAnswer: r.shortAnswer ?? "", bodyJson: r.bodyJson as EditorDoc, bodyHtml: r.bodyHtml ?? "", bodyText: r.bodyText ?? "",
          keywords: r.keywords, categories: r.categories, leikaKeys: r.leikaKeys, contactHints: r.contactHints, internalNote: r.internalNote,
          validFrom: r.validFrom, validUntil: r.validUntil, reviewDue: r.reviewDue,
        };
  return {
    id: r.id, number: r.number, status: r.status, content,
    changes: r.changes.map((c) => ({ field: c.field, mode: c.mode, value: c.value as VariantChangeInput["value"] })),
    parentRevisionId: r.parentRevisionId, internalNote: r.internalNote,
    incident: r.incident
      ? {
          klasse: r.incident.klasse, startedAt: r.incident.startedAt, resolvedAt: r.incident.resolvedAt,
          affectedOrgIds: r.incident.affectedRegions.map((a) => a.organisationId), workaroundArticleId: r.incident.workaroundArticleId,
        }
      : null,
  };
}

/** The published and the newest revision of an article, as domain state. */
export async function readArticleState(client: Db | Tx, articleId: string): Promise<ArticleState> {
  const a = await client.article.findUniqueOrThrow({ where: { id: articleId }, select: { archivedAt: true, parentId: true, publishedRevisionId: true, headRevisionId: true } });
  const isVariant = a.parentId !== null;
  // Sequential: inside a transaction all queries share one connection.
  const published = a.publishedRevisionId ? await loadRevision(client, a.publishedRevisionId) : null;
  const head = a.headRevisionId === a.publishedRevisionId ? published : a.headRevisionId ? await loadRevision(client, a.headRevisionId) : null;
  return {
    isArchived: a.archivedAt !== null,
    published: published ? toRevisionState(published, isVariant) : null,
    head: head ? toRevisionState(head, isVariant) : null,
  };
}
