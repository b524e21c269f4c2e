import type { Actor } from "../auth/actor";
import { auditActor } from "./actor-context";
import { runArticleAction } from "./run-article-action";
import { setRevisionStatus } from "./set-revision-status";

/** In Prüfung -> Veröffentlicht, by a second person; the previous published revision is superseded. */
export async function approveRevision(actor: Actor, articleId: string): Promise<void> {
  await runArticleAction(actor, articleId, "approve", async (tx, { article }) => {
    await setRevisionStatus(tx, auditActor(actor), {
      articleId, revisionId: article.headRevisionId ?? "", from: "IN_REVIEW", to: "PUBLISHED", reviewedById: actor.id, auditAction: "article.publish",
    });
  });
}
