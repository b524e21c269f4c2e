import { Prisma } from "../../generated/prisma/client";
import { readRows, type Db, type Tx } from "../db-client";
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

export interface RevisionQueryRow extends Omit<RevisionRow, "changes" | "incident"> {
  changes: { field: RevisionRow["changes"][number]["field"]; mode: RevisionRow["changes"][number]["mode"]; value: RevisionRow["changes"][number]["value"] }[] | null;
  klasse: NonNullable<RevisionRow["incident"]>["klasse"] | null;
  incidentStartedAt: Date | null;
  incidentResolvedAt: Date | null;
  workaroundArticleId: string | null;
  affectedOrgIds: string[] | null;
}

/**
 * Revisions with their variant changes and incident in one statement (the Prisma include takes a round trip
 * per level; the agent's search reads them on every keystroke). `bodyText` is not read: it is only for the
 * search index and the phone view.
 */
export async function loadRevisionRows(client: Db, ids: readonly string[]): Promise<RevisionRow[]> {
  if (!ids.length) return [];
  return revisionRowsWhere(client, Prisma.sql`r.id = ANY(${[...ids]}::text[])`);
}

/** loadRevisionRows for the published revisions of the articles `articleCondition` (SQL over "Article" a) selects. */
export function loadPublishedRevisionRows(client: Db, articleCondition: Prisma.Sql): Promise<RevisionRow[]> {
  return revisionRowsWhere(client, Prisma.sql`r.id IN (SELECT a."publishedRevisionId" FROM "Article" a WHERE ${articleCondition})`);
}

/**
 * The columns of a revision `r` with its variant changes and, from `LEFT JOIN "Incident" i ON i."revisionId" =
 * r.id`, its incident, as revisionRowFrom reads them (shared with the XZuFi export's page query).
 */
export const REVISION_COLUMNS = Prisma.sql`
  r.id, r."articleId", r.number, r.status::text AS status, r.title, r."shortAnswer", r."bodyJson", r."bodyHtml", NULL AS "bodyText",
  r.keywords, r.categories, r."leikaKeys", r."contactHints", r."validFrom", r."validUntil", r."reviewDue", r."internalNote", r."changeNote",
  r."basedOnRevisionId", r."parentRevisionId", r."authorId", r."reviewedById", r."reviewedAt", r."reviewComment", r."needsPostReview",
  r."publishedAt", r."createdAt",
  (SELECT json_agg(json_build_object('field', c.field, 'mode', c.mode, 'value', c.value) ORDER BY c.field)
     FROM "VariantChange" c WHERE c."revisionId" = r.id) AS changes,
  i.klasse::text AS klasse, i."startedAt" AS "incidentStartedAt", i."resolvedAt" AS "incidentResolvedAt", i."workaroundArticleId",
  (SELECT array_agg(ir."organisationId" ORDER BY ir."organisationId") FROM "IncidentRegion" ir WHERE ir."revisionId" = r.id) AS "affectedOrgIds"`;

/** A row of REVISION_COLUMNS as a RevisionRow. */
export function revisionRowFrom({ changes, klasse, incidentStartedAt, incidentResolvedAt, workaroundArticleId, affectedOrgIds, ...r }: RevisionQueryRow): RevisionRow {
  return {
    ...r,
    changes: (changes ?? []).map((c) => ({ revisionId: r.id, field: c.field, mode: c.mode, value: c.value })),
    incident:
      klasse && incidentStartedAt
        ? { revisionId: r.id, klasse, startedAt: incidentStartedAt, resolvedAt: incidentResolvedAt, workaroundArticleId, affectedRegions: (affectedOrgIds ?? []).map((organisationId) => ({ organisationId })) }
        : null,
  };
}

async function revisionRowsWhere(client: Db, where: Prisma.Sql): Promise<RevisionRow[]> {
  const rows = await readRows<RevisionQueryRow>(client, Prisma.sql`
    SELECT ${REVISION_COLUMNS}
    FROM "Revision" r LEFT JOIN "Incident" i ON i."revisionId" = r.id
    WHERE ${where}`);
  return rows.map(revisionRowFrom);
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
