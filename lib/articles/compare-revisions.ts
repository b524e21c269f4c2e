import { db } from "../db";
import type { Db } from "../db-client";
import { docToText } from "../editor/server";
import { effectiveBodyDoc } from "../variants/effective-content";
import { loadEffective } from "../variants/load-effective";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { authorizeArticle } from "../policies/article-policy";
import { STOERUNGSKLASSE_LABELS } from "./vocabulary";
import { diffLists, diffWords, type DiffPart, type ListDiff } from "./diff";
import { actorParentOrgId, loadArticleResource } from "./load-article";
import type { ArticleContent } from "./content";
import { toRevisionState } from "./read-article-state";

export type FieldDiff =
  | { field: string; label: string; kind: "text"; isChanged: boolean; parts: DiffPart[] }
  | { field: string; label: string; kind: "list"; isChanged: boolean; list: ListDiff };

export interface RevisionComparison {
  from: { id: string; number: number; status: string; createdAt: string; author: string | null };
  to: { id: string; number: number; status: string; createdAt: string; author: string | null };
  fields: FieldDiff[];
}

const text = (field: string, label: string, a: string | null | undefined, b: string | null | undefined): FieldDiff => {
  const before = a ?? "";
  const after = b ?? "";
  return { field, label, kind: "text", isChanged: before !== after, parts: diffWords(before, after) };
};
const list = (field: string, label: string, a: readonly string[], b: readonly string[]): FieldDiff => {
  const d = diffLists(a, b);
  return { field, label, kind: "list", isChanged: d.added.length + d.removed.length > 0, list: d };
};
const dayFormat = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
const day = (d: Date | null | undefined) => (d ? dayFormat.format(d) : "");
const time = (d: Date) => timeFormat.format(d);

/** The fields a comparison shows (a base revision's content, or a variant revision's effective content). */
type Comparable = Pick<ArticleContent, "title" | "shortAnswer" | "bodyText" | "keywords" | "categories" | "leikaKeys" | "contactHints" | "validFrom" | "validUntil" | "reviewDue" | "internalNote">;

/**
 * A variant revision stores only its changes; compared is what it produced: its changes on the parent
 * revision it rests on (the effective content agents saw or would see with it).
 */
async function variantRevisionContent(client: Db, articleId: string, parentId: string | null, r: { id: string; parentRevisionId: string | null; internalNote: string | null }): Promise<Comparable | null> {
  const at = new Map([[articleId, r.id]]);
  if (parentId && r.parentRevisionId) at.set(parentId, r.parentRevisionId);
  const e = (await loadEffective(client, articleId, "published", at))?.content;
  if (!e) return null;
  return {
    title: e.title.text, shortAnswer: e.shortAnswer.text, bodyText: docToText(effectiveBodyDoc(e.body)), keywords: e.keywords, categories: e.categories,
    leikaKeys: e.leikaKeys, contactHints: e.contactHints?.text ?? null, validFrom: e.validFrom, validUntil: e.validUntil, reviewDue: null, internalNote: r.internalNote,
  };
}

/** Field-by-field comparison of two revisions of one article (word level for text, sets for lists); variants compare their effective content. */
export async function compareRevisions(actor: Actor, articleId: string, fromId: string, toId: string): Promise<RevisionComparison> {
  const client = db();
  const { article, resource } = await loadArticleResource(client, articleId);
  authorizeArticle(actor, "viewHistory", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const rows = await client.revision.findMany({
    where: { articleId, id: { in: [fromId, toId] } },
    include: { author: { select: { name: true } }, changes: true, incident: { include: { affectedRegions: { include: { organisation: { select: { ars: true } } } } } } },
  });
  const fromRow = rows.find((r) => r.id === fromId);
  const toRow = rows.find((r) => r.id === toId);
  if (!fromRow || !toRow) throw new AppError("NOT_FOUND", "Eine der beiden Versionen gibt es bei diesem Artikel nicht.");
  const [a, b]: (Comparable | null)[] = resource.isVariant
    ? await Promise.all([fromRow, toRow].map((r) => variantRevisionContent(client, articleId, article.parentId, r)))
    : [toRevisionState(fromRow, false).content, toRevisionState(toRow, false).content];
  const fields: FieldDiff[] = [
    text("title", "Titel", a?.title, b?.title),
    text("shortAnswer", "Sprechtext", a?.shortAnswer, b?.shortAnswer),
    text("body", "Antwort", a?.bodyText, b?.bodyText),
    list("keywords", "Schlagworte", a?.keywords ?? [], b?.keywords ?? []),
    list("categories", "Kategorien", a?.categories ?? [], b?.categories ?? []),
    list("leikaKeys", "Leistungen", a?.leikaKeys ?? [], b?.leikaKeys ?? []),
    text("contactHints", "Kontakthinweise", a?.contactHints, b?.contactHints),
    text("validity", "Gültigkeit", `${day(a?.validFrom) || "sofort"} bis ${day(a?.validUntil) || "unbefristet"}`, `${day(b?.validFrom) || "sofort"} bis ${day(b?.validUntil) || "unbefristet"}`),
    text("reviewDue", "Wiedervorlage", day(a?.reviewDue), day(b?.reviewDue)),
    text("internalNote", "Interne Notiz", a?.internalNote, b?.internalNote),
  ];
  if (fromRow.incident || toRow.incident) {
    const inc = (r: typeof fromRow) =>
      r.incident ? `${STOERUNGSKLASSE_LABELS[r.incident.klasse]}, Beginn ${time(r.incident.startedAt)}, behoben: ${r.incident.resolvedAt ? time(r.incident.resolvedAt) : "nein"}` : "";
    fields.push(text("incident", "Störung", inc(fromRow), inc(toRow)));
    fields.push(list("affected", "Betroffene Länder", fromRow.incident?.affectedRegions.map((x) => x.organisation.ars) ?? [], toRow.incident?.affectedRegions.map((x) => x.organisation.ars) ?? []));
  }
  const meta = (r: typeof fromRow) => ({ id: r.id, number: r.number, status: r.status, createdAt: r.createdAt.toISOString(), author: r.author?.name ?? null });
  return { from: meta(fromRow), to: meta(toRow), fields };
}
