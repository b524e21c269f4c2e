// Writes the benchmark's generated knowledge base (scripts/bench/search-data.ts) to an empty, migrated database in
// bulk: createMany in batches, each distinct answer body rendered once by the real editor, the published-revision
// pointers set in one statement. No outbox rows: the benchmark builds the index with rebuildIndex afterwards.

import type { Db } from "../../lib/db-client";
import { docToHtml, docToText, type EditorDoc } from "../../lib/editor/server";
import type { BenchData } from "./search-data";

async function inBatches<T>(rows: readonly T[], size: number, write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Bulk insert (createMany in batches): bodies rendered once per distinct body, pointers set in one statement. */
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
  await inBatches(data.articles, 2000, (b) => client.article.createMany({ data: b }));
  await inBatches(data.revisions, 500, (b) =>
    client.revision.createMany({
      data: b.map(({ bodyKey, bodyJson, ...r }) => {
        const body = bodyJson && bodyKey ? render(bodyKey, bodyJson as EditorDoc) : null;
        return { ...r, bodyJson: bodyJson ?? undefined, bodyHtml: body?.html ?? null, bodyText: body?.text ?? null };
      }),
    }),
  );
  await inBatches(data.changes, 2000, (b) => client.variantChange.createMany({ data: b.map((c) => ({ ...c, value: c.value as object })) }));
  await inBatches(data.incidents, 2000, (b) => client.incident.createMany({ data: b }));
  await client.$executeRaw`UPDATE "Article" a SET "publishedRevisionId" = r."id", "headRevisionId" = r."id" FROM "Revision" r WHERE r."articleId" = a."id"`;
  await client.$executeRawUnsafe(`ANALYZE`);
}
