import { MeilisearchApiError } from "meilisearch";
import type { Db } from "../db-client";
import { AppError } from "../errors";
import { succeeded, type SearchContext } from "./meili";
import { articleIndexSettings, INDEX_VERSION, indexNames } from "./settings";
import type { SearchDocument } from "./document";
import { collectFamilyChanges, readSynonymGroups } from "./write-documents";

/**
 * Rebuilding the index from the database without a gap in service: a new index is filled next to the live
 * one, then the two are swapped in one Meilisearch task and the old one is deleted. What the worker wrote to
 * the old index meanwhile is queued again, so nothing published during the rebuild is lost.
 */

interface MetaDocument {
  id: "articles";
  indexVersion: number;
  builtAt: string;
  documents: number;
}

const REBUILD_LOCK = "search.rebuild";
/** a rebuild refreshes its lock after every chunk; a lock untouched this long belongs to a rebuild that died */
const REBUILD_LOCK_STALE_MS = 2 * 60_000;
/** clock differences between the processes that write processedAt */
const CLOCK_MARGIN_MS = 60_000;
const FAMILY_CHUNK = 50;
/** document additions of a rebuild queued in Meilisearch at once (it indexes them as one batch) */
const TASKS_IN_FLIGHT = 20;

async function indexExists(ctx: SearchContext, uid: string): Promise<boolean> {
  try {
    await ctx.client.getRawIndex(uid);
    return true;
  } catch (e) {
    if (e instanceof MeilisearchApiError && e.cause?.code === "index_not_found") return false;
    throw e;
  }
}

async function readMeta(ctx: SearchContext): Promise<MetaDocument | null> {
  const { meta } = indexNames(ctx.indexPrefix);
  try {
    return await ctx.client.index(meta).getDocument<MetaDocument>("articles");
  } catch (e) {
    if (e instanceof MeilisearchApiError && (e.cause?.code === "index_not_found" || e.cause?.code === "document_not_found")) return null;
    throw e;
  }
}

async function writeMeta(ctx: SearchContext, meta: MetaDocument): Promise<void> {
  const names = indexNames(ctx.indexPrefix);
  await succeeded(ctx.client.index<MetaDocument>(names.meta).addDocuments([meta], { primaryKey: "id" }));
}

/** The version the live index was built with, or null if there is none (for health and the CLI). */
export async function liveIndexVersion(ctx: SearchContext): Promise<number | null> {
  if (!(await indexExists(ctx, indexNames(ctx.indexPrefix).articles))) return null;
  return (await readMeta(ctx))?.indexVersion ?? null;
}

/**
 * At every worker start: rebuilds when the live index is missing or was built with another INDEX_VERSION,
 * otherwise re-applies the declared settings with the database's synonyms (Meilisearch skips what is unchanged).
 */
