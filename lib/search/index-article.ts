import type { Db } from "../db-client";
import { toRevisionState } from "../articles/read-article-state";
import { effectiveContent, type EffectiveContent, type VariantStep } from "../variants/effective-content";
import { presentEffective } from "../variants/present-effective";
import type { FamilyFacts, FamilyMember, Scope } from "./document";

/**
 * What the search mapping needs about an article's family, read from the database. Publishing or archiving a
 * base article or a Land variant changes the documents of the whole family (the effective text of its
 * descendants and the overriding regions of its ancestors), so the worker always maps whole families.
 */

/** The family (base article id) an article belongs to; null when the article does not exist (any more). */
export async function familyIdOf(client: Db, articleId: string): Promise<string | null> {
  const a = await client.article.findUnique({ where: { id: articleId }, select: { id: true, rootId: true } });
  return a ? (a.rootId ?? a.id) : null;
}

const revisionInclude = { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } as const;

/** Every member of the family with its effective published content; null when the base article does not exist. */
export async function loadFamilyFacts(client: Db, familyId: string): Promise<FamilyFacts | null> {
  return (await loadFamiliesFacts(client, [familyId])).get(familyId) ?? null;
}

/**
 * The facts of several families at once (the rebuild maps 50 per step): two queries for all their members, their
 * published revisions and services, then the effective content of each member computed in memory exactly as
 * lib/variants/load-effective.ts does (the chain's published revisions, base first). Families whose base article
 * does not exist are missing from the map.
 */
export async function loadFamiliesFacts(client: Db, familyIds: readonly string[]): Promise<Map<string, FamilyFacts>> {
  const out = new Map<string, FamilyFacts>();
  if (!familyIds.length) return out;
  const ids = [...new Set(familyIds)];
  const rows = await client.article.findMany({
    where: { OR: [{ id: { in: ids } }, { rootId: { in: ids } }] },
    select: {
      id: true, key: true, type: true, parentId: true, rootId: true, archivedAt: true, publishedRevisionId: true, serviceId: true,
      ownerOrg: { select: { ars: true, kind: true, name: true, parent: { select: { ars: true } } } },
      publishedRevision: { include: revisionInclude },
    },
    orderBy: { createdAt: "asc" },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const serviceIds = [...new Set(rows.filter((r) => r.parentId === null).map((r) => r.serviceId))];
  const services = new Map(
    (
      await client.onlineService.findMany({
        where: { id: { in: serviceIds } },
        select: { id: true, key: true, name: true, leistungen: { select: { leistung: { select: { leikaKey: true, name: true, searchTerms: true } } } } },
      })
    ).map((s) => [s.id, s]),
  );

  type Row = (typeof rows)[number];
  const levelOf = (r: Row) => (r.parentId === null ? "base" : r.ownerOrg.kind === "KOMMUNE" ? "kommune" : "land");
  /** the published effective content of an article, as loadEffective(client, id) computes it */
  const effectiveOf = (article: Row): { content: EffectiveContent; isStale: boolean } | null => {
    const chain: Row[] = [];
    for (let node: Row | undefined = article; node && chain.length < 4; node = node.parentId ? byId.get(node.parentId) : undefined) chain.unshift(node);
    const [root, ...variants] = chain;
    if (!root || root.parentId !== null || !root.publishedRevision) return null;
    const base = toRevisionState(root.publishedRevision, false).content;
    if (!base) return null;
    const steps: VariantStep[] = [];
    let isStale = false;
    let parent = root;
    for (const v of variants) {
      if (!v.publishedRevision) return null;
      const state = toRevisionState(v.publishedRevision, true);
      steps.push({ level: levelOf(v) === "kommune" ? "kommune" : "land", orgName: v.ownerOrg.name, changes: state.changes });
      if (state.parentRevisionId !== parent.publishedRevisionId) isStale = true;
      parent = v;
    }
    return { content: effectiveContent(base, root.ownerOrg.name, steps), isStale };
  };

  for (const familyId of ids) {
    const base = byId.get(familyId);
    if (!base || base.parentId !== null) continue;
    const service = services.get(base.serviceId);
    if (!service) continue;
    const members: FamilyMember[] = [];
    for (const r of rows) {
      if (r.id !== familyId && r.rootId !== familyId) continue;
      const scope: Scope = r.parentId === null ? "BASE" : r.ownerOrg.kind === "KOMMUNE" ? "KOMMUNE" : "LAND";
      const isPublished = r.publishedRevisionId !== null && r.archivedAt === null;
      const effective = isPublished ? effectiveOf(r) : null;
      const rev = r.publishedRevision;
      members.push({
        articleId: r.id,
        key: r.key,
        scope,
        regionArs: r.ownerOrg.ars,
        landArs: r.ownerOrg.kind === "KOMMUNE" ? (r.ownerOrg.parent?.ars ?? r.ownerOrg.ars.slice(0, 2)) : r.ownerOrg.ars,
        effective: effective ? presentEffective(effective.content) : null,
        isStale: effective?.isStale ?? false,
        publishedAt: rev ? (rev.publishedAt ?? rev.createdAt) : null,
        incident: rev?.incident ? { klasse: rev.incident.klasse, startedAt: rev.incident.startedAt, resolvedAt: rev.incident.resolvedAt } : null,
      });
    }
    // variants of a Störungsmeldung store only text changes; the incident facts are the base's
    const baseIncident = members.find((m) => m.articleId === familyId)?.incident ?? null;
    for (const m of members) m.incident ??= baseIncident;
    out.set(familyId, {
      familyId,
      familyKey: base.key,
      type: base.type,
      service: { id: service.id, key: service.key, name: service.name, leistungen: service.leistungen.map((l) => l.leistung) },
      members,
    });
  }
  return out;
}
