import type { Db } from "../db-client";
import { loadEffective } from "../variants/load-effective";
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

/** Every member of the family with its effective published content; null when the base article does not exist. */
export async function loadFamilyFacts(client: Db, familyId: string): Promise<FamilyFacts | null> {
  const rows = await client.article.findMany({
    where: { OR: [{ id: familyId }, { rootId: familyId }] },
    select: {
      id: true, key: true, type: true, parentId: true, archivedAt: true, publishedRevisionId: true,
      ownerOrg: { select: { ars: true, kind: true, parent: { select: { ars: true } } } },
      service: { select: { id: true, key: true, name: true, leistungen: { select: { leistung: { select: { leikaKey: true, name: true, searchTerms: true } } } } } },
      publishedRevision: { select: { publishedAt: true, createdAt: true, incident: { select: { klasse: true, startedAt: true, resolvedAt: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const base = rows.find((r) => r.id === familyId);
  if (!base || base.parentId !== null) return null;
  const members: FamilyMember[] = [];
  for (const r of rows) {
    const scope: Scope = r.parentId === null ? "BASE" : r.ownerOrg.kind === "KOMMUNE" ? "KOMMUNE" : "LAND";
    const isPublished = r.publishedRevisionId !== null && r.archivedAt === null;
    // Sequential on purpose: the embedded database answers one query at a time anyway.
    const effective = isPublished ? await loadEffective(client, r.id) : null;
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
  return {
    familyId,
    familyKey: base.key,
    type: base.type,
    service: {
      id: base.service.id,
      key: base.service.key,
      name: base.service.name,
      leistungen: base.service.leistungen.map((l) => l.leistung),
    },
    members,
  };
}
