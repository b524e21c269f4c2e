import { db } from "../../lib/db";
import { createSearchContext, type SearchContext } from "../../lib/search/meili";
import { reconcileIndex } from "../../lib/search/reindex";
import { drainOnce } from "../../lib/search/worker";

/**
 * A search context of its own for one integration test file: the Meilisearch of the test run (MEILI_URL,
 * MEILI_MASTER_KEY) with a unique index prefix, so test files never see each other's indexes.
 */
export function testSearchContext(label: string): SearchContext {
  const url = process.env.MEILI_URL;
  const masterKey = process.env.MEILI_MASTER_KEY;
  if (!url || !masterKey) throw new Error("MEILI_URL/MEILI_MASTER_KEY fehlen: Integrationstests laufen mit npm test (scripts/test-all.sh)");
  const prefix = `t_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${Date.now().toString(36)}_`;
  return createSearchContext({ url, masterKey, indexPrefix: prefix });
}

/** Reconciles the index and drains the outbox until nothing is due (what the worker does, synchronously). */
export async function syncIndex(ctx: SearchContext): Promise<void> {
  await reconcileIndex(ctx, db());
  for (let i = 0; i < 100; i++) {
    const r = await drainOnce(ctx, db());
    if (r.failed) throw new Error(`${r.failed} Outbox-Einträge fehlgeschlagen`);
    if (r.claimed === 0) return;
  }
  throw new Error("Outbox lief nicht leer");
}

/** Deletes every index of the context (afterAll). */
export async function dropIndexes(ctx: SearchContext): Promise<void> {
  const { results } = await ctx.client.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(ctx.indexPrefix))) await ctx.client.deleteIndex(index.uid).waitTask();
}
