import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../auth/actor";
import { authorizeArticle } from "../policies/article-policy";
import { appendRevision } from "./append-revision";
import { auditActor } from "./actor-context";
import { actorParentOrgId, loadArticleResource } from "./load-article";
import { prepareContent, prepareIncident } from "./prepare-content";

export const saveDraftInput = z.object({
  baseRevisionId: z.string({ error: "Die bearbeitete Version fehlt; bitte die Seite neu laden." }).min(1).max(40),
  changeNote: z.string().trim().max(500, { error: "Änderungsnotiz: höchstens 500 Zeichen" }).optional(),
});

/**
 * Saves an edit as a new draft revision of a base article. `baseRevisionId` is the revision the editor
 * started from: if someone saved in between, CONFLICT (HTTP 409) names the newer revision so the UI can
 * show the difference; nothing is overwritten. The published revision stays live meanwhile.
 */
export async function saveDraft(actor: Actor, articleId: string, input: unknown): Promise<{ revisionId: string; number: number }> {
  const head = saveDraftInput.safeParse(input);
  if (!head.success) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", head.error.issues.map((i) => ({ path: i.path.join(".") || "baseRevisionId", message: i.message })));
  return db().$transaction(async (tx) => {
    const { article, resource } = await loadArticleResource(tx, articleId, { lock: true });
    authorizeArticle(actor, "edit", resource, await actorParentOrgId(tx, actor.organisation.id, actor.organisation.kind));
    if (resource.isVariant) throw new AppError("CONFLICT", "Varianten werden im Varianten-Editor bearbeitet.");
    if (article.headRevisionId !== head.data.baseRevisionId) {
      throw new AppError(
        "CONFLICT",
        "Jemand hat diesen Artikel gespeichert, während Sie ihn bearbeitet haben. Ihre Änderungen sind nicht gespeichert: Bitte vergleichen Sie sie mit der neueren Version und übernehmen Sie sie dort.",
        [],
        { headRevisionId: article.headRevisionId ?? "", baseRevisionId: head.data.baseRevisionId },
      );
    }
    const content = prepareContent(input, article.service.leistungen.map((l) => l.leistung.leikaKey));
    const incident =
      article.type === "INCIDENT"
        ? await prepareIncident(tx, (input as { incident?: unknown }).incident, { id: article.service.id, operatorId: article.service.operatorId, coUserOrgIds: resource.coUserOrgIds })
        : null;
    return appendRevision(tx, auditActor(actor), {
      articleId, status: "DRAFT", content, incident, changeNote: head.data.changeNote || null, auditAction: "article.save",
    });
  });
}
