/**
 * npm run bench:search -- [--docs 100000] [--queries 2000] [--publish 50] [--corpus ../shared/corpus] [--seed 1]
 *
 * Speed of the search (issue 6, "Speed and robustness"); a benchmark that prints figures, not a test:
 *   1. generates a realistic knowledge base from the corpus (shared/corpus): the 16 Länder with many Kommunen,
 *      online services co-used by several Länder, base articles and Land and Kommune variants, about --docs
 *      search documents (scripts/bench/search-data.ts), and writes it in bulk to a fresh PostgreSQL database;
 *   2. builds the index with the real rebuildIndex (the documents come from lib/search/document.ts);
 *   3. starts the production app (scripts/start.ts --prod, with its search worker) on a free port;
 *   4. runs the same --queries queries (words of titles and keywords, some with typos, for Kommunen and
 *      Länder) sequentially, after a warm-up, (a) directly against Meilisearch with the filter and query the
 *      app uses (searchIds and regionFilter of lib/search/search.ts: the Meilisearch calls alone) and (b)
 *      through GET /api/search with an AGENT token, both over kept-alive node:http connections, and prints
 *      p50/p95/p99 of both and the ratio;
 *   5. publishes --publish revisions through the service layer (create or edit, submit, approve by a second
 *      person) and polls the search until each is found: publish-to-searchable latency.
 * Goals: app p95 <= 1.5 x raw p95 and <= 30 ms at 100 000 documents; publish-to-searchable median <= 1 s, p99 <= 3 s.
 *
 * Services: a fresh database on TEST_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
 * dropped at the end; Meilisearch from MEILI_URL/MEILI_MASTER_KEY (own index prefix, indexes deleted at the end)
 * or, without them, the npm binary in a temporary folder. Needs a production build (npm run build).
 * Everything is cleaned up at the end, on errors and on Ctrl-C.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import pg from "pg";
import type { Actor } from "../lib/auth/actor";
import { createApiToken } from "../lib/auth/api-tokens";
import { approveRevision } from "../lib/articles/approve-revision";
import { createArticle } from "../lib/articles/create-article";
import { saveDraft } from "../lib/articles/save-draft";
import { submitForReview } from "../lib/articles/submit-for-review";
import type { AuditActor } from "../lib/audit/record-audit";
import { disconnectDb, useDatabase } from "../lib/db";
import type { Db } from "../lib/db-client";
import { deployMigrations } from "../lib/migrations/runner";
import { berlinEpochDay } from "../lib/search/document";
import { createSearchContext, type SearchContext } from "../lib/search/meili";
import { multiWordTerms, prepareQuery } from "../lib/search/prepare-query";
import { rebuildIndex } from "../lib/search/reindex";
import { regionFilter, resolveSearchRegion, searchIds, servicesOfLand } from "../lib/search/search";
import { indexNames } from "../lib/search/settings";
import { readSynonymGroups } from "../lib/search/write-documents";
import { loadStarterSynonyms } from "../lib/synonyms/load-starter-synonyms";
import { findFreePort } from "../lib/system/free-port";
import { resolveMeiliBinary, startMeili, type MeiliService } from "../lib/system/meili-process";
import { buildState } from "../lib/system/next-build";
import { signalGroup, stopChild, waitUntil } from "../lib/system/processes";
import { PROJECT_ROOT } from "../lib/system/project-root";
import { randomSecret } from "../lib/system/secrets";
import { createUser } from "../lib/users/create-user";
import { loadSearchCorpus } from "./bench/search-corpus";
import { generateBenchData, generateQueries, paragraphsDoc, type BenchData } from "./bench/search-data";
import { writeBenchData } from "./bench/write-bench-data";
import { getJson } from "./bench/http-get";
import { ms, summarize, type LatencySummary } from "./bench/stats";

// --- arguments -----------------------------------------------------------------------------------------------

interface Options {
  docs: number;
  queries: number;
  publish: number;
  corpus: string;
  seed: number;
  warmup: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`--${name} braucht einen Wert.`);
    return v;
  };
  const count = (name: string, fallback: number, min: number, max: number) => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} erwartet eine ganze Zahl von ${min} bis ${max}, nicht „${raw}“.`);
    return n;
  };
  const known = new Set(["--docs", "--queries", "--publish", "--corpus", "--seed", "--warmup"]);
  for (const arg of argv) if (arg.startsWith("--") && !known.has(arg)) throw new Error(`Unbekannte Option ${arg}. Erlaubt: ${[...known].join(", ")}.`);
  const queries = count("queries", 2000, 10, 100_000);
  return {
    docs: count("docs", 100_000, 100, 1_000_000),
    queries,
    publish: count("publish", 50, 0, 1000),
    corpus: path.resolve(value("corpus") ?? path.join(PROJECT_ROOT, "../shared/corpus")),
    seed: count("seed", 1, 0, 2 ** 31),
    warmup: count("warmup", Math.min(200, queries), 0, 10_000),
  };
}

// --- cleanup on every way out --------------------------------------------------------------------------------

const cleanups: { name: string; run: () => Promise<void> }[] = [];
let isCleaningUp = false;
const log = (line: string) => console.error(line);

async function cleanup(): Promise<void> {
  if (isCleaningUp) return;
  isCleaningUp = true;
  for (const c of cleanups.reverse()) {
    try {
      await c.run();
    } catch (e) {
      log(`Warnung: Aufräumen (${c.name}) fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (isCleaningUp) return;
    log(`\nAbgebrochen (${signal}); räume auf …`);
    void cleanup().finally(() => process.exit(130));
  });
}

// --- services --------------------------------------------------------------------------------------------------

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freshDatabase(runId: string): Promise<string> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `bench_search_${runId}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  } catch (e) {
    throw new Error(`Die Messdatenbank ließ sich auf ${adminUrl.replace(/\/\/[^@]*@/, "//")} nicht anlegen (${e instanceof Error ? e.message : String(e)}). Läuft PostgreSQL? Sonst TEST_PG_ADMIN_URL setzen.`, { cause: e });
  }
  cleanups.push({
    name: "Datenbank",
    run: async () => {
      await disconnectDb().catch(() => undefined);
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function searchService(tmp: string, runId: string): Promise<{ url: string; masterKey: string; prefix: string; label: string }> {
  const prefix = `${process.env.MEILI_INDEX_PREFIX ?? ""}bench${runId.slice(-8)}_`.slice(0, 40);
  if (process.env.MEILI_URL && process.env.MEILI_MASTER_KEY) {
    const ctx = createSearchContext({ url: process.env.MEILI_URL, masterKey: process.env.MEILI_MASTER_KEY, indexPrefix: prefix });
    cleanups.push({
      name: "Suchindexe",
      run: async () => {
        const { results } = await ctx.client.getIndexes({ limit: 1000 });
        for (const index of results.filter((i) => i.uid.startsWith(prefix))) await ctx.client.deleteIndex(index.uid).waitTask();
      },
    });
    return { url: process.env.MEILI_URL, masterKey: process.env.MEILI_MASTER_KEY, prefix, label: `${process.env.MEILI_URL} (MEILI_URL), Indexpräfix ${prefix}` };
  }
  const masterKey = randomSecret();
  const meili: MeiliService = await startMeili({
    bin: resolveMeiliBinary(process.env.MEILI_BIN),
    dbPath: path.join(tmp, "meili"), dumpDir: path.join(tmp, "dumps"), snapshotDir: path.join(tmp, "snapshots"),
    masterKey, logFile: path.join(tmp, "meilisearch.log"),
  });
  cleanups.push({ name: "Meilisearch", run: () => meili.stop() });
  return { url: meili.url, masterKey, prefix, label: `eigenes Meilisearch ${meili.url} (npm-Binärdatei, Daten in ${tmp})` };
}

// --- the app ---------------------------------------------------------------------------------------------------

async function startApp(env: Record<string, string>, port: number, logFile: string): Promise<{ url: string; child: ChildProcess }> {
  const tsx = path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/cli.mjs");
  const out = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [tsx, path.join(PROJECT_ROOT, "scripts/start.ts"), "--prod"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  cleanups.push({
    name: "Anwendung",
    run: async () => {
      // start.ts stops Next.js and its search worker on SIGTERM
      if (!(await stopChild(child, "SIGTERM", 30_000))) log("Warnung: Die Anwendung wurde hart beendet.");
    },
  });
  process.on("exit", () => child.pid && child.exitCode === null && signalGroup(child.pid, "SIGTERM"));
  const url = `http://127.0.0.1:${port}`;
  let exited: string | undefined;
  child.once("exit", (code, signal) => {
    exited = `${signal ?? `Code ${code}`}`;
  });
  try {
    await waitUntil(async () => ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })).status > 0 ? true : undefined), {
      timeoutMs: 180_000,
      intervalMs: 250,
      abort: () => (exited ? `Die Anwendung wurde beendet (${exited})` : undefined),
    });
  } catch (e) {
    throw new Error(`Die Anwendung startete nicht: ${e instanceof Error ? e.message : String(e)}\n${fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")}`, { cause: e });
  }
  return { url, child };
}

// --- measuring ---------------------------------------------------------------------------------------------------

interface Prepared {
  query: string;
  filter: string[];
  region: string;
  q: string;
  /** the AGENT token of the region's Land */
  token: string;
}

