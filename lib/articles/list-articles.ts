import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { articleListScope } from "../policies/article-policy";
import { actorParentOrgId } from "./load-article";
import { ARTICLE_TYPES, CATEGORIES } from "./vocabulary";

export const ARTICLE_STATES = ["ENTWURF", "IN_PRUEFUNG", "ZURUECKGEWIESEN", "VEROEFFENTLICHT", "ARCHIVIERT"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const listFilterInput = z.object({
  service: z.string().max(40).optional(),
  type: z.enum(ARTICLE_TYPES).optional(),
  category: z.enum(CATEGORIES).optional(),
  state: z.enum(ARTICLE_STATES).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ListFilter = z.output<typeof listFilterInput>;

export interface ArticleListItem {
  id: string;
  type: string;
  title: string;
  service: string;
  state: ArticleState;
  categories: string[];
  updatedAt: string;
  reviewDue: string | null;
  validUntil: string | null;
  hasPendingDraft: boolean;
}

const PAGE_SIZE = 50;

function stateWhere(state: ArticleState | undefined): Prisma.ArticleWhereInput {
  switch (state) {
    case undefined: return {};
    case "ARCHIVIERT": return { archivedAt: { not: null } };
    case "VEROEFFENTLICHT": return { archivedAt: null, publishedRevisionId: { not: null } };
    case "ENTWURF": return { archivedAt: null, headRevision: { status: "DRAFT" } };
    case "IN_PRUEFUNG": return { archivedAt: null, headRevision: { status: "IN_REVIEW" } };
    case "ZURUECKGEWIESEN": return { archivedAt: null, headRevision: { status: "REJECTED" } };
  }
}

/** Base articles the actor may see, filtered (service, type, category, state, full text in title/Sprechtext/answer). */
export async function listArticles(actor: Actor, input: unknown): Promise<{ items: ArticleListItem[]; total: number; page: number; pageSize: number }> {
  const parsed = listFilterInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Der Filter ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const f = parsed.data;
  const client = db();
  const scope = articleListScope(actor, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const textWhere: Prisma.RevisionWhereInput | undefined = f.q
    ? { OR: [{ title: { contains: f.q, mode: "insensitive" } }, { shortAnswer: { contains: f.q, mode: "insensitive" } }, { bodyText: { contains: f.q, mode: "insensitive" } }, { keywords: { has: f.q } }] }
    : undefined;
  const where: Prisma.ArticleWhereInput = {
    AND: [
      scope,
      { parentId: null },
      f.service ? { serviceId: f.service } : {},
      f.type ? { type: f.type } : {},
      f.category ? { headRevision: { categories: { has: f.category } } } : {},
      stateWhere(f.state),
      textWhere ? { headRevision: textWhere } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    client.article.count({ where }),
    client.article.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, type: true, updatedAt: true, archivedAt: true, publishedRevisionId: true, headRevisionId: true,
        service: { select: { name: true } },
        headRevision: { select: { title: true, status: true, categories: true, reviewDue: true, validUntil: true } },
      },
    }),
  ]);
  return {
    total, page: f.page, pageSize: PAGE_SIZE,
    items: rows.map((r) => {
      const status = r.headRevision?.status;
      const state: ArticleState = r.archivedAt ? "ARCHIVIERT" : status === "IN_REVIEW" ? "IN_PRUEFUNG" : status === "REJECTED" ? "ZURUECKGEWIESEN" : status === "DRAFT" ? "ENTWURF" : "VEROEFFENTLICHT";
      return {
        id: r.id, type: r.type, title: r.headRevision?.title ?? "(ohne Titel)", service: r.service.name, state, categories: r.headRevision?.categories ?? [],
        updatedAt: r.updatedAt.toISOString(), reviewDue: r.headRevision?.reviewDue?.toISOString().slice(0, 10) ?? null,
        validUntil: r.headRevision?.validUntil?.toISOString().slice(0, 10) ?? null,
        hasPendingDraft: r.publishedRevisionId !== null && r.headRevisionId !== r.publishedRevisionId,
      };
    }),
  };
}
