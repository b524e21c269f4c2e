import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { enqueueSearchWork } from "../search/outbox";
import { auditActor } from "./actor-context";
import { runArticleAction } from "./run-article-action";

/**
 * Veröffentlicht -> Archiviert: removed from search and export. The revisions stay; the published one is
 * marked ARCHIVED and the article keeps no published pointer. Variants of it are flagged by the variants issue.
 */
export async function archiveArticle(actor: Actor, articleId: string): Promise<void> {
  await runArticleAction(actor, articleId, "archive", async (tx, { article }) => {
    const now = new Date();
    if (article.publishedRevisionId) await tx.revision.update({ where: { id: article.publishedRevisionId }, data: { status: "ARCHIVED" } });
    await tx.article.update({ where: { id: articleId }, data: { archivedAt: now, publishedRevisionId: null } });
    await recordAudit(tx, auditActor(actor), {
      action: "article.archive", entityType: "article", entityId: articleId, articleId, fromRevisionId: article.publishedRevisionId, toRevisionId: article.publishedRevisionId,
    });
    await enqueueSearchWork(tx, "article", articleId);
  });
}