const now = () => performance.now();
const BENCH_ACTOR: AuditActor = { id: null, label: "Messung (bench:search)" };

async function measureQueries(opts: { ctx: SearchContext; indexUid: string; appUrl: string; queries: Prepared[]; warmup: number }) {
  const raw = (p: Prepared) => searchIds(opts.ctx, opts.indexUid, p.query, p.filter, 10);
  const app = async (p: Prepared) => {
    const url = `${opts.appUrl}/api/search?${new URLSearchParams({ q: p.q, region: p.region, limit: "10" }).toString()}`;
    const res = await getJson(url, { Authorization: `Bearer ${p.token}` });
    const body = res.body as { hits?: unknown[]; error?: string } | undefined;
    if (res.status !== 200) throw new Error(`GET /api/search: HTTP ${res.status} ${body?.error ?? ""}`);
    return body?.hits?.length ?? 0;
  };
  for (let i = 0; i < opts.warmup; i++) {
    const p = opts.queries[i % opts.queries.length] as Prepared;
    await raw(p);
    await app(p);
  }
  const rawMs: number[] = [];
  const appMs: number[] = [];
  let rawHits = 0;
  let appHits = 0;
  let withHits = 0;
  for (let i = 0; i < opts.queries.length; i++) {
    const p = opts.queries[i] as Prepared;
    // alternating order, so neither side always runs on caches the other just warmed
    const runRaw = async () => {
      const t = now();
      const ids = await raw(p);
      rawMs.push(now() - t);
      rawHits += ids.length;
      if (ids.length) withHits++;
    };
    const runApp = async () => {
      const t = now();
      appHits += await app(p);
      appMs.push(now() - t);
    };
    if (i % 2 === 0) {
      await runRaw();
      await runApp();
    } else {
      await runApp();
      await runRaw();
    }
    if ((i + 1) % 250 === 0) log(`  ${i + 1}/${opts.queries.length} Anfragen`);
  }
  return { raw: summarize(rawMs), app: summarize(appMs), rawHits: rawHits / opts.queries.length, appHits: appHits / opts.queries.length, withHits: withHits / opts.queries.length };
}

