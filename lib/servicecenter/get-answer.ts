import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Db } from "../db-client";
import { AppError } from "../errors";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { STOERUNGSKLASSE_LABELS } from "../articles/vocabulary";
import { listActiveIncidents, type ActiveIncident } from "../incidents/list-active-incidents";
import { describeRegion, type RegionOption } from "../organisations/search-organisations";
import { authorizeArticle } from "../policies/article-policy";
import { authorizeSearch } from "../policies/search-policy";
import { listRoutingTargets, type RoutingTargetView } from "../routing/list-routing-targets";
import { berlinEpochDay, epochDay, isIncidentActiveAt, type Scope } from "../search/document";
import { resolveSearchRegion, type SearchRegion } from "../search/search";
import { loadChain, loadEffective } from "../variants/load-effective";
import { presentEffective, type EffectiveView } from "../variants/present-effective";

/** The detail view of the agent screen: the effective answer for a region, where each part comes from, routing. */
export interface AgentAnswer {
  id: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  service: { id: string; key: string; name: string };
  region: RegionOption;
  /** whose article it is: the base (operating Land) or a variant of the region's Land or Kommune */
  scope: Scope;
  owner: { ars: string; name: string };
  /** the published revision shown (feedback names it) */
  revisionId: string;
  content: EffectiveView;
  /** variants of the chain that rest on an older revision of their parent */
  staleVariants: string[];
  /** the newest publication in the chain (base or variant) */
  lastChangedAt: string | null;
  isValidToday: boolean;
  incident: {
    klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT";
    klasseLabel: string;
    startedAt: string;
    resolvedAt: string | null;
    isActive: boolean;
    workaround: { articleId: string; title: string } | null;
  } | null;
  routingTargets: RoutingTargetView[];
  /** other active incidents of the service in the region */
  incidents: ActiveIncident[];
}

/** Redirect to the family member that is effective in the region (the agent opened another one). */
export interface EffectiveElsewhere {
  redirectTo: string;
  regionArs: string;
}

/**
 * The member of an article's family an agent in the region sees (DOMAIN.md): the Kommune's published variant,
 * else the Land's, else the base; a variant counts only while its whole chain is published and not archived.
 */
export async function effectiveMemberId(client: Db, articleId: string, region: Pick<SearchRegion, "landId" | "kommuneId">): Promise<string | null> {
  const article = await client.article.findUnique({ where: { id: articleId }, select: { id: true, rootId: true } });
  if (!article) return null;
  const rootId = article.rootId ?? article.id;
  const members = await client.article.findMany({
    where: { OR: [{ id: rootId }, { rootId }], publishedRevisionId: { not: null }, archivedAt: null },
    select: { id: true, parentId: true, ownerOrgId: true },
  });
  const byId = new Map(members.map((m) => [m.id, m]));
  const isLive = (id: string): boolean => {
    for (let m = byId.get(id), depth = 0; m && depth < 4; m = m.parentId ? byId.get(m.parentId) : undefined, depth++) if (m.parentId === null) return true;
    return false;
  };
  const variantOf = (orgId: string | null) => members.find((m) => orgId !== null && m.parentId !== null && m.ownerOrgId === orgId && isLive(m.id));
  return (variantOf(region.kommuneId) ?? variantOf(region.landId) ?? (byId.has(rootId) ? byId.get(rootId) : undefined))?.id ?? null;
}

/**
 * The full effective answer of an article for the caller's region (issue 6, detail view): content with the
 * organisation of each part (lib/variants), validity, last change, stale note, incident facts, routing targets of
 * the service in the region and its other active incidents. Readable through the article policy only.
 */
export async function getAgentAnswer(actor: Actor, articleId: string, regionArs: string | undefined, now: Date = new Date()): Promise<AgentAnswer | EffectiveElsewhere> {
  authorizeSearch(actor);
  const client = db();
  const region = await resolveSearchRegion(client, actor, regionArs);
  const effectiveId = await effectiveMemberId(client, articleId, region);
  if (!effectiveId) throw new AppError("NOT_FOUND", "Dieser Artikel ist nicht (mehr) veröffentlicht. Bitte erneut suchen.");
  const { article, resource } = await loadArticleResource(client, effectiveId);
  authorizeArticle(actor, "read", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  if (effectiveId !== articleId) return { redirectTo: effectiveId, regionArs: region.ars };

  const [effective, chain, regionView, owner, service, routingTargets, active] = await Promise.all([
    loadEffective(client, effectiveId, "published"),
    loadChain(client, effectiveId),
    describeRegion(client, region),
    client.organisation.findUniqueOrThrow({ where: { id: article.ownerOrgId }, select: { ars: true, name: true, kind: true } }),
    client.onlineService.findUniqueOrThrow({ where: { id: article.serviceId }, select: { id: true, key: true, name: true } }),
    listRoutingTargets(client, article.serviceId, region.landId),
    listActiveIncidents({ regionIds: [region.landId, ...(region.kommuneId ? [region.kommuneId] : [])], landId: region.landId }, { serviceId: article.serviceId, now }),
  ]);
  if (!effective || !article.publishedRevisionId) throw new AppError("NOT_FOUND", "Dieser Artikel ist nicht (mehr) veröffentlicht. Bitte erneut suchen.");

  const publishedIds = chain.map((n) => n.publishedRevisionId).filter((id): id is string => id !== null);
  const revisions = await client.revision.findMany({ where: { id: { in: publishedIds } }, select: { id: true, publishedAt: true, incident: { include: { workaroundArticle: { select: { id: true, archivedAt: true, publishedRevision: { select: { title: true } } } } } } } });
  const lastChanged = revisions.map((r) => r.publishedAt?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const baseRevision = revisions.find((r) => r.id === chain[0]?.publishedRevisionId);
  const inc = baseRevision?.incident ?? null;
  const w = inc?.workaroundArticle;

  const content = presentEffective(effective.content);
  const today = berlinEpochDay(now);
  return {
    id: article.id,
    type: article.type,
    service,
    region: regionView,
    scope: article.parentId === null ? "BASE" : owner.kind === "KOMMUNE" ? "KOMMUNE" : "LAND",
    owner: { ars: owner.ars, name: owner.name },
    revisionId: article.publishedRevisionId,
    content,
    staleVariants: effective.drift.filter((d) => d.isStale).map((d) => d.orgName),
    lastChangedAt: lastChanged ? new Date(lastChanged).toISOString() : null,
    isValidToday: (!content.validFrom || epochDay(content.validFrom) <= today) && (!content.validUntil || epochDay(content.validUntil) >= today),
    incident: inc
      ? {
          klasse: inc.klasse, klasseLabel: STOERUNGSKLASSE_LABELS[inc.klasse], startedAt: inc.startedAt.toISOString(), resolvedAt: inc.resolvedAt?.toISOString() ?? null,
          isActive: isIncidentActiveAt(inc, now),
          workaround: w?.publishedRevision && !w.archivedAt ? { articleId: w.id, title: w.publishedRevision.title ?? "Workaround" } : null,
        }
      : null,
    routingTargets,
    incidents: active.filter((i) => i.articleId !== article.id),
  };
}
