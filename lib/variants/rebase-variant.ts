import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { appendRevision } from "../articles/append-revision";
import { auditActor } from "../articles/actor-context";
import { readArticleState } from "../articles/read-article-state";
import { runArticleAction } from "../articles/run-article-action";

/**
 * "Neue Basis übernehmen": a new draft with the variant's local choices (replace/append per field) unchanged,
 * resting on the parent's current published revision. It goes through review like any change.
 */
export async function rebaseVariant(actor: Actor, articleId: string): Promise<{ revisionId: string; number: number }> {
  return runArticleAction(actor, articleId, "edit", async (tx, { article, resource }) => {
    if (!resource.isVariant || !article.parentId) throw new AppError("CONFLICT", "Nur Varianten haben eine Basis.");
    const parent = await tx.article.findUniqueOrThrow({ where: { id: article.parentId }, select: { publishedRevisionId: true } });
    if (!parent.publishedRevisionId) throw new AppError("CONFLICT", "Der Elternartikel ist nicht veröffentlicht; es gibt keine neue Basis zu übernehmen.");
    const state = await readArticleState(tx, articleId);
    const current = state.head;
    if (!current) throw new AppError("CONFLICT", "Die Variante hat noch keine Version.");
    if (current.parentRevisionId === parent.publishedRevisionId) throw new AppError("CONFLICT", "Die Variante beruht schon auf der aktuellen Basis.");
    return appendRevision(tx, auditActor(actor), {
      articleId, status: "DRAFT", content: null, changes: current.changes, parentRevisionId: parent.publishedRevisionId, internalNote: current.internalNote,
      changeNote: "Neue Basis übernommen", auditAction: "variant.rebase",
    });
  });
}
