import type { Tx } from "../db-client";
import { AppError, type Problem } from "../errors";
import { docToHtml, docToText, parseEditorDoc } from "../editor/server";
import type { ArticleContent, IncidentContent } from "./content";
import { articleContentInput, incidentInput } from "./schema";

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }, prefix = ""): Problem[] =>
  e.issues.map((i) => ({ path: prefix + i.path.map(String).join("."), message: i.message }));

/**
 * Form input -> validated content: fields by zod, the body against the editor schema, HTML and text derived
 * on the server, Leistungen limited to the service's. Throws VALIDATION with every field problem.
 */
export function prepareContent(input: unknown, serviceLeikaKeys: readonly string[]): ArticleContent {
  const parsed = articleContentInput.safeParse(input);
  const problems: Problem[] = parsed.success ? [] : issues(parsed.error);
  const body = parseEditorDoc(typeof input === "object" && input !== null ? (input as { body?: unknown }).body : undefined);
  if (!body.ok) problems.push(...body.problems.map((p) => ({ path: "body", message: `Antwort: ${p.message}` })));
  const bodyText = body.ok ? docToText(body.doc) : "";
  if (body.ok && !bodyText) problems.push({ path: "body", message: "Antwort: bitte ausfüllen" });
  // checked on the raw list too, so that this problem is reported together with the others
  const rawKeys = typeof input === "object" && input !== null ? (input as { leikaKeys?: unknown }).leikaKeys : undefined;
  for (const key of Array.isArray(rawKeys) ? rawKeys.filter((k): k is string => typeof k === "string") : []) {
    if (!serviceLeikaKeys.includes(key)) problems.push({ path: "leikaKeys", message: `Leistungen: ${key} gehört nicht zu diesem Dienst` });
  }
  if (problems.length || !parsed.success || !body.ok) throw new AppError("VALIDATION", "Bitte prüfen Sie die markierten Felder.", problems);
  const d = parsed.data;
  return {
    title: d.title, shortAnswer: d.shortAnswer, bodyJson: body.doc, bodyHtml: docToHtml(body.doc), bodyText,
    keywords: d.keywords, categories: d.categories, leikaKeys: d.leikaKeys, contactHints: d.contactHints, internalNote: d.internalNote,
    validFrom: d.validFrom, validUntil: d.validUntil, reviewDue: d.reviewDue,
  };
}

/** Incident form input -> incident content; affected Länder must co-use or operate the service. */
export async function prepareIncident(tx: Tx, input: unknown, service: { id: string; operatorId: string; coUserOrgIds: readonly string[] }): Promise<IncidentContent> {
  const parsed = incidentInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Bitte prüfen Sie die Angaben zur Störung.", issues(parsed.error, "incident."));
  const d = parsed.data;
  const orgs = await tx.organisation.findMany({ where: { ars: { in: d.affectedArs }, kind: "LAND" }, select: { id: true, ars: true } });
  const problems: Problem[] = [];
  for (const ars of d.affectedArs) {
    const org = orgs.find((o) => o.ars === ars);
    if (!org) problems.push({ path: "incident.affectedArs", message: `Betroffene Länder: ${ars} ist kein bekanntes Land` });
    else if (org.id !== service.operatorId && !service.coUserOrgIds.includes(org.id)) problems.push({ path: "incident.affectedArs", message: `Betroffene Länder: ${ars} nutzt diesen Dienst nicht` });
  }
  if (d.workaroundArticleId) {
    const w = await tx.article.findUnique({ where: { id: d.workaroundArticleId }, select: { type: true, serviceId: true } });
    if (!w || w.type !== "WORKAROUND" || w.serviceId !== service.id) problems.push({ path: "incident.workaroundArticleId", message: "Workaround: bitte einen Workaround desselben Dienstes wählen" });
  }
  if (problems.length) throw new AppError("VALIDATION", "Bitte prüfen Sie die Angaben zur Störung.", problems);
  return { klasse: d.klasse, startedAt: d.startedAt, resolvedAt: d.resolvedAt, affectedOrgIds: orgs.map((o) => o.id), workaroundArticleId: d.workaroundArticleId };
}
