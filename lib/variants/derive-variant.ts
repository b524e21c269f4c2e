import { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import type { Db, Tx } from "../db-client";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { appendRevision } from "../articles/append-revision";
import { auditActor } from "../articles/actor-context";
import { authorizeDerive, deriveProblem, type DeriveContext } from "../policies/variant-policy";
import { loadChain } from "./load-effective";
import { parseVariantChanges } from "./schema";

type ParentRow = NonNullable<Awaited<ReturnType<typeof loadParent>>>;
function loadParent(client: Db | Tx, parentArticleId: string) {
  return client.article.findUnique({
    where: { id: parentArticleId },
    include: { service: { include: { coUsers: { select: { organisationId: true } } } }, ownerOrg: { select: { id: true, kind: true } } },
  });
}

/** What the variant policy needs to know about deriving from `parent` (the same for the check and the UI). */
async function deriveContext(client: Db | Tx, actor: Actor, parent: ParentRow): Promise<DeriveContext> {
  const chain = await loadChain(client, parent.id);
  const actorOrg = await client.organisation.findUniqueOrThrow({ where: { id: actor.organisation.id }, select: { parentId: true } });
  return {
    parentIsPublished: parent.publishedRevisionId !== null,
    parentIsArchived: parent.archivedAt !== null,
    parentVariantOrgId: parent.parentId ? parent.ownerOrgId : null,
    parentDepth: Math.min(chain.length - 1, 2) as 0 | 1 | 2,
    operatorOrgId: parent.service.operatorId,
    coUserOrgIds: parent.service.coUsers.map((c) => c.organisationId),
    actorLandId: actor.organisation.kind === "KOMMUNE" ? actorOrg.parentId : null,
  };
}

export interface DeriveOption {
  /** the server would accept POST /api/articles/{id}/variants from this actor now */
  canDerive: boolean;
  /** the actor's organisation already has a variant in this family (then it edits that one) */
  ownVariantId: string | null;
}

/**
 * Whether the actor may derive a variant from this article, for the "Variante anlegen" button: the same
 * policy check as deriveVariant, plus the actor's existing variant of the family.
 */
export async function getDeriveOption(actor: Actor, parentArticleId: string): Promise<DeriveOption> {
  if (actor.kind !== "user" || (actor.role !== "MIV" && actor.role !== "KOMMUNE")) return { canDerive: false, ownVariantId: null };
  const client = db();
  const parent = await loadParent(client, parentArticleId);
  if (!parent) return { canDerive: false, ownVariantId: null };
  const existing = await client.article.findFirst({ where: { rootId: parent.rootId ?? parent.id, ownerOrgId: actor.organisation.id }, select: { id: true } });
  if (existing) return { canDerive: false, ownVariantId: existing.id };
  return { canDerive: deriveProblem(actor, await deriveContext(client, actor, parent)) === null, ownVariantId: null };
}

/**
 * Derives the actor's regional variant of a published article. Its first revision is a draft that rests on
 * the parent's published revision; without changes it inherits every field. One variant per family and region.
 */
export async function deriveVariant(actor: Actor, parentArticleId: string, input: unknown): Promise<{ articleId: string; revisionId: string }> {
  const changes = parseVariantChanges(typeof input === "object" && input !== null ? (input as { changes?: unknown }).changes : undefined);
  if (!changes.ok) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", changes.problems);
  try {
    return await db().$transaction(async (tx) => {
      const parent = await loadParent(tx, parentArticleId);
      if (!parent) throw new AppError("NOT_FOUND", "Diesen Artikel gibt es nicht (mehr).");
      authorizeDerive(actor, await deriveContext(tx, actor, parent));
      const rootId = parent.rootId ?? parent.id;
      const existing = await tx.article.findFirst({ where: { rootId, ownerOrgId: actor.organisation.id }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", "Ihre Organisation hat für diesen Artikel schon eine Variante; bitte diese bearbeiten.", [], { variantId: existing.id });
      const article = await tx.article.create({
        data: { key: `${parent.key.slice(0, 100)}-${actor.organisation.ars}`, type: parent.type, serviceId: parent.serviceId, ownerOrgId: actor.organisation.id, parentId: parent.id, rootId },
      });
      await recordAudit(tx, auditActor(actor), { action: "variant.create", entityType: "article", entityId: article.id, articleId: article.id, details: { parent: parent.key } });
      const { revisionId } = await appendRevision(tx, auditActor(actor), {
        articleId: article.id, status: "DRAFT", content: null, changes: changes.changes, parentRevisionId: parent.publishedRevisionId, changeNote: "Variante angelegt", auditAction: "variant.save",
      });
      return { articleId: article.id, revisionId };
    });
  } catch (e) {
    // two clicks at once: the unique (family, region) constraint catches the second
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("CONFLICT", "Ihre Organisation hat für diesen Artikel schon eine Variante; bitte diese bearbeiten.");
    throw e;
  }
}
