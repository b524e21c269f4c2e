import { db } from "../db";
import type { Actor } from "../auth/actor";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { authorizeArticle } from "../policies/article-policy";

export interface VariantListItem {
  id: string;
  title: string;
  regionName: string;
  regionArs: string;
  level: "land" | "kommune";
  parentId: string;
  parentTitle: string;
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
  parent: { select: { id: true, archivedAt: true, publishedRevisionId: true, publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } } },
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
