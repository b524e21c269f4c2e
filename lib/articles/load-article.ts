import type { Db, Tx } from "../db-client";
import { AppError } from "../errors";
import type { ArticleResource } from "../policies/article-policy";

/** The article with what the policy needs; throws NOT_FOUND in German. Locks the row inside a transaction. */
export async function loadArticleResource(client: Db | Tx, articleId: string, options: { lock?: boolean } = {}) {
  if (options.lock) await client.$executeRaw`SELECT 1 FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
  const article = await client.article.findUnique({
    where: { id: articleId },
    include: {
      service: { select: { id: true, key: true, operatorId: true, coUsers: { select: { organisationId: true } }, leistungen: { select: { leistung: { select: { leikaKey: true } } } } } },
      ownerOrg: { select: { id: true, parentId: true } },
      headRevision: { select: { id: true, status: true, authorId: true, needsPostReview: true, incident: { select: { resolvedAt: true } } } },
      publishedRevision: { select: { id: true, needsPostReview: true, incident: { select: { resolvedAt: true } } } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Diesen Artikel gibt es nicht (mehr). Bitte zur Liste zurückkehren.");
  const resource: ArticleResource = {
    type: article.type,
    isVariant: article.parentId !== null,
    ownerOrgId: article.ownerOrgId,
    ownerParentOrgId: article.ownerOrg.parentId,
    operatorOrgId: article.service.operatorId,
    coUserOrgIds: article.service.coUsers.map((c) => c.organisationId),
    headStatus: article.headRevision?.status ?? null,
    headAuthorId: article.headRevision?.authorId ?? null,
    hasPublished: article.publishedRevisionId !== null,
    isArchived: article.archivedAt !== null,
    needsPostReview: article.publishedRevision?.needsPostReview ?? false,
    isIncidentResolved: Boolean(article.publishedRevision?.incident?.resolvedAt),
  };
  return { article, resource };
}

/** The Land of a Kommune actor (null for everyone else), for the policy. */
export async function actorParentOrgId(client: Db | Tx, organisationId: string, kind: "BUND" | "LAND" | "KOMMUNE"): Promise<string | null> {
  if (kind !== "KOMMUNE") return null;
  const org = await client.organisation.findUnique({ where: { id: organisationId }, select: { parentId: true } });
  return org?.parentId ?? null;
}
