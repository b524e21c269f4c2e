import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { authorizeArticle, type ArticleResource } from "../policies/article-policy";
import { appendRevision } from "./append-revision";
import { auditActor } from "./actor-context";
import { prepareContent, prepareIncident } from "./prepare-content";
import { ARTICLE_TYPES } from "./vocabulary";

export const createArticleInput = z.object({
  serviceId: z.string({ error: "Dienst: bitte auswählen" }).min(1, { error: "Dienst: bitte auswählen" }).max(40),
  type: z.enum(ARTICLE_TYPES, { error: "Typ: bitte FAQ, Workaround, Störungsmeldung oder Schulungsunterlage wählen" }),
});

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** A stable, readable key for an article made in the UI (bundle keys follow the same pattern). */
export function articleKey(serviceKey: string, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${serviceKey}-${slug || "artikel"}-${randomBytes(3).toString("hex")}`.slice(0, 120);
}

/** Creates a base article with its first revision (a draft). Only the operating Land's BeV may. */
export async function createArticle(actor: Actor, input: unknown): Promise<{ articleId: string; revisionId: string }> {
  const head = createArticleInput.safeParse(input);
  if (!head.success) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", head.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const { serviceId, type } = head.data;
  return db().$transaction(async (tx) => {
    const service = await tx.onlineService.findUnique({
      where: { id: serviceId },
      include: { coUsers: { select: { organisationId: true } }, leistungen: { select: { leistung: { select: { leikaKey: true } } } } },
    });
    if (!service) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", [{ path: "serviceId", message: "Dienst: unbekannter Dienst" }]);
    const resource: ArticleResource = {
      type, isVariant: false, ownerOrgId: service.operatorId, ownerParentOrgId: null, operatorOrgId: service.operatorId,
      coUserOrgIds: service.coUsers.map((c) => c.organisationId), headStatus: null, headAuthorId: null, hasPublished: false,
      isArchived: false, needsPostReview: false, isIncidentResolved: false,
    };
    authorizeArticle(actor, "create", resource);
    const content = prepareContent(input, service.leistungen.map((l) => l.leistung.leikaKey));
    const incident =
      type === "INCIDENT"
        ? await prepareIncident(tx, (input as { incident?: unknown }).incident, { id: service.id, operatorId: service.operatorId, coUserOrgIds: resource.coUserOrgIds })
        : null;
    const article = await tx.article.create({ data: { key: articleKey(service.key, content.title), type, serviceId: service.id, ownerOrgId: service.operatorId } });
    await recordAudit(tx, auditActor(actor), { action: "article.create", entityType: "article", entityId: article.id, articleId: article.id, details: { key: article.key } });
    const { revisionId } = await appendRevision(tx, auditActor(actor), {
      articleId: article.id, status: "DRAFT", content, incident, changeNote: "Angelegt", auditAction: "article.save",
    });
    return { articleId: article.id, revisionId };
  });
}
