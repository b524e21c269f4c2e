import type { Tx } from "../db-client";
import { db } from "../db";
import { env } from "../env";
import { AppError, type Problem } from "../errors";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { docToText, htmlToDoc } from "../editor/server";
import { enqueueSearchWork } from "../search/outbox";
import { LOESCHE_KLASSE_LEISTUNG, LEIKA_KEY_PATTERN, parseLeistungIdText } from "../../xzufi/constants";
import { readTransferDocument, XzufiReadError, type ReadLeistung, type ReadLoesche } from "../../xzufi/read";

/**
 * Import of XZuFi 2.2.0 transfer documents (issue 7): a Land seeds its Leistungen (LeiKa key, name, description,
 * search terms) from its Landesredaktionssystem. The file is read and checked completely first (xzufi/read.ts:
 * no DOCTYPE or entities, well-formed, namespace and version, LeiKa keys); then every Leistung is written in one
 * transaction, with audit rows and search work. Anything wrong: nothing is written.
 */

export const IMPORT_XZUFI_ACTOR: AuditActor = { id: null, label: "Import (XZuFi)" };

const MAX_NAME = 300;
const MAX_DESCRIPTION = 20_000;
const MAX_TERM = 100;
const MAX_TERMS = 100;

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface XzufiImportReport {
  leistungen: Counts;
  /** objects of other classes in the file, not imported (organisationseinheit, onlinedienst, ...) */
  skipped: Record<string, number>;
  /** things that were not done, each with its place in the file */
  notes: Problem[];
  sender: string | null;
}

interface PreparedLeistung {
  source: ReadLeistung;
  name: string;
  description: string | null;
  searchTerms: string[];
}

const lineOf = (item: { line: number }) => `Zeile ${item.line}`;

/** Text of HTML (the editor's allow-list; scripts and the like never become text). */
function htmlText(html: string): string {
  return docToText(htmlToDoc(html));
}

function prepare(leistungen: readonly ReadLeistung[], problems: Problem[], notes: Problem[]): PreparedLeistung[] {
  const byKey = new Map<string, PreparedLeistung>();
  for (const l of leistungen) {
    const where = `schreibe[${l.position}] (${lineOf(l)})`;
    if (byKey.has(l.leikaKey)) {
      notes.push({ path: where, message: `weitere Beschreibung der Leistung ${l.leikaKey} übersprungen (die erste in der Datei gilt)` });
      continue;
    }
    const name = (/<[a-z]/i.test(l.name) ? htmlText(l.name) : l.name).replace(/\s+/g, " ").trim();
    if (!name) problems.push({ path: `${where}/modulText 02`, message: "die Leistungsbezeichnung ist leer" });
    else if (name.length > MAX_NAME) problems.push({ path: `${where}/modulText 02`, message: `die Leistungsbezeichnung ist zu lang (höchstens ${MAX_NAME} Zeichen)` });
    const description = l.descriptionHtml ? htmlText(l.descriptionHtml) || null : null;
    if (description && description.length > MAX_DESCRIPTION) problems.push({ path: `${where}/modulText 05`, message: `die Beschreibung ist zu lang (höchstens ${MAX_DESCRIPTION} Zeichen)` });
    const terms = new Map<string, string>();
    for (const term of l.searchTerms.map((t) => t.replace(/\s+/g, " ").trim())) {
      if (term.length > MAX_TERM) problems.push({ path: `${where}/modulBegriffImKontext`, message: `der Suchbegriff „${term.slice(0, 40)}…“ ist zu lang (höchstens ${MAX_TERM} Zeichen)` });
      else if (term) terms.set(term.toLocaleLowerCase("de"), terms.get(term.toLocaleLowerCase("de")) ?? term);
    }
    if (terms.size > MAX_TERMS) problems.push({ path: `${where}/modulBegriffImKontext`, message: `zu viele Suchbegriffe (höchstens ${MAX_TERMS})` });
    byKey.set(l.leikaKey, { source: l, name, description, searchTerms: [...terms.values()] });
  }
  return [...byKey.values()];
}

interface Deletion {
  source: ReadLoesche;
  leikaKey: string | null;
}

/** The Leistung a loesche means: an id imported before, an id this system wrote, or a bare LeiKa key. */
async function resolveDeletions(tx: Tx, loeschungen: readonly ReadLoesche[], ownAgency: string): Promise<Deletion[]> {
  const out: Deletion[] = [];
  for (const d of loeschungen) {
    const imported = await tx.xzufiImportedId.findUnique({
      where: { schemeAgencyId_externalId: { schemeAgencyId: d.id.schemeAgencyID, externalId: d.id.value } },
      select: { leistung: { select: { leikaKey: true } } },
    });
    const own = d.id.schemeAgencyID === ownAgency ? parseLeistungIdText(d.id.value) : null;
    out.push({ source: d, leikaKey: imported?.leistung.leikaKey ?? own?.leikaKey ?? (LEIKA_KEY_PATTERN.test(d.id.value) ? d.id.value : null) });
  }
  return out;
}

