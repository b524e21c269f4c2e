import type { RevisionStatus } from "../../generated/prisma/enums";
import type { Tx } from "../db-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { enqueueSearchWork } from "../search/outbox";

export interface StatusChange {
  articleId: string;
  revisionId: string;
  from: RevisionStatus | null;
  to: RevisionStatus;
  auditAction: string;
  reviewedById?: string;
  reviewComment?: string | null;
  needsPostReview?: boolean;
}

/**
 * Moves a revision through the workflow without touching its content (submit, approve, reject, confirm).
 * Publishing moves the article's published pointer (the old published revision becomes SUPERSEDED).
 * Audit and outbox rows go into the same transaction.
 */
export async function setRevisionStatus(tx: Tx, actor: AuditActor, change: StatusChange): Promise<void> {
  const now = new Date();
  const article = await tx.article.findUniqueOrThrow({ where: { id: change.articleId }, select: { publishedRevisionId: true } });
  if (change.to === "PUBLISHED" && article.publishedRevisionId && article.publishedRevisionId !== change.revisionId) {
    await tx.revision.update({ where: { id: article.publishedRevisionId }, data: { status: "SUPERSEDED" } });
  }
  await tx.revision.update({
    where: { id: change.revisionId },
    data: {
      status: change.to,
      ...(change.reviewedById ? { reviewedById: change.reviewedById, reviewedAt: now } : {}),
      ...(change.reviewComment !== undefined ? { reviewComment: change.reviewComment } : {}),
      ...(change.needsPostReview !== undefined ? { needsPostReview: change.needsPostReview } : {}),
      ...(change.to === "PUBLISHED" && change.from !== "PUBLISHED" ? { publishedAt: now } : {}),
    },
  });
  if (change.to === "PUBLISHED") await tx.article.update({ where: { id: change.articleId }, data: { publishedRevisionId: change.revisionId, archivedAt: null } });
  await recordAudit(tx, actor, {
    action: change.auditAction,
    entityType: "article",
    entityId: change.articleId,
    articleId: change.articleId,
    fromRevisionId: change.revisionId,
    toRevisionId: change.revisionId,
    details: { from: change.from, to: change.to, ...(change.reviewComment ? { comment: change.reviewComment } : {}) },
  });
  await enqueueSearchWork(tx, "article", change.articleId);
}
