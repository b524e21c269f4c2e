import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { authorizeArticle } from "../policies/article-policy";
import { STOERUNGSKLASSE_LABELS } from "./vocabulary";
import { diffLists, diffWords, type DiffPart, type ListDiff } from "./diff";
import { actorParentOrgId, loadArticleResource } from "./load-article";
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
const day = (d: Date | null | undefined) => (d ? new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium" }).format(d) : "");
const time = (d: Date) => new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" }).format(d);

/** Field-by-field comparison of two revisions of one base article (word level for text, sets for lists). */
export async function compareRevisions(actor: Actor, articleId: string, fromId: string, toId: string): Promise<RevisionComparison> {
  const client = db();
  const { resource } = await loadArticleResource(client, articleId);
  authorizeArticle(actor, "viewHistory", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const rows = await client.revision.findMany({
    where: { articleId, id: { in: [fromId, toId] } },
    include: { author: { select: { name: true } }, changes: true, incident: { include: { affectedRegions: { include: { organisation: { select: { ars: true } } } } } } },
  });
  const fromRow = rows.find((r) => r.id === fromId);
  const toRow = rows.find((r) => r.id === toId);
  if (!fromRow || !toRow) throw new AppError("NOT_FOUND", "Eine der beiden Versionen gibt es bei diesem Artikel nicht.");
  const a = toRevisionState(fromRow, resource.isVariant).content;
  const b = toRevisionState(toRow, resource.isVariant).content;
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
