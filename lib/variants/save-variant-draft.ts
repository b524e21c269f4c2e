import { z } from "zod";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { appendRevision } from "../articles/append-revision";
import { auditActor } from "../articles/actor-context";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { authorizeArticle } from "../policies/article-policy";
import { parseVariantChanges } from "./schema";

export const saveVariantDraftInput = z.object({
  baseRevisionId: z.string({ error: "Die bearbeitete Version fehlt; bitte die Seite neu laden." }).min(1).max(40),
  changeNote: z.string().trim().max(500, { error: "Änderungsnotiz: höchstens 500 Zeichen" }).optional(),
  internalNote: z.string().trim().max(5000, { error: "Interne Notiz: höchstens 5000 Zeichen" }).optional(),
  /** re-base on the parent's current published revision (after "Basis geändert") */
  rebase: z.boolean().optional(),
});

/**
 * Saves the variant's changes as a new draft revision (409 like base articles when someone saved in between).
 * It keeps resting on the parent revision it rested on, unless `rebase` takes the parent's current one.
 */
export async function saveVariantDraft(actor: Actor, articleId: string, input: unknown): Promise<{ revisionId: string; number: number }> {
  const head = saveVariantDraftInput.safeParse(input);
  if (!head.success) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", head.error.issues.map((i) => ({ path: i.path.join(".") || "baseRevisionId", message: i.message })));
  const changes = parseVariantChanges((input as { changes?: unknown }).changes);
  if (!changes.ok) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", changes.problems);
  return db().$transaction(async (tx) => {
    const { article, resource } = await loadArticleResource(tx, articleId, { lock: true });
    if (!resource.isVariant) throw new AppError("CONFLICT", "Basisartikel werden im Artikel-Editor bearbeitet.");
    authorizeArticle(actor, "edit", resource, await actorParentOrgId(tx, actor.organisation.id, actor.organisation.kind));
    if (article.headRevisionId !== head.data.baseRevisionId) {
      throw new AppError("CONFLICT", "Jemand hat diese Variante gespeichert, während Sie sie bearbeitet haben. Ihre Änderungen sind nicht gespeichert: Bitte mit der neueren Version vergleichen.", [], {
        headRevisionId: article.headRevisionId ?? "", baseRevisionId: head.data.baseRevisionId,
      });
    }
    const parent = await tx.article.findUniqueOrThrow({ where: { id: article.parentId ?? "" }, select: { publishedRevisionId: true } });
    const current = article.headRevisionId ? await tx.revision.findUnique({ where: { id: article.headRevisionId }, select: { parentRevisionId: true } }) : null;
    const parentRevisionId = head.data.rebase ? parent.publishedRevisionId : current?.parentRevisionId ?? parent.publishedRevisionId;
    if (!parentRevisionId) throw new AppError("CONFLICT", "Der Elternartikel ist nicht mehr veröffentlicht; die Variante kann nicht neu darauf aufsetzen.");
    return appendRevision(tx, auditActor(actor), {
      articleId, status: "DRAFT", content: null, changes: changes.changes, parentRevisionId, internalNote: head.data.internalNote || null,
      changeNote: head.data.changeNote || (head.data.rebase ? "Neue Basis übernommen" : null), auditAction: head.data.rebase ? "variant.rebase" : "variant.save",
    });
  });
}
