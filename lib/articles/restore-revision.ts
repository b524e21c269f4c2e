import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { auditActor } from "./actor-context";
import { appendRevision } from "./append-revision";
import { readArticleState, toRevisionState } from "./read-article-state";
import { runArticleAction } from "./run-article-action";

/** Turns an old revision into a new draft (nothing is overwritten; the history gains a revision). */
export async function restoreRevision(actor: Actor, articleId: string, revisionId: string): Promise<{ revisionId: string; number: number }> {
  return runArticleAction(actor, articleId, "restore", async (tx, { article }) => {
    const row = await tx.revision.findFirst({ where: { id: revisionId, articleId }, include: { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } });
    if (!row) throw new AppError("NOT_FOUND", "Diese Version gibt es bei diesem Artikel nicht.");
    const old = toRevisionState(row, article.parentId !== null);
    const current = await readArticleState(tx, articleId);
    return appendRevision(tx, auditActor(actor), {
      articleId, status: "DRAFT", content: old.content, changes: old.changes, parentRevisionId: old.parentRevisionId ?? current.head?.parentRevisionId ?? null,
      internalNote: old.internalNote, incident: old.incident, changeNote: `Wiederhergestellt aus Version ${row.number}`, auditAction: "article.restore",
    });
  });
}
