import { z } from "zod";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { auditActor } from "./actor-context";
import { runArticleAction } from "./run-article-action";
import { setRevisionStatus } from "./set-revision-status";

const commentInput = z.string({ error: "Begründung: bitte angeben" }).trim().min(1, { error: "Begründung: bitte angeben, was zu ändern ist" }).max(2000, { error: "Begründung: höchstens 2000 Zeichen" });

/** In Prüfung -> zurück an die Redaktion, with a comment saying what to change. */
export async function rejectRevision(actor: Actor, articleId: string, comment: unknown): Promise<void> {
  const parsed = commentInput.safeParse(comment);
  if (!parsed.success) throw new AppError("VALIDATION", "Bitte begründen Sie die Zurückweisung.", [{ path: "comment", message: parsed.error.issues[0]?.message ?? "Begründung: bitte angeben" }]);
  await runArticleAction(actor, articleId, "reject", async (tx, { article }) => {
    await setRevisionStatus(tx, auditActor(actor), {
      articleId, revisionId: article.headRevisionId ?? "", from: "IN_REVIEW", to: "REJECTED", reviewedById: actor.id, reviewComment: parsed.data, auditAction: "article.reject",
    });
  });
}
