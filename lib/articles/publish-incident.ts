import type { Actor } from "../auth/actor";
import { auditActor } from "./actor-context";
import { runArticleAction } from "./run-article-action";
import { setRevisionStatus } from "./set-revision-status";

/**
 * S7: a BeV publishes an incident notice at once, without a second person. It is marked
 * "nachträglich zu prüfen" until a reviewer confirms it (confirmIncident).
 */
export async function publishIncidentNow(actor: Actor, articleId: string): Promise<void> {
  await runArticleAction(actor, articleId, "publishIncident", async (tx, { article, resource }) => {
    await setRevisionStatus(tx, auditActor(actor), {
      articleId, revisionId: article.headRevisionId ?? "", from: resource.headStatus, to: "PUBLISHED", needsPostReview: true, auditAction: "incident.publish-now",
    });
  });
}

/** A second person confirms an incident that was published at once. */
export async function confirmIncident(actor: Actor, articleId: string): Promise<void> {
  await runArticleAction(actor, articleId, "confirmIncident", async (tx, { article }) => {
    await setRevisionStatus(tx, auditActor(actor), {
      articleId, revisionId: article.publishedRevisionId ?? "", from: "PUBLISHED", to: "PUBLISHED", needsPostReview: false, reviewedById: actor.id, auditAction: "incident.confirm",
    });
  });
}
