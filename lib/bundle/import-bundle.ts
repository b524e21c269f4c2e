import type { Tx } from "../db-client";
import { db } from "../db";
import { AppError } from "../errors";
import { IMPORT_ACTOR, recordAudit, type AuditActor } from "../audit/record-audit";
import { enqueueSearchWork } from "../search/outbox";
import { appendRevision } from "../articles/append-revision";
import { sameChanges, sameContent, sameIncident, type ArticleContent, type IncidentContent, type VariantChangeInput } from "../articles/content";
import { readArticleState, type ArticleState } from "../articles/read-article-state";
import { bundleSchema, jsonPath, type Bundle, type BundleArticle, type BundleVariant } from "./schema";
import { loadKnownState } from "./known-state";
import { synonymTermsKey, validateBundle, type PreparedBundle } from "./validate-bundle";

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export type ImportReport = Record<"organisations" | "services" | "articles" | "variants" | "routingTargets" | "routingRestrictions" | "synonyms", Counts>;

export interface ImportOptions {
  actor?: AuditActor;
  onProgress?: (done: number, total: number) => void;
}

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Parses and checks a bundle without writing; throws VALIDATION with every problem and its JSON path. */
export function parseBundle(input: unknown): Bundle {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: jsonPath(i.path) || "(Wurzel)", message: i.message }));
    throw new AppError("VALIDATION", `Das Wissenspaket ist ungültig (${problems.length} Problem${problems.length === 1 ? "" : "e"}); es wurde nichts geschrieben.`, problems);
  }
  return parsed.data;
}

/**
 * Imports a kb-bundle through the domain services (revisions, audit, search outbox) in one transaction.
 * A bundle with any problem is rejected as a whole, nothing is written. Importing the same bundle again
 * changes nothing (keys are stable identifiers; equal content makes no new revision).
 */
