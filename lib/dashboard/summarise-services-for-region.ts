import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";
import { BASE_ARTICLE, countArticlesByService, PUBLISHED } from "./count-articles-by-service";

export interface RegionServiceSummary {
  id: string;
  key: string;
  name: string;
  operatorName: string;
  publishedBaseArticles: number;
  ownVariants: number;
  ownVariantsPublished: number;
}

/** Services matching `where`, each with its published base articles and the region's own variants. */
export async function summariseServicesForRegion(
  where: Prisma.OnlineServiceWhereInput,
  regionOrgId: string,
): Promise<RegionServiceSummary[]> {
  const services = await db().onlineService.findMany({
    where,
    orderBy: { name: "asc" },
    select: { id: true, key: true, name: true, operator: { select: { name: true } } },
  });
  if (services.length === 0) return [];

  const serviceId = { in: services.map((s) => s.id) };
  const ownVariant = { serviceId, ownerOrgId: regionOrgId, parentId: { not: null }, archivedAt: null } satisfies Prisma.ArticleWhereInput;
  const [baseCounts, variantCounts, publishedVariantCounts] = await Promise.all([
    countArticlesByService({ ...BASE_ARTICLE, ...PUBLISHED, serviceId }),
    countArticlesByService(ownVariant),
    countArticlesByService({ ...ownVariant, ...PUBLISHED }),
  ]);

  return services.map((s) => ({
    id: s.id,
    key: s.key,
    name: s.name,
    operatorName: s.operator.name,
    publishedBaseArticles: baseCounts.get(s.id) ?? 0,
    ownVariants: variantCounts.get(s.id) ?? 0,
    ownVariantsPublished: publishedVariantCounts.get(s.id) ?? 0,
  }));
}
