import type { RevisionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../db-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { enqueueSearchWork } from "../search/outbox";
import type { ArticleContent, IncidentContent, VariantChangeInput } from "./content";

export interface AppendRevisionInput {
  articleId: string;
  status: Exclude<RevisionStatus, "SUPERSEDED" | "REJECTED">;
  /** base articles: the full content; variants: null (they store `changes`) */
  content: ArticleContent | null;
  changes?: VariantChangeInput[];
  /** variants: the parent revision this one rests on */
  parentRevisionId?: string | null;
  /** variants: internal note of the variant's editors */
  internalNote?: string | null;
  incident?: IncidentContent | null;
  changeNote?: string | null;
  reviewedById?: string | null;
  needsPostReview?: boolean;
  auditAction: string;
}

/**
 * Adds the next immutable revision to an article and moves its pointers: the head always, the published
 * pointer when the new revision is published (the old one becomes SUPERSEDED) or archived. Audit row and
 * search outbox row go into the same transaction.
 */
export async function appendRevision(tx: Tx, actor: AuditActor, input: AppendRevisionInput): Promise<{ revisionId: string; number: number }> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: input.articleId },
    select: { id: true, headRevisionId: true, publishedRevisionId: true },
  });
  const last = await tx.revision.findFirst({ where: { articleId: article.id }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const now = new Date();
  const c = input.content;
  const revision = await tx.revision.create({
    data: {
      articleId: article.id,
      number,
      status: input.status,
      title: c?.title,
      shortAnswer: c?.shortAnswer,
      bodyJson: c?.bodyJson,
      bodyHtml: c?.bodyHtml,
      bodyText: c?.bodyText,
      keywords: c?.keywords ?? [],
      categories: c?.categories ?? [],
      leikaKeys: c?.leikaKeys ?? [],
      contactHints: c?.contactHints ?? null,
      validFrom: c?.validFrom ?? null,
      validUntil: c?.validUntil ?? null,
      reviewDue: c?.reviewDue ?? null,
      internalNote: c ? c.internalNote : (input.internalNote ?? null),
      changeNote: input.changeNote ?? null,
      basedOnRevisionId: article.headRevisionId,
      parentRevisionId: input.parentRevisionId ?? null,
      authorId: actor.id,
      reviewedById: input.reviewedById ?? null,
      reviewedAt: input.reviewedById ? now : null,
      needsPostReview: input.needsPostReview ?? false,
      publishedAt: input.status === "PUBLISHED" ? now : null,
      changes: input.changes?.length ? { create: input.changes.map((ch) => ({ field: ch.field, mode: ch.mode, value: ch.value })) } : undefined,
      incident: input.incident
        ? {
            create: {
              klasse: input.incident.klasse,
              startedAt: input.incident.startedAt,
              resolvedAt: input.incident.resolvedAt,
              workaroundArticleId: input.incident.workaroundArticleId,
              affectedRegions: { create: input.incident.affectedOrgIds.map((organisationId) => ({ organisationId })) },
            },
          }
        : undefined,
    },
    select: { id: true },
  });
  // an unpublished head that a newer revision replaces leaves the workflow (no stale item in the review queue)
  if (article.headRevisionId && article.headRevisionId !== article.publishedRevisionId) {
    await tx.revision.updateMany({ where: { id: article.headRevisionId, status: { in: ["DRAFT", "IN_REVIEW", "REJECTED"] } }, data: { status: "SUPERSEDED" } });
  }
  const isPublishing = input.status === "PUBLISHED";
  const isArchiving = input.status === "ARCHIVED";
  if ((isPublishing || isArchiving) && article.publishedRevisionId) {
    await tx.revision.update({ where: { id: article.publishedRevisionId }, data: { status: "SUPERSEDED" } });
  }
  await tx.article.update({
    where: { id: article.id },
    data: {
      headRevisionId: revision.id,
      ...(isPublishing ? { publishedRevisionId: revision.id, archivedAt: null } : {}),
      ...(isArchiving ? { publishedRevisionId: null, archivedAt: now } : {}),
    },
  });
  await recordAudit(tx, actor, {
    action: input.auditAction,
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    fromRevisionId: article.headRevisionId,
    toRevisionId: revision.id,
    details: { status: input.status, number },
  });
  await enqueueSearchWork(tx, "article", article.id);
  return { revisionId: revision.id, number };
}
