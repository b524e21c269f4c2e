import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { toRevisionState } from "../articles/read-article-state";
import { actorParentOrgId } from "../articles/load-article";
import { articleListScope } from "../policies/article-policy";
import { effectiveContent, type VariantStep } from "../variants/effective-content";
import { berlinEpochDay, epochDay, isIncidentActiveAt, type Scope } from "./document";

/** One hit as the agent screen shows it: the effective article for the region, read from the database. */
export interface SearchHit {
  id: string;
  /** bundle key of the effective article (a variant's own key) */
  key: string;
  /** bundle key of the family's base article */
  familyKey: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  title: string;
  /** the short spoken answer, read first */
  shortAnswer: string;
  service: { id: string; key: string; name: string };
  scope: Scope;
  /** the region whose article it is (base: the operating Land) */
  regionArs: string;
  /** that region's name, for the badge "Variante Land Hessen" */
  regionName: string;
  /** categories of the effective content (keys of lib/articles/vocabulary CATEGORIES) */
  categories: string[];
  /** a variant of the chain rests on an older revision of its parent */
  isStale: boolean;
  incident: { klasse: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT"; isActive: boolean } | null;
}

const revisionInclude = { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } as const;
const articleSelect = { id: true, key: true, type: true, parentId: true, rootId: true, publishedRevisionId: true, archivedAt: true, serviceId: true, ownerOrgId: true } as const;

/**
 * Reads the hits' articles through the normal authorized read path: the article policy's list scope for the
 * actor (STYLE.md rule 2), published and not archived only, and computes their effective content from the
 * published revisions of the chain (lib/variants/effective-content). Keeps the order of `ids`; an id the
 * actor may not read, or whose content is no longer published or valid, is left out.
 * A search hydrates on every keystroke: the articles, their ancestors, then revisions, organisations and
 * services together, in three round trips to the database. `parentOrgId`: the actor's parent organisation,
 * when the caller has already started reading it (actorParentOrgId).
 */
export async function hydrateHits(client: Db, actor: Actor, ids: readonly string[], now: Date = new Date(), parentOrgId?: Promise<string | null>): Promise<SearchHit[]> {
  if (!ids.length) return [];
  const scope = articleListScope(actor, await (parentOrgId ?? actorParentOrgId(client, actor.organisation.id, actor.organisation.kind)));
  const rows = await client.article.findMany({ where: { AND: [{ id: { in: [...ids] } }, { publishedRevisionId: { not: null }, archivedAt: null }, scope] }, select: articleSelect });
  if (!rows.length) return [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  // a chain is at most base -> Land -> Kommune: the ancestors are the parent and the family's base
  const ancestorIds = [...new Set(rows.flatMap((r) => [r.parentId, r.rootId]).filter((id): id is string => id !== null && !byId.has(id)))];
  if (ancestorIds.length) for (const a of await client.article.findMany({ where: { id: { in: ancestorIds } }, select: articleSelect })) byId.set(a.id, a);
  const members = [...byId.values()];
  const [revisions, orgs, services] = await Promise.all([
    client.revision.findMany({ where: { id: { in: members.flatMap((m) => (m.publishedRevisionId ? [m.publishedRevisionId] : [])) } }, include: revisionInclude }),
    client.organisation.findMany({ where: { id: { in: [...new Set(members.map((m) => m.ownerOrgId))] } }, select: { id: true, ars: true, name: true, kind: true } }),
    client.onlineService.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.serviceId))] } }, select: { id: true, key: true, name: true } }),
  ]);
  const revisionById = new Map(revisions.map((r) => [r.id, r]));
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const serviceById = new Map(services.map((x) => [x.id, x]));

  const today = berlinEpochDay(now);
  const hits = new Map<string, SearchHit>();
  for (const row of rows) {
    // the chain base first
    const chain: (typeof rows)[number][] = [];
    for (let node: (typeof rows)[number] | undefined = row; node && chain.length < 4; node = node.parentId ? byId.get(node.parentId) : undefined) chain.unshift(node);
    const [base, ...variants] = chain;
    const service = serviceById.get(row.serviceId);
    const owner = orgById.get(row.ownerOrgId);
    if (!base || base.parentId !== null || !service || !owner) continue;
    if (chain.some((n) => !n.publishedRevisionId || !revisionById.has(n.publishedRevisionId) || n.archivedAt || !orgById.has(n.ownerOrgId))) continue;
    const revisionOf = (n: (typeof rows)[number]) => revisionById.get(n.publishedRevisionId as string) as NonNullable<ReturnType<typeof revisionById.get>>;
    const orgOf = (n: (typeof rows)[number]) => orgById.get(n.ownerOrgId) as NonNullable<ReturnType<typeof orgById.get>>;
    const baseState = toRevisionState(revisionOf(base), false);
    if (!baseState.content) continue;
    const steps: VariantStep[] = [];
    let isStale = false;
    let parent = base;
    for (const v of variants) {
      const state = toRevisionState(revisionOf(v), true);
      steps.push({ level: orgOf(v).kind === "KOMMUNE" ? "kommune" : "land", orgName: orgOf(v).name, changes: state.changes });
      if (state.parentRevisionId !== parent.publishedRevisionId) isStale = true;
      parent = v;
    }
    const content = effectiveContent(baseState.content, orgOf(base).name, steps);
    // the index may lag a moment behind: content that is not valid today is not shown
    if (content.validFrom && epochDay(content.validFrom) > today) continue;
    if (content.validUntil && epochDay(content.validUntil) < today) continue;
    const incident = baseState.incident;
    hits.set(row.id, {
      id: row.id,
      key: row.key,
      familyKey: base.key,
      type: row.type,
      title: content.title.text,
      shortAnswer: content.shortAnswer.text,
      service,
      scope: row.parentId === null ? "BASE" : owner.kind === "KOMMUNE" ? "KOMMUNE" : "LAND",
      regionArs: owner.ars,
      regionName: owner.name,
      categories: content.categories,
      isStale,
      incident: incident ? { klasse: incident.klasse, isActive: isIncidentActiveAt(incident, now) } : null,
    });
  }
  return ids.map((id) => hits.get(id)).filter((h): h is SearchHit => h !== undefined);
}
