/**
 * Outage (issue 6): with Meilisearch stopped, publishing still works, the outbox grows and health says
 * "degraded"; once Meilisearch is back, the running worker makes everything published meanwhile searchable
 * without any manual step. Uses a Meilisearch of its own, which it stops and restarts on the same port.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { checkHealth } from "../health/check-health";
import { findFreePort } from "../system/free-port";
import { ensureExecutable, isMeiliAvailable, resolveMeiliBinary } from "../system/meili-process";
import { stopChild, waitUntil } from "../system/processes";
import { randomSecret } from "../system/secrets";
import { createSearchContext, type SearchContext } from "./meili";
import { indexNames } from "./settings";
import { runSearchWorker } from "./worker";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-outage-"));
const masterKey = randomSecret();

async function startOwnMeili(port: number): Promise<ChildProcess> {
  const bin = resolveMeiliBinary(undefined);
  ensureExecutable(bin);
  const child = spawn(bin.path, ["--db-path", path.join(dir, "db"), "--http-addr", `127.0.0.1:${port}`, "--no-analytics", "--dump-dir", path.join(dir, "dumps"), "--snapshot-dir", path.join(dir, "snapshots"), "--log-level", "WARN"], {
    env: { ...process.env, MEILI_MASTER_KEY: masterKey },
    stdio: "ignore",
    detached: true,
  });
  await waitUntil(async () => ((await isMeiliAvailable(`http://127.0.0.1:${port}`)) ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });
  return child;
}

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

describe("Meilisearch outage", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  let meili: ChildProcess | undefined;
  let port: number;
  let ctx: SearchContext;
  const stop = new AbortController();
  let worker: Promise<void> = Promise.resolve();
  const log: string[] = [];
  const search = async (q: string) => (await ctx.client.index(indexNames(ctx.indexPrefix).articles).search<{ key: string }>(q, { attributesToRetrieve: ["key"] })).hits.map((h) => h.key);
  const eventually = (q: string, key: string) => waitUntil(async () => ((await search(q).catch((): string[] => [])).includes(key) ? true : undefined), { timeoutMs: 45_000, intervalMs: 200 });

  const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY };
  beforeAll(async () => {
    port = await findFreePort();
    meili = await startOwnMeili(port);
    // the health check reads the search engine from the environment (lib/env.ts, read once per process)
    process.env.MEILI_URL = `http://127.0.0.1:${port}`;
    process.env.MEILI_MASTER_KEY = masterKey;
    fresh = await createFreshDatabase("outage");
    ctx = createSearchContext({ url: `http://127.0.0.1:${port}`, masterKey, indexPrefix: "outage_" });
    await importBundle(bundle([{ key: "alpaka", title: "Alpakawanderung anmelden" }]));
    worker = runSearchWorker(ctx, db(), { signal: stop.signal, idleMs: 100, outageMs: 200, log: (l) => log.push(l) });
  });
  afterAll(async () => {
    stop.abort();
    await worker;
    if (meili) await stopChild(meili, "SIGTERM", 10_000);
    await fresh.drop();
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of [["MEILI_URL", saved.url], ["MEILI_MASTER_KEY", saved.key]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("publishes while Meilisearch is down and catches up by itself when it is back", async () => {
    await eventually("Alpakawanderung", "alpaka");
    expect((await checkHealth()).status).toBe("ok");

    if (meili) await stopChild(meili, "SIGTERM", 10_000);
    meili = undefined;
    const health = await checkHealth();
    expect(health.status).toBe("degraded");
    expect(health.search.ok).toBe(false);

    // publishing does not need the search engine: the change waits in the outbox
    await importBundle(bundle([{ key: "alpaka", title: "Alpakawanderung anmelden" }, { key: "lama", title: "Lamatrekking buchen" }]));
    await new Promise((r) => setTimeout(r, 1000)); // the worker keeps running meanwhile
    expect(await db().searchOutbox.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect((await checkHealth()).outbox?.pending).toBeGreaterThan(0);

    meili = await startOwnMeili(port);
    await eventually("Lamatrekking", "lama");
    await waitUntil(async () => ((await db().searchOutbox.count({ where: { status: "PENDING" } })) === 0 ? true : undefined), { timeoutMs: 30_000, intervalMs: 200 });
    expect(await search("Alpakawanderung")).toEqual(["alpaka"]);
    expect((await checkHealth()).status).toBe("ok");
    expect(log.join("\n")).toMatch(/nicht erreichbar[\s\S]*wieder erreichbar/);
  });
});