const NONCE_LETTERS = "bdfgklmnprstvz";
const NONCE_VOWELS = "aeiou";
function nonceWord(i: number): string {
  let w = "";
  let n = i + 7919 * (Date.now() % 1000);
  for (let k = 0; k < 4; k++) {
    w += (NONCE_LETTERS[n % NONCE_LETTERS.length] as string) + (NONCE_VOWELS[Math.floor(n / 14) % 5] as string);
    n = Math.floor(n / 3) + 131 * (k + 1);
  }
  return `Vorgang${w.charAt(0).toUpperCase()}${w.slice(1)}${i}`;
}

async function measurePublishing(opts: { ctx: SearchContext; indexUid: string; client: Db; data: BenchData; count: number; bev: Actor; reviewer: Actor; filter: string[] }) {
  const serviceIds = new Set(opts.data.services.filter((s) => s.operatorId === opts.bev.organisation.id).map((s) => s.id));
  const today = new Date();
  const editable = opts.data.baseFacts.filter((f) => {
    if (!serviceIds.has(f.serviceId)) return false;
    const rev = opts.data.revisions.find((r) => r.articleId === f.articleId);
    const a = opts.data.articles.find((x) => x.id === f.articleId);
    return a?.type === "FAQ" && rev && (!rev.validFrom || rev.validFrom <= today) && !rev.validUntil;
  });
  const service = opts.data.services.find((s) => serviceIds.has(s.id));
  if (!service) throw new Error("Kein Dienst des Messlandes gefunden.");
  const latencies: number[] = [];
  const publishMs: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < opts.count; i++) {
    const word = nonceWord(i);
    const started = now();
    let articleId: string;
    const content = (title: string) => ({
      title, shortAnswer: `Messung ${word}: Diese Antwort wurde für die Messung der Suchaktualität veröffentlicht.`,
      body: paragraphsDoc([`Die Messung prüft, wie schnell eine Veröffentlichung in der Suche erscheint (${word}).`]),
      keywords: [word], categories: ["Verfahren"],
    });
    const fact = i % 2 === 1 ? editable[Math.floor(i / 2) % Math.max(1, editable.length)] : undefined;
    if (fact) {
      // a new revision of a published article (its whole family is mapped again)
      articleId = fact.articleId;
      const head = await opts.client.article.findUniqueOrThrow({ where: { id: articleId }, select: { headRevisionId: true } });
      await saveDraft(opts.bev, articleId, { ...content(`${fact.title} ${word}`), baseRevisionId: head.headRevisionId });
    } else {
      articleId = (await createArticle(opts.bev, { ...content(`Wie lange dauert ${word}?`), serviceId: service.id, type: "FAQ" })).articleId;
    }
    await submitForReview(opts.bev, articleId);
    await approveRevision(opts.reviewer, articleId);
    const published = now();
    publishMs.push(published - started);
    const deadline = published + 30_000;
    let found = false;
    while (now() < deadline) {
      const ids = await searchIds(opts.ctx, opts.indexUid, word, opts.filter, 20);
      if (ids.includes(articleId)) {
        found = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    if (found) latencies.push(now() - published);
    else timeouts++;
  }
  return { latency: summarize(latencies), publish: summarize(publishMs), timeouts, edits: Math.floor(opts.count / 2) };
}

// --- main ----------------------------------------------------------------------------------------------------

function row(label: string, s: LatencySummary): string {
  return `${label.padEnd(34)}${ms(s.p50).padStart(10)}${ms(s.p95).padStart(10)}${ms(s.p99).padStart(10)}${ms(s.max).padStart(10)}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const build = buildState(PROJECT_ROOT);
  if (build.kind === "missing") throw new Error("Kein Produktions-Build gefunden (.next/BUILD_ID fehlt): zuerst npm run build ausführen.");
  if (build.kind === "stale") log(`Hinweis: ${build.changedFile} ist neuer als der Produktions-Build; gemessen wird der vorhandene Build.`);
  const runId = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.pid}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "efa-bench-search-"));
  cleanups.push({ name: "Temporärer Ordner", run: async () => fs.rmSync(tmp, { recursive: true, force: true }) });
  const cpus = os.cpus();
  const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" / ");
  const machine = `${cpus.length} Kerne (${cpus[0]?.model.trim() ?? "unbekannt"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM`;
  log(`Maschine: ${machine}, Last (1/5/15 min) ${load()}`);

  const t0 = now();
  const topics = loadSearchCorpus(opts.corpus);
  const data = generateBenchData({ docs: opts.docs, seed: opts.seed, now: new Date(), topics });
  const queries = generateQueries(data, opts.queries, opts.seed + 1);
  log(`Erzeugt in ${ms(now() - t0)}: ${data.counts.bases} Basisartikel, ${data.counts.landVariants} Land- und ${data.counts.kommuneVariants} Kommune-Varianten, ${data.counts.services} Onlinedienste, 16 Länder, ${data.counts.kommunen} Kommunen (Korpus: ${topics.length} Themen aus ${opts.corpus})`);

  const databaseUrl = await freshDatabase(runId);
  const search = await searchService(tmp, runId);
  log(`Datenbank: ${databaseUrl.replace(/\/\/[^@]*@/, "//")}; Suche: ${search.label}`);
  await deployMigrations({ databaseUrl });
  const client = useDatabase(databaseUrl);

  let t = now();
  await writeBenchData(client, data);
  log(`In die Datenbank geschrieben in ${ms(now() - t)}.`);
  await loadStarterSynonyms(PROJECT_ROOT);

  // people for the publish measurement and the agent's token for /api/search
  const landOf = (id: string) => data.organisations.find((o) => o.id === id);
  const operatorCounts = new Map<string, number>();
  for (const s of data.services) operatorCounts.set(s.operatorId, (operatorCounts.get(s.operatorId) ?? 0) + 1);
  const publishLand = landOf([...operatorCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "") ?? data.organisations[0];
  if (!publishLand) throw new Error("Kein Land erzeugt.");
  const password = `${randomSecret().slice(0, 24)}Aa1!`;
  const people: Record<"BEV" | "REVIEWER", Actor> = {} as Record<"BEV" | "REVIEWER", Actor>;
  for (const role of ["BEV", "REVIEWER"] as const) {
    const u = await createUser({ email: `${role.toLowerCase()}@bench.example`, name: `Messung ${role}`, role, orgArs: publishLand.ars, password }, BENCH_ACTOR);
    people[role] = { kind: "user", id: u.id, name: `Messung ${role}`, role, organisation: { id: publishLand.id, ars: publishLand.ars, name: publishLand.name, kind: "LAND" } };
  }
  // 115 agents read the articles of the services their own Land uses: one AGENT token per Land, each query
  // goes with the token of its region's Land
  const tokens = new Map<string, string>();
  for (const land of data.organisations.filter((o) => o.kind === "LAND")) {
    tokens.set(land.ars, (await createApiToken({ orgArs: land.ars, role: "AGENT", name: `Messung bench:search ${land.ars}` })).token);
  }

  t = now();
  const ctx = createSearchContext({ url: search.url, masterKey: search.masterKey, indexPrefix: search.prefix });
  let lastShown = -1;
  const rebuilt = await rebuildIndex(ctx, client, {
    onProgress: (done, total) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct !== lastShown && (pct % 10 === 0 || done === total)) {
        lastShown = pct;
        log(`  Suchindex: ${pct} % (${done}/${total} Artikelfamilien)`);
      }
    },
  });
  const indexUid = indexNames(search.prefix).articles;
  const stats = await ctx.client.index(indexUid).getStats();
  log(`Suchindex mit rebuildIndex aufgebaut in ${ms(now() - t)}: ${rebuilt.documents} Dokumente aus ${rebuilt.families} Artikelfamilien.`);

  const port = await findFreePort();
  t = now();
  const app = await startApp(
    {
      DATABASE_URL: databaseUrl, MEILI_URL: search.url, MEILI_MASTER_KEY: search.masterKey, MEILI_INDEX_PREFIX: search.prefix,
      NEXTAUTH_URL: `http://localhost:${port}`, NEXTAUTH_SECRET: randomSecret(),
    },
    port,
    path.join(tmp, "app.log"),
  );
  // the worker's first pass (settings, the synonyms row) must be done before measuring
  await waitUntil(async () => ((await client.searchOutbox.count({ where: { status: "PENDING" } })) === 0 ? true : undefined), { timeoutMs: 300_000, intervalMs: 250 });
  await waitUntil(async () => ((await ctx.client.tasks.getTasks({ statuses: ["enqueued", "processing"], limit: 1 })).results.length === 0 ? true : undefined), { timeoutMs: 600_000, intervalMs: 250 });
  log(`Anwendung (scripts/start.ts --prod, mit Such-Worker) bereit in ${ms(now() - t)} auf ${app.url}.`);

  // the Meilisearch side of each query, prepared as the app does it (region, services, filter, query)
  const phrases = multiWordTerms(await readSynonymGroups(client));
  const today = berlinEpochDay();
  const agentActor: Actor = { kind: "token", id: "bench", name: "Messung", role: "AGENT", organisation: { id: publishLand.id, ars: publishLand.ars, name: publishLand.name, kind: "LAND" } };
  const filters = new Map<string, string[]>();
  const prepared: Prepared[] = [];
  for (const q of queries) {
    let filter = filters.get(q.regionArs);
    if (!filter) {
      const region = await resolveSearchRegion(client, agentActor, q.regionArs);
      filter = regionFilter({ region, today, serviceKeys: (await servicesOfLand(client, region.landId)).map((s) => s.key) });
      filters.set(q.regionArs, filter);
    }
    prepared.push({ q: q.q, query: prepareQuery(q.q, phrases), filter, region: q.regionArs, token: tokens.get(q.regionArs.slice(0, 2)) ?? "" });
  }

  const loadBefore = load();
  log(`Messe ${prepared.length} Anfragen (nach ${opts.warmup} zum Aufwärmen) direkt gegen Meilisearch und über /api/search …`);
  const result = await measureQueries({ ctx, indexUid, appUrl: app.url, queries: prepared, warmup: opts.warmup });

  let publishing: Awaited<ReturnType<typeof measurePublishing>> | undefined;
  if (opts.publish > 0) {
    log(`Messe ${opts.publish} Veröffentlichungen bis zur Auffindbarkeit (Such-Worker der Anwendung) …`);
    const region = await resolveSearchRegion(client, agentActor, publishLand.ars);
    const filter = regionFilter({ region, today, serviceKeys: (await servicesOfLand(client, region.landId)).map((s) => s.key) });
    publishing = await measurePublishing({ ctx, indexUid, client, data, count: opts.publish, bev: people.BEV, reviewer: people.REVIEWER, filter });
  }

  const ratio = result.app.p95 / result.raw.p95;
  const typos = queries.filter((q) => q.hasTypo).length;
  const out = [
    "",
    `bench:search  ${new Date().toISOString()}`,
    `Maschine:     ${machine}; Last (1/5/15 min) vor den Anfragen ${loadBefore}, am Ende ${load()} (geteilter Rechner: andere Prozesse laufen mit)`,
    `Index:        ${stats.numberOfDocuments} Dokumente (${rebuilt.families} Artikelfamilien: ${data.counts.bases} Basisartikel, ${data.counts.landVariants} Land-, ${data.counts.kommuneVariants} Kommune-Varianten), ${data.counts.services} Onlinedienste, ${data.counts.kommunen} Kommunen`,
    `Anfragen:     ${prepared.length} nacheinander nach ${opts.warmup} zum Aufwärmen, ${typos} mit Tippfehler, ${prepared.filter((p) => p.region.length === 12).length} für eine Kommune; Ø Treffer roh ${result.rawHits.toFixed(1)}, App ${result.appHits.toFixed(1)}; mit Treffer ${Math.round(result.withHits * 100)} %`,
    "",
    `${"".padEnd(34)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}`,
    row("Meilisearch direkt (searchIds)", result.raw),
    row("App GET /api/search (HTTP)", result.app),
    "",
    `Verhältnis App p95 / roh p95: ${ratio.toFixed(2)}  (Ziel <= 1.5: ${ratio <= 1.5 ? "erreicht" : "verfehlt"});  App p95 ${ms(result.app.p95)} (Ziel <= 30 ms bei 100 000 Dokumenten: ${result.app.p95 <= 30 ? "erreicht" : "verfehlt"})`,
  ];
  if (publishing) {
    out.push(
      "",
      `Veröffentlichen bis auffindbar (${opts.publish} Veröffentlichungen über die Dienste, davon ${publishing.edits} neue Fassungen bestehender Artikel; Such-Worker als eigener Prozess):`,
      `${"".padEnd(34)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}`,
      row("veröffentlicht -> gefunden", publishing.latency),
      row("(Veröffentlichen selbst)", publishing.publish),
      `Median ${ms(publishing.latency.p50)} (Ziel <= 1 s: ${publishing.latency.p50 <= 1000 ? "erreicht" : "verfehlt"}), p99 ${ms(publishing.latency.p99)} (Ziel <= 3 s: ${publishing.latency.p99 <= 3000 ? "erreicht" : "verfehlt"})${publishing.timeouts ? `; ${publishing.timeouts} nach 30 s nicht gefunden` : ""}`,
    );
  }
  console.log(out.join("\n"));
}

main()
  .then(async () => {
    await cleanup();
    process.exit(0);
  })
  .catch(async (e: unknown) => {
    log(`Messung abgebrochen: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    await cleanup();
    process.exit(1);
  });