export async function importBundle(input: unknown, options: ImportOptions = {}): Promise<ImportReport> {
  const bundle = parseBundle(input);
  const actor = options.actor ?? IMPORT_ACTOR;
  return db().$transaction(
    async (tx) => {
      const known = await loadKnownState(tx);
      const { problems, prepared } = validateBundle(bundle, known);
      if (problems.length) {
        throw new AppError("VALIDATION", `Das Wissenspaket verletzt ${problems.length} Regel${problems.length === 1 ? "" : "n"}; es wurde nichts geschrieben.`, problems);
      }
      return writeBundle(tx, bundle, prepared, actor, options.onProgress);
    },
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
}

async function writeBundle(tx: Tx, bundle: Bundle, prepared: PreparedBundle, actor: AuditActor, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
  const report: ImportReport = { organisations: counts(), services: counts(), articles: counts(), variants: counts(), routingTargets: counts(), routingRestrictions: counts(), synonyms: counts() };
  const total = bundle.organisations.length + bundle.services.length + bundle.articles.length + bundle.variants.length + bundle.routingTargets.length + bundle.routingRestrictions.length + bundle.synonyms.length;
  let done = 0;
  const step = () => onProgress?.(++done, total);

  // Organisations: parents first.
  const order = { BUND: 0, LAND: 1, KOMMUNE: 2 } as const;
  const orgIds = new Map((await tx.organisation.findMany({ select: { id: true, ars: true } })).map((o) => [o.ars, o.id]));
  for (const o of [...bundle.organisations].sort((a, b) => order[a.kind] - order[b.kind] || a.ars.localeCompare(b.ars))) {
    const parentId = o.parentArs ? orgIds.get(o.parentArs) ?? null : null;
    const existing = await tx.organisation.findUnique({ where: { ars: o.ars } });
    if (!existing) {
      const row = await tx.organisation.create({ data: { ars: o.ars, name: o.name, kind: o.kind, parentId } });
      orgIds.set(o.ars, row.id);
      await recordAudit(tx, actor, { action: "organisation.create", entityType: "organisation", entityId: row.id, details: { ars: o.ars } });
      report.organisations.created++;
    } else if (existing.name !== o.name || existing.parentId !== parentId) {
      await tx.organisation.update({ where: { id: existing.id }, data: { name: o.name, parentId } });
      await recordAudit(tx, actor, { action: "organisation.update", entityType: "organisation", entityId: existing.id, details: { ars: o.ars } });
      report.organisations.updated++;
    } else report.organisations.unchanged++;
    step();
  }
  const orgId = (ars: string) => {
    const id = orgIds.get(ars);
    if (!id) throw new Error(`organisation ${ars} vanished during import`);
    return id;
  };

  // Services with their Leistungen and co-using Länder.
  for (const s of bundle.services) {
    const leistungIds: string[] = [];
    for (const l of s.leistungen) {
      const row = await tx.leistung.upsert({ where: { leikaKey: l.leikaKey }, create: { leikaKey: l.leikaKey, name: l.name }, update: { name: l.name } });
      leistungIds.push(row.id);
    }
    const existing = await tx.onlineService.findUnique({
      where: { key: s.key },
      include: { coUsers: { select: { organisationId: true } }, leistungen: { select: { leistungId: true } } },
    });
    const coIds = s.coUserArs.map(orgId).sort();
    const data = { name: s.name, url: s.url ?? null, operatorId: orgId(s.operatorArs) };
    if (!existing) {
      const row = await tx.onlineService.create({
        data: { key: s.key, ...data, coUsers: { create: coIds.map((organisationId) => ({ organisationId })) }, leistungen: { create: leistungIds.map((leistungId) => ({ leistungId })) } },
      });
      await recordAudit(tx, actor, { action: "service.create", entityType: "service", entityId: row.id, details: { key: s.key } });
      report.services.created++;
    } else {
      const sameCo = existing.coUsers.map((c) => c.organisationId).sort().join() === coIds.join();
      const sameLeistungen = existing.leistungen.map((l) => l.leistungId).sort().join() === [...leistungIds].sort().join();
      if (existing.name === data.name && existing.url === data.url && sameCo && sameLeistungen) report.services.unchanged++;
      else {
        await tx.serviceCoUser.deleteMany({ where: { serviceId: existing.id } });
        await tx.serviceLeistung.deleteMany({ where: { serviceId: existing.id } });
        await tx.onlineService.update({
          where: { id: existing.id },
          data: { ...data, coUsers: { create: coIds.map((organisationId) => ({ organisationId })) }, leistungen: { create: leistungIds.map((leistungId) => ({ leistungId })) } },
        });
        await recordAudit(tx, actor, { action: "service.update", entityType: "service", entityId: existing.id, details: { key: s.key } });
        report.services.updated++;
      }
    }
    step();
  }
  const serviceRows = new Map((await tx.onlineService.findMany({ select: { id: true, key: true, operatorId: true } })).map((s) => [s.key, s]));

  // Base articles: workarounds before incidents that point to them.
  const articleIds = new Map((await tx.article.findMany({ select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  const baseOrder = [...bundle.articles].sort((a, b) => Number(a.type === "INCIDENT") - Number(b.type === "INCIDENT"));
  for (const a of baseOrder) {
    const service = serviceRows.get(a.service);
    if (!service) throw new Error(`service ${a.service} vanished during import`);
    const body = prepared.articleBodies.get(a.key);
    if (!body) throw new Error(`body of ${a.key} was not prepared`);
    const content = articleContent(a, body);
    const incident: IncidentContent | null = a.incident
      ? {
          klasse: a.incident.severity,
          startedAt: new Date(a.incident.startedAt),
          resolvedAt: a.incident.resolvedAt ? new Date(a.incident.resolvedAt) : null,
          affectedOrgIds: a.incident.affectedArs.map(orgId),
          workaroundArticleId: a.incident.workaround ? articleIds.get(a.incident.workaround) ?? null : null,
        }
      : null;
    let id = articleIds.get(a.key);
    const isNew = !id;
    if (!id) {
      const row = await tx.article.create({ data: { key: a.key, type: a.type, serviceId: service.id, ownerOrgId: service.operatorId } });
      id = row.id;
      articleIds.set(a.key, id);
      await recordAudit(tx, actor, { action: "article.create", entityType: "article", entityId: id, articleId: id, details: { key: a.key } });
    }
    const state = await readArticleState(tx, id);
    if (!isNew && isUnchanged(state, a.status, (s) => Boolean(s.content && sameContent(s.content, content) && sameIncident(s.incident, incident)))) {
      report.articles.unchanged++;
    } else {
      await appendRevision(tx, actor, { articleId: id, status: a.status, content, incident, changeNote: "Import aus Wissenspaket", auditAction: `article.import.${a.status.toLowerCase()}` });
      report.articles[isNew ? "created" : "updated"]++;
    }
    step();
  }

  // Variants: a parent before its children.
  const variantByKey = new Map(bundle.variants.map((v) => [v.key, v]));
  const depth = (v: BundleVariant): number => (variantByKey.get(v.parent) ? 1 + depth(variantByKey.get(v.parent) as BundleVariant) : 0);
  for (const v of [...bundle.variants].sort((a, b) => depth(a) - depth(b))) {
    const parentId = articleIds.get(v.parent);
    if (!parentId) throw new Error(`parent ${v.parent} vanished during import`);
    const parent = await tx.article.findUniqueOrThrow({ where: { id: parentId }, select: { id: true, type: true, serviceId: true, rootId: true, publishedRevisionId: true } });
    const changes = variantChanges(v, prepared);
    let id = articleIds.get(v.key);
    const isNew = !id;
    if (!id) {
      const row = await tx.article.create({
        data: { key: v.key, type: parent.type, serviceId: parent.serviceId, ownerOrgId: orgId(v.regionArs), parentId: parent.id, rootId: parent.rootId ?? parent.id },
      });
      id = row.id;
      articleIds.set(v.key, id);
      await recordAudit(tx, actor, { action: "variant.create", entityType: "article", entityId: id, articleId: id, details: { key: v.key, parent: v.parent, regionArs: v.regionArs } });
    }
    const state = await readArticleState(tx, id);
    const internalNote = v.internalNote ?? null;
    if (!isNew && isUnchanged(state, v.status, (s) => sameChanges(s.changes, changes) && s.internalNote === internalNote && s.parentRevisionId === parent.publishedRevisionId)) {
      report.variants.unchanged++;
    } else {
      await appendRevision(tx, actor, {
        articleId: id, status: v.status, content: null, changes, internalNote, parentRevisionId: parent.publishedRevisionId,
        changeNote: "Import aus Wissenspaket", auditAction: `variant.import.${v.status.toLowerCase()}`,
      });
      report.variants[isNew ? "created" : "updated"]++;
    }
    step();
  }

  for (const t of bundle.routingTargets) {
    const service = serviceRows.get(t.service);
    if (!service) throw new Error(`service ${t.service} vanished during import`);
    const regionId = t.regionArs ? orgId(t.regionArs) : null;
    const data = {
      channel: t.channel, contact: t.contact, serviceHours: t.serviceHours,
      reactionHoursVerhindernd: t.reactionHours.BETRIEBSVERHINDERND, reactionHoursBehindernd: t.reactionHours.BETRIEBSBEHINDERND, reactionHoursLeicht: t.reactionHours.LEICHT,
      resolutionHoursVerhindernd: t.resolutionHours.BETRIEBSVERHINDERND, resolutionHoursBehindernd: t.resolutionHours.BETRIEBSBEHINDERND, resolutionHoursLeicht: t.resolutionHours.LEICHT,
    };
    const existing = await tx.routingTarget.findFirst({ where: { serviceId: service.id, regionId, level: t.level, kind: t.kind, name: t.name } });
    if (!existing) {
      const row = await tx.routingTarget.create({ data: { serviceId: service.id, regionId, level: t.level, kind: t.kind, name: t.name, ...data } });
      await recordAudit(tx, actor, { action: "routing-target.create", entityType: "routingTarget", entityId: row.id });
      report.routingTargets.created++;
    } else if ((Object.keys(data) as (keyof typeof data)[]).some((k) => existing[k] !== data[k])) {
      await tx.routingTarget.update({ where: { id: existing.id }, data });
      await recordAudit(tx, actor, { action: "routing-target.update", entityType: "routingTarget", entityId: existing.id });
      report.routingTargets.updated++;
    } else report.routingTargets.unchanged++;
    step();
  }

  // Not allowed paths: one per service, Land, level and kind; the reason is updated. Like routing targets, an
  // import adds and updates but never removes restrictions that the bundle does not name.
  for (const r of bundle.routingRestrictions) {
    const service = serviceRows.get(r.service);
    if (!service) throw new Error(`service ${r.service} vanished during import`);
    const where = { serviceId: service.id, regionId: orgId(r.regionArs), level: r.level, kind: r.kind };
    const details = { service: r.service, regionArs: r.regionArs, level: r.level, kind: r.kind, reason: r.reason };
    const existing = await tx.routingRestriction.findUnique({ where: { serviceId_regionId_level_kind: where } });
    if (!existing) {
      const row = await tx.routingRestriction.create({ data: { ...where, reason: r.reason } });
      await recordAudit(tx, actor, { action: "routing-restriction.create", entityType: "routingRestriction", entityId: row.id, details });
      report.routingRestrictions.created++;
    } else if (existing.reason !== r.reason) {
      await tx.routingRestriction.update({ where: { id: existing.id }, data: { reason: r.reason } });
      await recordAudit(tx, actor, { action: "routing-restriction.update", entityType: "routingRestriction", entityId: existing.id, details: { ...details, from: existing.reason } });
      report.routingRestrictions.updated++;
    } else report.routingRestrictions.unchanged++;
    step();
  }

  let synonymsChanged = false;
  for (const group of bundle.synonyms) {
    const termsKey = synonymTermsKey(group);
    const terms = [...new Map(group.map((t) => [t.toLowerCase(), t])).values()];
    const existing = await tx.synonymGroup.findUnique({ where: { termsKey } });
    if (!existing) {
      const row = await tx.synonymGroup.create({ data: { termsKey, terms } });
      await recordAudit(tx, actor, { action: "synonyms.create", entityType: "synonymGroup", entityId: row.id, details: { terms } });
      report.synonyms.created++;
      synonymsChanged = true;
    } else if (existing.terms.join("|") !== terms.join("|")) {
      await tx.synonymGroup.update({ where: { id: existing.id }, data: { terms } });
      report.synonyms.updated++;
      synonymsChanged = true;
    } else report.synonyms.unchanged++;
    step();
  }
  if (synonymsChanged) await enqueueSearchWork(tx, "synonyms", "all");
  return report;
}

/** Whether the article's current state already is what the bundle says (for idempotent imports). */
function isUnchanged(state: ArticleState, status: BundleArticle["status"], same: (s: NonNullable<ArticleState["published"]>) => boolean): boolean {
  if (status === "PUBLISHED") return Boolean(state.published && !state.isArchived && same(state.published));
  if (status === "ARCHIVED") return Boolean(state.isArchived && state.head && same(state.head));
  return Boolean(state.head && !state.isArchived && state.head.status === status && state.head.id !== state.published?.id && same(state.head));
}

function articleContent(a: BundleArticle, body: { doc: ArticleContent["bodyJson"]; html: string; text: string }): ArticleContent {
  return {
    title: a.title, shortAnswer: a.shortAnswer, bodyJson: body.doc, bodyHtml: body.html, bodyText: body.text,
    keywords: a.keywords, categories: a.categories, leikaKeys: a.leikaKeys,
    contactHints: a.contactHints ?? null, internalNote: a.internalNote ?? null,
    validFrom: day(a.validFrom), validUntil: day(a.validUntil), reviewDue: day(a.reviewDue),
  };
}

function variantChanges(v: BundleVariant, prepared: PreparedBundle): VariantChangeInput[] {
  const c = v.changes;
  const mode = (m: "replace" | "append"): VariantChangeInput["mode"] => (m === "replace" ? "REPLACE" : "APPEND");
  const out: VariantChangeInput[] = [];
  if (c.title) out.push({ field: "TITLE", mode: mode(c.title.mode), value: { text: c.title.text } });
  if (c.shortAnswer) out.push({ field: "SHORT_ANSWER", mode: mode(c.shortAnswer.mode), value: { text: c.shortAnswer.text } });
  const bodyMode = c.bodyHtml?.mode ?? c.bodyMarkdown?.mode;
  const body = prepared.variantBodies.get(v.key);
  if (bodyMode && body) out.push({ field: "BODY", mode: mode(bodyMode), value: { doc: body.doc } });
  if (c.keywords) out.push({ field: "KEYWORDS", mode: mode(c.keywords.mode), value: { items: c.keywords.items } });
  if (c.categories) out.push({ field: "CATEGORIES", mode: mode(c.categories.mode), value: { items: c.categories.items } });
  if (c.contactHints) out.push({ field: "CONTACT_HINTS", mode: mode(c.contactHints.mode), value: { text: c.contactHints.text } });
  if (c.validity) out.push({ field: "VALIDITY", mode: "REPLACE", value: { validFrom: c.validity.validFrom ?? null, validUntil: c.validity.validUntil ?? null } });
  return out;
}
