import { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { authorizeArticle } from "../policies/article-policy";
import { authorizeSearch, canUpdateSearchEvent } from "../policies/search-policy";

/** Body of POST /api/search-events/{id}/opened. */
export const openedArticleSchema = z.strictObject(
  { articleId: z.string({ error: "Der Artikel fehlt." }).trim().min(1, { error: "Der Artikel fehlt." }).max(40, { error: "Der Artikel ist ungültig." }) },
  { error: (iss) => (iss.code === "unrecognized_keys" ? `Unbekannte Angabe: ${iss.keys.join(", ")}.` : "Erwartet wird ein JSON-Objekt mit articleId.") },
);

const UNKNOWN = "Diese Suche ist unbekannt oder gehört nicht zu Ihrer Organisation.";

/**
 * Records which article the agent opened from a search (the last one, if several) on the search's event.
 * The event must belong to the actor's organisation and the article must be readable by the actor.
 */
export async function recordOpenedArticle(actor: Actor, eventId: string, input: unknown): Promise<void> {
  authorizeSearch(actor);
  if (!/^\d{1,18}$/.test(eventId)) throw new AppError("NOT_FOUND", UNKNOWN);
  const parsed = openedArticleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Die Angabe des geöffneten Artikels ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "body", message: i.message })));
  const client = db();
  const event = await client.searchEvent.findUnique({ where: { id: BigInt(eventId) }, select: { id: true, organisationId: true } });
  if (!event || !canUpdateSearchEvent(actor, event)) throw new AppError("NOT_FOUND", UNKNOWN);
  const { article, resource } = await loadArticleResource(client, parsed.data.articleId);
  authorizeArticle(actor, "read", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  await client.searchEvent.update({ where: { id: event.id }, data: { openedArticleId: article.id, openedAt: new Date() } });
}
