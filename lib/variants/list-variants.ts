import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { authorizeArticle } from "../policies/article-policy";
import { deriveProblem } from "../policies/variant-policy";

export interface VariantListItem {
  id: string;
  title: string;
  regionName: string;
  regionArs: string;
  level: "land" | "kommune";
  parentId: string;
  parentTitle: string;
  /** the region of the parent when it is a variant itself (a Kommune variant of its Land's variant), else null */
  parentRegionName: string | null;
  service: string;
  /** published: agents in the region see it */
  isPublished: boolean;
  headStatus: string | null;
  /** rests on an older revision of its parent ("Basis geändert") */
  isStale: boolean;
  isParentArchived: boolean;
}

const select = {
  id: true, parentId: true, publishedRevisionId: true,
  ownerOrg: { select: { name: true, ars: true, kind: true } },
  service: { select: { name: true } },
  headRevision: { select: { status: true, parentRevisionId: true } },
  publishedRevision: { select: { parentRevisionId: true } },
  parent: { select: { id: true, parentId: true, archivedAt: true, publishedRevisionId: true, ownerOrg: { select: { name: true } }, publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } } },
  root: { select: { publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } } },
} as const;

type Row = Awaited<ReturnType<typeof rows>>[number];
function rows(where: object) {
  return db().article.findMany({ where, select, orderBy: [{ ownerOrg: { ars: "asc" } }] });
}

function present(r: Row): VariantListItem {
  const restsOn = r.headRevision?.parentRevisionId ?? r.publishedRevision?.parentRevisionId ?? null;
  return {
    id: r.id,
    title: r.root?.publishedRevision?.title ?? r.root?.headRevision?.title ?? "",
    regionName: r.ownerOrg.name, regionArs: r.ownerOrg.ars, level: r.ownerOrg.kind === "KOMMUNE" ? "kommune" : "land",
    parentId: r.parent?.id ?? "", parentTitle: r.parent?.publishedRevision?.title ?? r.parent?.headRevision?.title ?? "",
    parentRegionName: r.parent?.parentId ? r.parent.ownerOrg.name : null,
    service: r.service.name,
    isPublished: r.publishedRevisionId !== null,
    headStatus: r.headRevision?.status ?? null,
    isStale: Boolean(r.parent?.publishedRevisionId && restsOn && restsOn !== r.parent.publishedRevisionId),
    isParentArchived: Boolean(r.parent?.archivedAt),
  };
}

/** All variants of a base article's family (for the BeV: who adapted it, and whether they are stale). */
export async function listFamilyVariants(actor: Actor, baseArticleId: string): Promise<VariantListItem[]> {
  const { resource } = await loadArticleResource(db(), baseArticleId);
  authorizeArticle(actor, "viewHistory", resource, await actorParentOrgId(db(), actor.organisation.id, actor.organisation.kind));
  return (await rows({ rootId: baseArticleId })).map(present);
}

/** The variants of the actor's own organisation (MiV: its Land, Kommune: its Kommune), stale ones first. */
export async function listOwnVariants(actor: Actor): Promise<VariantListItem[]> {
  const items = (await rows({ ownerOrgId: actor.organisation.id, parentId: { not: null }, archivedAt: null })).map(present);
  return items.sort((a, b) => Number(b.isStale || b.isParentArchived) - Number(a.isStale || a.isParentArchived) || a.title.localeCompare(b.title, "de"));
}

export interface DerivableArticle {
  id: string;
  title: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  /** the actor's variant of this family, if there is one */
  ownVariantId: string | null;
  /** the server would accept deriving a variant now (no own variant yet, the policy allows it) */
  canDerive: boolean;
}

export interface ServiceBaseArticles {
  service: { id: string; name: string; operatorName: string };
  articles: DerivableArticle[];
}

/**
 * MiV start page: the published base articles of every service the actor's Land co-uses, each with the Land's
 * own variant or whether one can be derived (the same policy as deriveVariant). Incident notices are left
 * out: they are published by the operating Land for the Länder concerned and are not adapted.
 */
export async function listDerivableBaseArticles(actor: Actor): Promise<ServiceBaseArticles[]> {
  if (actor.kind !== "user" || actor.role !== "MIV") throw new AppError("FORBIDDEN", "Basisartikel zum Anpassen sehen die Redaktionen mitnutzender Länder (MiV).");
  const orgId = actor.organisation.id;
  const services = await db().onlineService.findMany({
    where: { coUsers: { some: { organisationId: orgId } } },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, operatorId: true, operator: { select: { name: true } }, coUsers: { select: { organisationId: true } },
      articles: {
        where: { parentId: null, archivedAt: null, publishedRevisionId: { not: null }, type: { not: "INCIDENT" } },
        select: { id: true, type: true, publishedRevision: { select: { title: true } }, familyMembers: { where: { ownerOrgId: orgId }, select: { id: true } } },
      },
    },
  });
  return services.map((s) => ({
    service: { id: s.id, name: s.name, operatorName: s.operator.name },
    articles: s.articles
      .map((a) => {
        const ownVariantId = a.familyMembers[0]?.id ?? null;
        const problem = deriveProblem(actor, {
          parentIsPublished: true, parentIsArchived: false, parentVariantOrgId: null, parentDepth: 0,
          operatorOrgId: s.operatorId, coUserOrgIds: s.coUsers.map((c) => c.organisationId), actorLandId: null,
        });
        return { id: a.id, title: a.publishedRevision?.title ?? "", type: a.type, ownVariantId, canDerive: ownVariantId === null && problem === null };
      })
      .sort((x, y) => x.title.localeCompare(y.title, "de")),
  }));
}
