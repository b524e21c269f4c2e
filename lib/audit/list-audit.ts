import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { authorizeArticle } from "../policies/article-policy";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";

export interface AuditItem {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  articleId: string | null;
  articleTitle: string | null;
  fromRevision: number | null;
  toRevision: number | null;
  details: unknown;
}

const filterInput = z.object({
  action: z.string().trim().max(60).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

async function present(where: Prisma.AuditEntryWhereInput, limit: number): Promise<AuditItem[]> {
  const rows = await db().auditEntry.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit, include: { article: { select: { headRevision: { select: { title: true } } } } } });
  const revIds = [...new Set(rows.flatMap((r) => [r.fromRevisionId, r.toRevisionId]).filter((x): x is string => Boolean(x)))];
  const numbers = new Map((await db().revision.findMany({ where: { id: { in: revIds } }, select: { id: true, number: true } })).map((r) => [r.id, r.number]));
  return rows.map((r) => ({
    id: r.id, at: r.at.toISOString(), actor: r.actorLabel, action: r.action, entityType: r.entityType, entityId: r.entityId, articleId: r.articleId,
    articleTitle: r.article?.headRevision?.title ?? null,
    fromRevision: r.fromRevisionId ? numbers.get(r.fromRevisionId) ?? null : null,
    toRevision: r.toRevisionId ? numbers.get(r.toRevisionId) ?? null : null,
    details: r.details,
  }));
}

/** Audit of one article (who did what, when, from which revision to which), for those who see its history. */
export async function listArticleAudit(actor: Actor, articleId: string): Promise<AuditItem[]> {
  const { resource } = await loadArticleResource(db(), articleId);
  authorizeArticle(actor, "viewHistory", resource, await actorParentOrgId(db(), actor.organisation.id, actor.organisation.kind));
  return present({ articleId }, 500);
}

/** The global audit log (ADMIN only), newest first, optionally filtered by action and paged by time. */
export async function listGlobalAudit(actor: Actor, input: unknown): Promise<AuditItem[]> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Das gesamte Protokoll sieht nur die Administration.");
  const parsed = filterInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Der Filter ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const { action, before, limit } = parsed.data;
  return present({ ...(action ? { action: { startsWith: action } } : {}), ...(before ? { at: { lt: new Date(before) } } : {}) }, limit);
}
