import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";

/** Number of articles matching `where`, per service id (services without any are absent). */
export async function countArticlesByService(where: Prisma.ArticleWhereInput): Promise<Map<string, number>> {
  const rows = await db().article.groupBy({ by: ["serviceId"], where, _count: { _all: true } });
  return new Map(rows.map((r) => [r.serviceId, r._count._all]));
}

/** Base articles (no parent) that are not archived. */
export const BASE_ARTICLE = { parentId: null, archivedAt: null } satisfies Prisma.ArticleWhereInput;

/** Articles with a published revision. */
export const PUBLISHED = { publishedRevisionId: { not: null } } satisfies Prisma.ArticleWhereInput;

/** Articles whose newest revision is still being worked on (draft, or sent back from review). */
export const IN_WORK = { headRevision: { is: { status: { in: ["DRAFT", "REJECTED"] } } } } satisfies Prisma.ArticleWhereInput;

/** Articles whose newest revision waits for review. */
export const IN_REVIEW = { headRevision: { is: { status: "IN_REVIEW" } } } satisfies Prisma.ArticleWhereInput;
