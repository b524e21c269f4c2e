import type { Actor } from "../auth/actor";
import { auditActor } from "./actor-context";
import { runArticleAction } from "./run-article-action";
import { setRevisionStatus } from "./set-revision-status";

/** Entwurf -> In Prüfung: the newest draft goes to a second person. */
export async function submitForReview(actor: Actor, articleId: string): Promise<void> {
  await runArticleAction(actor, articleId, "submit", async (tx, { article }) => {
    const revisionId = article.headRevisionId ?? "";
    await setRevisionStatus(tx, auditActor(actor), { articleId, revisionId, from: "DRAFT", to: "IN_REVIEW", auditAction: "article.submit" });
  });
}