/** Reads, checks and imports an XZuFi transfer document; `dryRun` checks against the database without writing. */
export async function importXzufi(input: Uint8Array | string, options: { actor?: AuditActor; dryRun?: boolean } = {}): Promise<XzufiImportReport> {
  let read;
  try {
    read = readTransferDocument(input);
  } catch (e) {
    if (e instanceof XzufiReadError) throw new AppError("VALIDATION", e.message, e.problems);
    throw e;
  }
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const prepared = prepare(read.leistungen, problems, notes);
  if (problems.length) throw new AppError("VALIDATION", `Die XZuFi-Datei hat ${problems.length} Problem${problems.length === 1 ? "" : "e"}; es wurde nichts geschrieben.`, problems);
  const actor = options.actor ?? IMPORT_XZUFI_ACTOR;
  const skipped = { ...read.skipped };
  for (const d of read.loeschungen.filter((l) => l.klasse !== LOESCHE_KLASSE_LEISTUNG)) skipped[`loesche ${d.klasse || "(ohne klasse)"}`] = (skipped[`loesche ${d.klasse || "(ohne klasse)"}`] ?? 0) + 1;

  return db().$transaction(
    async (tx) => {
      const counts: Counts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
      const deletions = await resolveDeletions(tx, read.loeschungen.filter((l) => l.klasse === LOESCHE_KLASSE_LEISTUNG), env().XZUFI_SCHEME_AGENCY_ID);
      const written = new Set(prepared.map((p) => p.source.leikaKey));
      for (const d of deletions) {
        if (d.leikaKey && written.has(d.leikaKey)) problems.push({ path: `loesche[${d.source.position}] (${lineOf(d.source)})`, message: `die Leistung ${d.leikaKey} wird in derselben Datei geschrieben und gelöscht` });
      }
      if (problems.length) throw new AppError("VALIDATION", `Die XZuFi-Datei hat ${problems.length} Problem${problems.length === 1 ? "" : "e"}; es wurde nichts geschrieben.`, problems);

      const existing = new Map(
        (await tx.leistung.findMany({ where: { leikaKey: { in: [...written] } }, select: { id: true, leikaKey: true, name: true, description: true, searchTerms: true } })).map((l) => [l.leikaKey, l]),
      );
      const changedLeistungIds: string[] = [];
      for (const p of prepared) {
        const before = existing.get(p.source.leikaKey);
        const data = { name: p.name, description: p.description, searchTerms: p.searchTerms };
        const same = before && before.name === data.name && before.description === data.description && before.searchTerms.join("\u0000") === data.searchTerms.join("\u0000");
        if (same) counts.unchanged++;
        else counts[before ? "updated" : "created"]++;
        if (options.dryRun) continue;
        let id = before?.id;
        if (!before) {
          id = (await tx.leistung.create({ data: { leikaKey: p.source.leikaKey, ...data }, select: { id: true } })).id;
          await recordAudit(tx, actor, { action: "leistung.import.create", entityType: "leistung", entityId: id, details: { leikaKey: p.source.leikaKey, sender: read.sender } });
        } else if (!same) {
          await tx.leistung.update({ where: { id: before.id }, data });
          await recordAudit(tx, actor, { action: "leistung.import.update", entityType: "leistung", entityId: before.id, details: { leikaKey: p.source.leikaKey, sender: read.sender } });
          changedLeistungIds.push(before.id);
        }
        if (id && p.source.id?.schemeAgencyID) {
          const key = { schemeAgencyId: p.source.id.schemeAgencyID, externalId: p.source.id.value };
          await tx.xzufiImportedId.upsert({ where: { schemeAgencyId_externalId: key }, create: { ...key, leistungId: id }, update: { leistungId: id } });
        }
      }

      for (const d of deletions) {
        const where = `loesche[${d.source.position}] (${lineOf(d.source)})`;
        const leistung = d.leikaKey ? await tx.leistung.findUnique({ where: { leikaKey: d.leikaKey }, select: { id: true, services: { select: { service: { select: { name: true } } } } } }) : null;
        if (!leistung) {
          notes.push({ path: where, message: `Leistung ${d.source.id.value} ist hier nicht bekannt; nichts zu löschen` });
          continue;
        }
        if (leistung.services.length) {
          notes.push({ path: where, message: `Leistung ${d.leikaKey} nicht gelöscht: sie gehört zum Onlinedienst ${leistung.services.map((s) => s.service.name).join(", ")} (erst dort entfernen)` });
          continue;
        }
        counts.deleted++;
        if (options.dryRun) continue;
        await tx.leistung.delete({ where: { id: leistung.id } });
        await recordAudit(tx, actor, { action: "leistung.import.delete", entityType: "leistung", entityId: leistung.id, details: { leikaKey: d.leikaKey, sender: read.sender } });
      }

      // search documents carry the names and search terms of the Leistungen their article is about
      if (changedLeistungIds.length) {
        const families = await tx.article.findMany({ where: { parentId: null, service: { leistungen: { some: { leistungId: { in: changedLeistungIds } } } } }, select: { id: true } });
        for (const f of families) await enqueueSearchWork(tx, "article", f.id);
      }
      return { leistungen: counts, skipped, notes, sender: read.sender };
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
