import type { ArticleType } from "../../generated/prisma/enums";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { reviewableArticleScope } from "../policies/article-policy";
import { assertCanViewStartPage } from "./start-pages";

export interface ReviewQueueItem {
  revisionId: string;
  revisionNumber: number;
  articleId: string;
  articleKey: string;
  title: string;
  type: ArticleType;
  isVariant: boolean;
  ownerOrgName: string;
  serviceName: string;
  authorName: string | null;
  /** The actor wrote it: someone else has to review it. */
  isOwnRevision: boolean;
  createdAt: Date;
}

export interface ReviewerStart {
  total: number;
  items: ReviewQueueItem[];
  limit: number;
}

const LIMIT = 50;

/** Revisions the reviewer's organisation is responsible for: base articles of its services, its and its Kommunen's variants. */
function reviewScope(actor: Actor): Prisma.RevisionWhereInput {
  return { status: "IN_REVIEW", article: { AND: [{ archivedAt: null }, reviewableArticleScope(actor)] } };
}

/** Reviewer start page: revisions waiting in review for the actor's Land, oldest first. */
export async function getReviewerStart(actor: Actor): Promise<ReviewerStart> {
  assertCanViewStartPage(actor, "pruefung");
  const where = reviewScope(actor);

  const [total, rows] = await Promise.all([
    db().revision.count({ where }),
    db().revision.findMany({
      where,
      orderBy: { createdAt: "asc" },
      take: LIMIT,
      select: {
        id: true,
        number: true,
        title: true,
        createdAt: true,
        authorId: true,
        author: { select: { name: true } },
        article: {
          select: {
            id: true,
            key: true,
            type: true,
            parentId: true,
            ownerOrg: { select: { name: true } },
            service: { select: { name: true } },
            // Variants often keep the parent's title: show the family's published title then.
            root: { select: { publishedRevision: { select: { title: true } } } },
          },
        },
      },
    }),
  ]);

  return {
    total,
    limit: LIMIT,
    items: rows.map((r) => ({
      revisionId: r.id,
      revisionNumber: r.number,
      articleId: r.article.id,
      articleKey: r.article.key,
      title: r.title ?? r.article.root?.publishedRevision?.title ?? r.article.key,
      type: r.article.type,
      isVariant: r.article.parentId !== null,
      ownerOrgName: r.article.ownerOrg.name,
      serviceName: r.article.service.name,
      authorName: r.author?.name ?? null,
      isOwnRevision: r.authorId === actor.id,
      createdAt: r.createdAt,
    })),
  };
}
