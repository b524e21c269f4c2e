import { db } from "../db";
import { docToHtml, type EditorDoc } from "../editor/server";
import { toRevisionState, type RevisionState } from "../articles/read-article-state";
import type { Bundle, BundleArticle, BundleVariant, BundleVariantChanges } from "./schema";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);

/**
 * The whole knowledge base as a kb-bundle, deterministically ordered. Per article it carries the published
 * content (or, for an unpublished article, its newest revision); revision history stays in the database.
 */
export async function exportBundle(): Promise<Bundle> {
  const client = db();
  const [orgs, services, articles, targets, restrictions, synonyms] = await Promise.all([
    client.organisation.findMany({ include: { parent: { select: { ars: true } } } }),
    client.onlineService.findMany({
      include: { operator: { select: { ars: true } }, coUsers: { include: { organisation: { select: { ars: true } } } }, leistungen: { include: { leistung: true } } },
    }),
    client.article.findMany({
      include: {
        service: { select: { key: true } },
        parent: { select: { key: true, parentId: true } },
        ownerOrg: { select: { ars: true } },
        publishedRevision: { include: { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } },
        headRevision: { include: { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } },
      },
    }),
    client.routingTarget.findMany({ include: { service: { select: { key: true } }, region: { select: { ars: true } } } }),
    client.routingRestriction.findMany({ include: { service: { select: { key: true } }, region: { select: { ars: true } } } }),
    client.synonymGroup.findMany({ orderBy: { termsKey: "asc" } }),
  ]);
  const arsOf = new Map(orgs.map((o) => [o.id, o.ars]));
  const keyOf = new Map(articles.map((a) => [a.id, a.key]));
  const kindOrder = { BUND: 0, LAND: 1, KOMMUNE: 2 } as const;

  const outArticles: BundleArticle[] = [];
  const outVariants: (BundleVariant & { depth: number })[] = [];
  for (const a of articles) {
    const row = a.archivedAt ? a.headRevision : (a.publishedRevision ?? a.headRevision);
    if (!row) continue; // an article without any revision has no content to carry
    const isVariant = a.parentId !== null;
    const r = toRevisionState(row, isVariant);
    const status = a.archivedAt ? "ARCHIVED" : a.publishedRevision ? "PUBLISHED" : r.status === "IN_REVIEW" ? "IN_REVIEW" : "DRAFT";
    if (isVariant && a.parent) {
      outVariants.push({
        key: a.key, parent: a.parent.key, regionArs: a.ownerOrg.ars, changes: changesToBundle(r), status,
        ...(r.internalNote ? { internalNote: r.internalNote } : {}),
        depth: a.parent.parentId ? 1 : 0,
      });
      continue;
    }
    const c = r.content;
    if (!c) continue;
    outArticles.push({
      key: a.key, service: a.service.key, type: a.type, title: c.title, shortAnswer: c.shortAnswer, bodyHtml: c.bodyHtml,
      keywords: c.keywords, categories: c.categories as BundleArticle["categories"], leikaKeys: c.leikaKeys,
      ...(c.contactHints ? { contactHints: c.contactHints } : {}),
      ...(c.internalNote ? { internalNote: c.internalNote } : {}),
      validFrom: isoDay(c.validFrom), validUntil: isoDay(c.validUntil), reviewDue: isoDay(c.reviewDue),
      status,
      incident: r.incident
        ? {
            severity: r.incident.klasse, startedAt: r.incident.startedAt.toISOString(), resolvedAt: r.incident.resolvedAt?.toISOString() ?? null,
            affectedArs: r.incident.affectedOrgIds.map((id) => arsOf.get(id) ?? "").sort(),
            workaround: r.incident.workaroundArticleId ? keyOf.get(r.incident.workaroundArticleId) ?? null : null,
          }
        : null,
    });
  }

  return {
    format: "kb-bundle",
    version: 1,
    exportedAt: new Date().toISOString(),
    organisations: orgs
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.ars.localeCompare(b.ars))
      .map((o) => ({ ars: o.ars, name: o.name, kind: o.kind, parentArs: o.parent?.ars ?? null })),
    services: services.sort(byKey).map((s) => ({
      key: s.key, name: s.name, operatorArs: s.operator.ars, coUserArs: s.coUsers.map((c) => c.organisation.ars).sort(), url: s.url,
      leistungen: s.leistungen.map((l) => ({ leikaKey: l.leistung.leikaKey, name: l.leistung.name })).sort((x, y) => x.leikaKey.localeCompare(y.leikaKey)),
    })),
    articles: outArticles.sort(byKey),
    variants: outVariants.sort((a, b) => a.depth - b.depth || byKey(a, b)).map(({ depth: _depth, ...v }) => v),
    routingTargets: targets
      .map((t) => ({
        service: t.service.key, regionArs: t.region?.ars ?? null, level: t.level, kind: t.kind, name: t.name, channel: t.channel, contact: t.contact,
        serviceHours: t.serviceHours,
        reactionHours: { BETRIEBSVERHINDERND: t.reactionHoursVerhindernd, BETRIEBSBEHINDERND: t.reactionHoursBehindernd, LEICHT: t.reactionHoursLeicht },
        resolutionHours: { BETRIEBSVERHINDERND: t.resolutionHoursVerhindernd, BETRIEBSBEHINDERND: t.resolutionHoursBehindernd, LEICHT: t.resolutionHoursLeicht },
      }))
      .sort((a, b) => [a.service, a.regionArs ?? "", a.level, a.kind, a.name].join("|").localeCompare([b.service, b.regionArs ?? "", b.level, b.kind, b.name].join("|"))),
    routingRestrictions: restrictions
      .map((r) => ({ service: r.service.key, regionArs: r.region.ars, level: r.level, kind: r.kind, reason: r.reason }))
      .sort((a, b) => [a.service, a.regionArs, a.level, a.kind].join("|").localeCompare([b.service, b.regionArs, b.level, b.kind].join("|"))),
    synonyms: synonyms.map((g) => g.terms),
  };
}

function changesToBundle(r: RevisionState): BundleVariantChanges {
  const out: BundleVariantChanges = {};
  const mode = (m: "REPLACE" | "APPEND") => (m === "REPLACE" ? "replace" : "append") as "replace" | "append";
  for (const c of r.changes) {
    const v = c.value as Record<string, unknown>;
    const text = typeof v.text === "string" ? v.text : "";
    const items = Array.isArray(v.items) ? v.items.filter((i): i is string => typeof i === "string") : [];
    switch (c.field) {
      case "TITLE": out.title = { mode: mode(c.mode), text }; break;
      case "SHORT_ANSWER": out.shortAnswer = { mode: mode(c.mode), text }; break;
      case "BODY": out.bodyHtml = { mode: mode(c.mode), html: docToHtml(v.doc as EditorDoc) }; break;
      case "KEYWORDS": out.keywords = { mode: mode(c.mode), items }; break;
      case "CATEGORIES": out.categories = { mode: mode(c.mode), items: items as NonNullable<BundleVariantChanges["categories"]>["items"] }; break;
      case "CONTACT_HINTS": out.contactHints = { mode: mode(c.mode), text }; break;
      case "VALIDITY": out.validity = { mode: "replace", validFrom: (v.validFrom as string | null) ?? null, validUntil: (v.validUntil as string | null) ?? null }; break;
    }
  }
  return out;
}