export async function reconcileIndex(
  ctx: SearchContext,
  client: Db,
  options: { log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<"rebuilt" | "updated"> {
  const names = indexNames(ctx.indexPrefix);
  const meta = (await indexExists(ctx, names.articles)) ? await readMeta(ctx) : null;
  if (!meta || meta.indexVersion !== INDEX_VERSION) {
    options.log?.(meta ? `Suchindex: Version ${meta.indexVersion} -> ${INDEX_VERSION}, wird neu aufgebaut …` : "Suchindex: wird aus der Datenbank aufgebaut …");
    const result = await rebuildIndex(ctx, client, { log: options.log, signal: options.signal });
    options.log?.(`Suchindex: ${result.documents} Dokumente aus ${result.families} Artikelfamilien aufgebaut.`);
    return "rebuilt";
  }
  await succeeded(ctx.client.index(names.articles).updateSettings(articleIndexSettings(await readSynonymGroups(client))));
  return "updated";
}

async function acquireRebuildLock(client: Db, now: Date): Promise<void> {
  const value = JSON.stringify({ startedAt: now.toISOString(), pid: process.pid });
  try {
    await client.systemState.create({ data: { key: REBUILD_LOCK, value } });
    return;
  } catch {
    // exists: someone else rebuilds, unless that attempt is long dead
  }
  const stale = new Date(now.getTime() - REBUILD_LOCK_STALE_MS);
  const { count } = await client.systemState.updateMany({ where: { key: REBUILD_LOCK, updatedAt: { lt: stale } }, data: { value } });
  if (count === 0) throw new AppError("CONFLICT", "Der Suchindex wird gerade schon neu aufgebaut. Bitte warten, bis dieser Aufbau fertig ist.");
}

export interface RebuildResult {
  families: number;
  documents: number;
  indexUid: string;
}

/**
 * Builds a new index from the database (progress per family), swaps it with the live one and deletes the
 * old one. Only one rebuild runs at a time (a lock row in SystemState).
 */
export async function rebuildIndex(
  ctx: SearchContext,
  client: Db,
  options: { onProgress?: (done: number, total: number) => void; log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<RebuildResult> {
  const startedAt = new Date();
  options.signal?.throwIfAborted();
  await acquireRebuildLock(client, startedAt);
  const names = indexNames(ctx.indexPrefix);
  const buildUid = `${names.buildPrefix}${startedAt.getTime().toString(36)}`;
  try {
    // half-built indexes of rebuilds that were stopped or died (we hold the lock: nobody else builds now)
    const { results } = await ctx.client.getIndexes({ limit: 1000 });
    for (const leftover of results.filter((i) => i.uid.startsWith(names.buildPrefix))) await succeeded(ctx.client.deleteIndex(leftover.uid));

    const settings = articleIndexSettings(await readSynonymGroups(client));
    await succeeded(ctx.client.createIndex(buildUid, { primaryKey: "id" }));
    await succeeded(ctx.client.index(buildUid).updateSettings(settings));

    const families = (await client.article.findMany({ where: { parentId: null }, select: { id: true }, orderBy: { createdAt: "asc" } })).map((a) => a.id);
    let documents = 0;
    options.onProgress?.(0, families.length);
    // Chunks are sent without waiting for each one's indexing: Meilisearch merges queued additions into large
    // batches, many times faster than one task per chunk. At most TASKS_IN_FLIGHT wait; every task must succeed.
    const build = ctx.client.index<SearchDocument>(buildUid);
    const inFlight: number[] = [];
    const settle = async (taskUid: number) => void (await succeeded({ waitTask: () => ctx.client.tasks.waitForTask(taskUid) }));
    for (let i = 0; i < families.length; i += FAMILY_CHUNK) {
      // a stop (Ctrl-C, SIGTERM) ends the build between chunks; the live index stays as it was
      options.signal?.throwIfAborted();
      await client.systemState.update({ where: { key: REBUILD_LOCK }, data: { updatedAt: new Date() } });
      const chunk = families.slice(i, i + FAMILY_CHUNK);
      const changes = await collectFamilyChanges(client, chunk);
      // a new index holds nothing to delete
      if (changes.upserts.length) inFlight.push((await build.addDocuments(changes.upserts, { primaryKey: "id" })).taskUid);
      while (inFlight.length > TASKS_IN_FLIGHT) await settle(inFlight.shift() as number);
      documents += changes.upserts.length;
      options.onProgress?.(Math.min(i + chunk.length, families.length), families.length);
    }
    for (const taskUid of inFlight) await settle(taskUid);
    options.signal?.throwIfAborted();

    if (!(await indexExists(ctx, names.articles))) {
      await succeeded(ctx.client.createIndex(names.articles, { primaryKey: "id" }));
    }
    await succeeded(ctx.client.swapIndexes([{ indexes: [names.articles, buildUid], rename: false }]));
    await succeeded(ctx.client.deleteIndex(buildUid)); // now the old contents
    await writeMeta(ctx, { id: "articles", indexVersion: INDEX_VERSION, builtAt: new Date().toISOString(), documents });

    // Changes the worker wrote to the old index while this one was built (or is writing right now) go again.
    const since = new Date(startedAt.getTime() - CLOCK_MARGIN_MS);
    const again = await client.searchOutbox.findMany({
      where: { OR: [{ processedAt: { gte: since } }, { status: "PENDING", attempts: { gt: 0 } }] },
      select: { entityType: true, entityId: true },
      distinct: ["entityType", "entityId"],
    });
    if (again.length) await client.searchOutbox.createMany({ data: again.map((r) => ({ entityType: r.entityType, entityId: r.entityId })) });
    return { families: families.length, documents, indexUid: names.articles };
  } catch (e) {
    // wait for the deletion: deleteIndexIfExists only enqueues it
    await succeeded(ctx.client.deleteIndex(buildUid)).catch(() => undefined);
    throw e;
  } finally {
    await client.systemState.deleteMany({ where: { key: REBUILD_LOCK } }).catch(() => undefined);
  }
}
