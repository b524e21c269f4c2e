import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { authorizeArticle } from "../policies/article-policy";
import { authorizeFeedback } from "../policies/feedback-policy";
import { canUpdateSearchEvent } from "../policies/search-policy";
import { listRoutingTargets } from "../routing/list-routing-targets";
import { maskPersonalData } from "../search/mask-query";
import { resolveSearchRegion } from "../search/search";
import { feedbackInputSchema, type FeedbackOutcome } from "./schema";

export interface RecordedFeedback {
  id: string;
  outcome: FeedbackOutcome;
  at: string;
}

/**
 * Stores an agent's feedback on an article shown for a region (issue 6, S6 statistics): helped, not solved
 * (reason masked like search queries: no callers' personal data) or forwarded to one of the routing targets
 * shown for the article's service in that region. The article must be readable by the actor (article policy),
 * the revision one that was published of it, the search event the actor organisation's own.
 */
export async function recordFeedback(actor: Actor, input: unknown): Promise<RecordedFeedback> {
  authorizeFeedback(actor);
  const parsed = feedbackInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Die Rückmeldung ist unvollständig oder ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "body", message: i.message })));
  const v = parsed.data;
  const client = db();

  const { article, resource } = await loadArticleResource(client, v.articleId);
  authorizeArticle(actor, "read", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const revision = await client.revision.findFirst({ where: { id: v.revisionId, articleId: article.id }, select: { status: true } });
  if (!revision || (revision.status !== "PUBLISHED" && revision.status !== "SUPERSEDED")) {
    throw new AppError("VALIDATION", "Die Rückmeldung nennt keine veröffentlichte Fassung dieses Artikels. Bitte die Seite neu laden.", [{ path: "revisionId", message: "keine veröffentlichte Fassung dieses Artikels" }]);
  }
  const region = await resolveSearchRegion(client, actor, v.region);

  if (v.routingTargetId) {
    const shown = await listRoutingTargets(client, article.serviceId, region.landId);
    if (!shown.some((t) => t.id === v.routingTargetId)) {
      throw new AppError("VALIDATION", "Dieses Weiterleitungsziel gilt nicht für den Onlinedienst des Artikels in dieser Region. Bitte eines der angezeigten Ziele wählen.", [{ path: "routingTargetId", message: "kein Ziel dieses Dienstes in dieser Region" }]);
    }
  }

  let searchEventId: bigint | null = null;
  if (v.searchEventId) {
    const event = await client.searchEvent.findUnique({ where: { id: BigInt(v.searchEventId) }, select: { id: true, organisationId: true } });
    if (!event || !canUpdateSearchEvent(actor, event)) {
      throw new AppError("VALIDATION", "Die Suche, aus der der Artikel geöffnet wurde, ist unbekannt. Bitte den Artikel erneut aus der Suche öffnen.", [{ path: "searchEventId", message: "unbekannte Suche" }]);
    }
    searchEventId = event.id;
  }

  const row = await client.feedbackEvent.create({
    data: {
      articleId: article.id,
      revisionId: v.revisionId,
      organisationId: actor.organisation.id,
      regionArs: region.ars,
      outcome: v.outcome,
      reason: v.reason ? maskPersonalData(v.reason) : null,
      routingTargetId: v.routingTargetId ?? null,
      searchEventId,
    },
    select: { id: true, outcome: true, at: true },
  });
  return { id: String(row.id), outcome: row.outcome, at: row.at.toISOString() };
}
