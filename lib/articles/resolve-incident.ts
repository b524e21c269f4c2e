import { z } from "zod";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseGermanLocalTime } from "./berlin-time";
import { auditActor } from "./actor-context";
import { appendRevision } from "./append-revision";
import { readArticleState } from "./read-article-state";
import { runArticleAction } from "./run-article-action";

const resolvedAtInput = z.iso.datetime({ offset: true, local: true, error: "Behoben: bitte Datum und Uhrzeit angeben" }).transform(parseGermanLocalTime).optional();

/**
 * Marks a published incident as behoben: a new published revision with the time it was resolved, so the
 * incident stays in the history with its course. Published at once, like the incident itself (S7).
 */
export async function resolveIncident(actor: Actor, articleId: string, resolvedAt?: unknown): Promise<{ revisionId: string }> {
  const parsed = resolvedAtInput.safeParse(resolvedAt === "" ? undefined : resolvedAt);
  if (!parsed.success) throw new AppError("VALIDATION", "Bitte prüfen Sie die Angaben.", [{ path: "resolvedAt", message: parsed.error.issues[0]?.message ?? "Behoben: ungültig" }]);
  return runArticleAction(actor, articleId, "resolveIncident", async (tx, { resource }) => {
    const state = await readArticleState(tx, articleId);
    const published = state.published;
    if (!published?.content || !published.incident) throw new AppError("CONFLICT", "Diese Störungsmeldung ist nicht veröffentlicht.");
    const at = parsed.data ?? new Date();
    if (at < published.incident.startedAt) throw new AppError("VALIDATION", "Bitte prüfen Sie die Angaben.", [{ path: "resolvedAt", message: "Behoben: liegt vor dem Beginn der Störung" }]);
    const { revisionId } = await appendRevision(tx, auditActor(actor), {
      articleId, status: "PUBLISHED", content: published.content, incident: { ...published.incident, resolvedAt: at },
      changeNote: "Störung behoben", needsPostReview: resource.needsPostReview, auditAction: "incident.resolve",
    });
    return { revisionId };
  });
}
