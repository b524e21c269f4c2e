// Writes the benchmark's generated knowledge base (scripts/bench/search-data.ts) to an empty, migrated database in
// bulk (createMany for the small tables, INSERT … SELECT FROM unnest for the large ones), each distinct answer body
// rendered once by the real editor, the published-revision pointers set in one statement. No outbox rows: the
// benchmark builds the index with rebuildIndex afterwards.

import type { Db } from "../../lib/db-client";
import { docToHtml, docToText, type EditorDoc } from "../../lib/editor/server";
import type { BenchData } from "./search-data";

async function inBatches<T>(rows: readonly T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

type SqlValue = string | number | null;
/** text[] and jsonb values travel as JSON text through unnest (it cannot unnest arrays of arrays). */
const TEXT_ARRAY = (col: string) => `ARRAY(SELECT jsonb_array_elements_text(${col}::jsonb))`;

/**
 * One INSERT … SELECT FROM unnest(…) per batch: one parameter per column instead of one per value, which makes the
 * 100 000-article load many times faster than createMany. `columns`: name, parameter type, expression (as cast).
 */
async function insertRows<T>(client: Db, table: string, columns: readonly [string, "text" | "int", string?][], rows: readonly T[], values: (row: T) => SqlValue[], batch: number): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const select = columns.map(([name, , expression]) => expression?.replace("$", `"${name}"`) ?? `"${name}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS t(${names})`;
  await inBatches(rows, batch, async (b) => {
    const cols: SqlValue[][] = columns.map(() => []);
    for (const row of b) values(row).forEach((v, i) => cols[i]?.push(v));
    await client.$executeRawUnsafe(sql, ...cols);
  });
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * Bulk insert: small tables with createMany, articles, revisions, variant changes and incidents with unnest
 * batches; each distinct answer body rendered once by the real editor; the published-revision pointers in one
 * statement.
 */
export async function writeBenchData(client: Db, data: BenchData): Promise<void> {
  const rendered = new Map<string, { html: string; text: string }>();
  const render = (key: string, doc: EditorDoc) => {
    let r = rendered.get(key);
    if (!r) {
      r = { html: docToHtml(doc), text: docToText(doc) };
      rendered.set(key, r);
    }
    return r;
  };
  await client.organisation.createMany({ data: data.organisations.filter((o) => o.kind === "LAND") });
  await inBatches(data.organisations.filter((o) => o.kind === "KOMMUNE"), 2000, (b) => client.organisation.createMany({ data: b }));
  await client.leistung.createMany({ data: data.leistungen });
  await client.onlineService.createMany({ data: data.services });
  await inBatches(data.coUsers, 5000, (b) => client.serviceCoUser.createMany({ data: b }));
  await inBatches(data.serviceLeistungen, 5000, (b) => client.serviceLeistung.createMany({ data: b }));
  const now = new Date().toISOString();
  await insertRows(
    client, "Article",
    [["id", "text"], ["key", "text"], ["type", "text", '$::"ArticleType"'], ["serviceId", "text"], ["ownerOrgId", "text"], ["parentId", "text"], ["rootId", "text"], ["updatedAt", "text", "$::timestamp(3)"]],
    data.articles, (a) => [a.id, a.key, a.type, a.serviceId, a.ownerOrgId, a.parentId, a.rootId, now], 5000,
  );
  await insertRows(
    client, "Revision",
    [
      ["id", "text"], ["articleId", "text"], ["number", "int"], ["status", "text", '$::"RevisionStatus"'], ["title", "text"], ["shortAnswer", "text"],
      ["bodyJson", "text", "$::jsonb"], ["bodyHtml", "text"], ["bodyText", "text"], ["keywords", "text", TEXT_ARRAY("$")], ["categories", "text", TEXT_ARRAY("$")],
      ["leikaKeys", "text", TEXT_ARRAY("$")], ["contactHints", "text"], ["validFrom", "text", "$::timestamp(3)"], ["validUntil", "text", "$::timestamp(3)"],
      ["parentRevisionId", "text"], ["publishedAt", "text", "$::timestamp(3)"], ["createdAt", "text", "$::timestamp(3)"], ["changeNote", "text"],
    ],
    data.revisions,
    (r) => {
      const body = r.bodyJson && r.bodyKey ? render(r.bodyKey, r.bodyJson as EditorDoc) : null;
      return [
        r.id, r.articleId, r.number, r.status, r.title, r.shortAnswer, r.bodyJson ? JSON.stringify(r.bodyJson) : null, body?.html ?? null, body?.text ?? null,
        JSON.stringify(r.keywords), JSON.stringify(r.categories), JSON.stringify(r.leikaKeys), r.contactHints, iso(r.validFrom), iso(r.validUntil),
        r.parentRevisionId, iso(r.publishedAt), iso(r.createdAt), r.changeNote,
      ];
    },
    2000,
  );
  await insertRows(
    client, "VariantChange",
    [["revisionId", "text"], ["field", "text", '$::"VariantField"'], ["mode", "text", '$::"ChangeMode"'], ["value", "text", "$::jsonb"]],
    data.changes, (c) => [c.revisionId, c.field, c.mode, JSON.stringify(c.value)], 5000,
  );
  await insertRows(
    client, "Incident",
    [["revisionId", "text"], ["klasse", "text", '$::"Stoerungsklasse"'], ["startedAt", "text", "$::timestamp(3)"], ["resolvedAt", "text", "$::timestamp(3)"]],
    data.incidents, (i) => [i.revisionId, i.klasse, iso(i.startedAt), iso(i.resolvedAt)], 5000,
  );
  await client.$executeRaw`UPDATE "Article" a SET "publishedRevisionId" = r."id", "headRevisionId" = r."id" FROM "Revision" r WHERE r."articleId" = a."id"`;
  await client.$executeRawUnsafe(`ANALYZE`);
}
