/**
 * The search worker and the reindex against the real PostgreSQL and Meilisearch: claiming without double
 * processing, retries with backoff, deletions, version rebuild without a gap, nothing lost during a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { dropIndexes, syncIndex, testSearchContext } from "../../tests/integration/search-index";
import { importBundle } from "../bundle/import-bundle";
import { createPrismaClient } from "../db-client";
import { db } from "../db";
import { createSearchContext } from "./meili";
import { liveIndexVersion, rebuildIndex, reconcileIndex } from "./reindex";
import { indexNames, INDEX_VERSION } from "./settings";
import { claimRows, drainOnce, resumeWaitingRows } from "./worker";

const ctx = testSearchContext("worker");
const names = indexNames(ctx.indexPrefix);

const bundle = (articles: { key: string; title: string }[]) => ({
  format: "kb-bundle",
  version: 1,
  organisations: [{ ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" }],
  services: [{ key: "s", name: "Dienst", operatorArs: "04", coUserArs: [], leistungen: [] }],
  articles: articles.map((a) => ({ ...a, service: "s", type: "FAQ", shortAnswer: `Sprechtext ${a.title}`, bodyHtml: `<p>${a.title}</p>`, categories: ["Inhalt"], status: "PUBLISHED" })),
  variants: [],
  routingTargets: [],
  synonyms: [],
});

const search = async (q: string) => (await ctx.client.index(names.articles).search<{ key: string }>(q, { attributesToRetrieve: ["key"] })).hits.map((h) => h.key);

describe("search worker and reindex", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("searchworker");
    await importBundle(bundle([{ key: "giraffe", title: "Giraffenhaltung anmelden" }]));
  });
  afterAll(async () => {
    await dropIndexes(ctx);
    await fresh.drop();
  });

  it("the first start builds the index from the database and records the version", async () => {
    expect(await liveIndexVersion(ctx)).toBeNull();
    expect(await reconcileIndex(ctx, db())).toBe("rebuilt");
    expect(await liveIndexVersion(ctx)).toBe(INDEX_VERSION);
    expect(await search("Giraffenhaltung")).toEqual(["giraffe"]);
    expect(await reconcileIndex(ctx, db())).toBe("updated");
    await syncIndex(ctx);
    expect(await db().searchOutbox.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("two workers never take the same row", async () => {
    await db().searchOutbox.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ entityType: "article", entityId: `missing-${i}` })) });
    const a = createPrismaClient(fresh.url);
    const b = createPrismaClient(fresh.url);
    try {
      const [x, y] = await Promise.all([claimRows(a, 30), claimRows(b, 30)]);
      const ids = [...x, ...y].map((r) => r.id.toString());
      expect(ids).toHaveLength(50);
      expect(new Set(ids).size).toBe(50);
      // claimed rows are leased: nobody else takes them now
      expect(await claimRows(db(), 100)).toEqual([]);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
    await db().searchOutbox.updateMany({ where: { entityId: { startsWith: "missing-" } }, data: { nextAttemptAt: new Date() } });
    await syncIndex(ctx); // articles that do not exist become deletions: the rows are done
    expect(await db().searchOutbox.count({ where: { entityId: { startsWith: "missing-" }, status: "DONE" } })).toBe(50);
  });

  it("a failure keeps the rows with the error and a later attempt; they are done only after Meilisearch succeeded", async () => {
    await importBundle(bundle([{ key: "giraffe", title: "Giraffenhaltung anmelden" }, { key: "zebra", title: "Zebrastreifen beantragen" }]));
    const dead = createSearchContext({ url: "http://127.0.0.1:9", masterKey: "x".repeat(32), indexPrefix: ctx.indexPrefix });
    const before = Date.now();
    const result = await drainOnce(dead, db());
    expect(result).toMatchObject({ claimed: 1, done: 0, failed: 1 });
    const row = await db().searchOutbox.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/Meilisearch|fetch|ECONNREFUSED/i);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(before);
    expect(await drainOnce(ctx, db())).toMatchObject({ claimed: 0 }); // not due yet: backoff
    expect(await search("Zebrastreifen")).toEqual([]);
    expect(await resumeWaitingRows(db())).toBe(1);
    expect(await drainOnce(ctx, db())).toMatchObject({ claimed: 1, done: 1 });
    expect(await db().searchOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "DONE", lastError: null, processedAt: expect.any(Date) });
    expect(await search("Zebrastreifen")).toEqual(["zebra"]);
  });

  it("a row of an unknown kind is kept as a failure, not dropped", async () => {
    await db().searchOutbox.create({ data: { entityType: "unbekannt", entityId: "1" } });
    expect(await drainOnce(ctx, db())).toMatchObject({ claimed: 1, failed: 1 });
    expect(await db().searchOutbox.findFirstOrThrow({ where: { entityType: "unbekannt" } })).toMatchObject({ status: "PENDING", lastError: expect.stringContaining("unknown entityType") });
    await db().searchOutbox.deleteMany({ where: { entityType: "unbekannt" } });
  });

  it("an archived article becomes a deletion", async () => {
    await importBundle({ ...bundle([]), articles: [{ key: "zebra", service: "s", type: "FAQ", title: "Zebrastreifen beantragen", shortAnswer: "Sprechtext Zebrastreifen beantragen", bodyHtml: "<p>Zebrastreifen beantragen</p>", categories: ["Inhalt"], status: "ARCHIVED" }] });
    await syncIndex(ctx);
    expect(await search("Zebrastreifen")).toEqual([]);
  });

  it("another INDEX_VERSION rebuilds into a new index and swaps it in: the live index answers all the time", async () => {
    await succeededMeta(0);
    const seen: string[][] = [];
    let isDone = false;
    const rebuild = reconcileIndex(ctx, db()).finally(() => {
      isDone = true;
    });
    while (!isDone) {
      seen.push(await search("Giraffenhaltung"));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await rebuild).toBe("rebuilt");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((hits) => hits.length === 1 && hits[0] === "giraffe")).toBe(true);
    expect(await liveIndexVersion(ctx)).toBe(INDEX_VERSION);
    const { results } = await ctx.client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(names.buildPrefix))).toEqual([]);
  });

  it("what the worker writes during a rebuild is queued again, so nothing published meanwhile is lost", async () => {
    // publish and index into the live index while the new index is built from the list of families read before
    let hook: Promise<void> = Promise.resolve();
    const result = await rebuildIndex(ctx, db(), {
      onProgress: (done) => {
        if (done !== 0) return;
        hook = (async () => {
          await importBundle(bundle([{ key: "giraffe", title: "Giraffenhaltung anmelden" }, { key: "okapi", title: "Okapifutter bestellen" }]));
          await drainOnce(ctx, db());
        })();
      },
    });
    await hook;
    expect(result.documents).toBeGreaterThan(0);
    await syncIndex(ctx);
    expect(await search("Okapifutter")).toEqual(["okapi"]);
  });

  it("a stop during a rebuild keeps the live index, leaves no half-built index and frees the lock", async () => {
    const stop = new AbortController();
    await expect(rebuildIndex(ctx, db(), { signal: stop.signal, onProgress: () => stop.abort() })).rejects.toThrow();
    expect(await search("Giraffenhaltung")).toEqual(["giraffe"]);
    const { results } = await ctx.client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(names.buildPrefix))).toEqual([]);
    expect(await db().systemState.findUnique({ where: { key: "search.rebuild" } })).toBeNull();
  });

  it("a half-built index of a rebuild that died is removed by the next one", async () => {
    await ctx.client.createIndex(`${names.buildPrefix}dead`).waitTask();
    await rebuildIndex(ctx, db());
    const { results } = await ctx.client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(names.buildPrefix))).toEqual([]);
  });

  it("only one rebuild at a time", async () => {
    await db().systemState.create({ data: { key: "search.rebuild", value: "{}" } });
    await expect(rebuildIndex(ctx, db())).rejects.toMatchObject({ code: "CONFLICT" });
    await db().systemState.delete({ where: { key: "search.rebuild" } });
  });
});

async function succeededMeta(version: number): Promise<void> {
  const task = await ctx.client.index(names.meta).addDocuments([{ id: "articles", indexVersion: version, builtAt: new Date().toISOString(), documents: 0 }]).waitTask();
  expect(task.status).toBe("succeeded");
}
