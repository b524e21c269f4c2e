/**
 * npm run bench:relevance [-- --verbose]
 *
 * Measures the relevance of the search on a labelled query set (tests/relevance/queries.json) and prints top-1
 * and top-5 for three configurations on the same documents and the same region filter:
 *   ours          the index as lib/search/settings.ts declares it, with the synonyms of the database
 *   defaults      Meilisearch with its default settings (only the filter attributes declared), raw query
 *   postgres      PostgreSQL full-text search, configuration 'german', ts_rank_cd over title (A), keywords
 *                 (A), Sprechtext (B) and answer (C), any query word may match
 * Self-contained: it starts its own embedded PostgreSQL (PGlite) and its own Meilisearch in a temporary folder,
 * loads the demo knowledge base, the corpus bundle of the bench (tests/relevance/corpus-bundle.json) and the
 * starter vocabulary of synonyms, and removes everything at the end. A benchmark prints figures; it is no test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { disconnectDb, useDatabase } from "../lib/db";
import type { Db } from "../lib/db-client";
import { importBundle } from "../lib/bundle/import-bundle";
import { deployMigrations } from "../lib/migrations/runner";
import { berlinEpochDay, type SearchDocument } from "../lib/search/document";
import { createSearchContext, succeeded, type SearchContext } from "../lib/search/meili";
import { rebuildIndex } from "../lib/search/reindex";
import { regionFilter, searchIds, servicesOfLand, type SearchRegion } from "../lib/search/search";
import { FILTERABLE_ATTRIBUTES, indexNames } from "../lib/search/settings";
import { multiWordTerms, prepareQuery } from "../lib/search/prepare-query";
import { collectFamilyChanges, readSynonymGroups } from "../lib/search/write-documents";
import { loadStarterSynonyms } from "../lib/synonyms/load-starter-synonyms";
import { loadDemoData } from "../lib/system/demo-data";
import { ensureExecutable, resolveMeiliBinary, startMeili, type MeiliService } from "../lib/system/meili-process";
import { startPglite, type PgliteService } from "../lib/system/pglite-process";
import { PROJECT_ROOT } from "../lib/system/project-root";
import { randomSecret } from "../lib/system/secrets";

const querySetSchema = z.object({
  description: z.string(),
  queries: z.array(z.object({ q: z.string().min(1), region: z.string().regex(/^\d{2}(\d{10})?$/), expected: z.string().min(1), kind: z.string() })).min(1),
});
type LabelledQuery = z.infer<typeof querySetSchema>["queries"][number];

const CONFIGS = ["ours", "defaults", "postgres"] as const;
type Config = (typeof CONFIGS)[number];
type Searcher = (q: LabelledQuery, region: SearchRegion, filter: string[]) => Promise<string[]>;

const verbose = process.argv.includes("--verbose");
const log = (line: string) => console.error(line);

async function regionOf(client: Db, ars: string): Promise<SearchRegion> {
  const org = await client.organisation.findUniqueOrThrow({ where: { ars }, select: { id: true, ars: true, kind: true, parent: { select: { id: true, ars: true } } } });
  if (org.kind === "KOMMUNE" && org.parent) return { ars, landArs: org.parent.ars, kommuneArs: ars, landId: org.parent.id, kommuneId: org.id };
  return { ars, landArs: ars, kommuneArs: null, landId: org.id, kommuneId: null };
}

/** The same documents as ours, in an index with Meilisearch's default settings (filters need declaring). */
async function buildDefaultsIndex(ctx: SearchContext, docs: SearchDocument[]): Promise<string> {
  const uid = `${ctx.indexPrefix}defaults`;
  await succeeded(ctx.client.createIndex(uid, { primaryKey: "id" }));
  await succeeded(ctx.client.index(uid).updateSettings({ filterableAttributes: [...FILTERABLE_ATTRIBUTES] }));
  await succeeded(ctx.client.index(uid).addDocuments(docs));
  return uid;
}

/** The same documents in a PostgreSQL table with a weighted German tsvector. */
async function buildPostgresTable(client: Db, docs: SearchDocument[]): Promise<void> {
  await client.$executeRawUnsafe(`CREATE TABLE bench_fts (id text PRIMARY KEY, service_key text, scope text, region_ars text, overridden_in text[], valid_from int, valid_until int, type text, tsv tsvector)`);
  for (const d of docs) {
    await client.$executeRaw`INSERT INTO bench_fts VALUES (${d.id}, ${d.serviceKey}, ${d.scope}, ${d.regionArs}, ${d.overriddenIn}, ${d.validFromDay}, ${d.validUntilDay}, ${d.type},
      setweight(to_tsvector('german', ${d.title}), 'A') || setweight(to_tsvector('german', ${d.keywords.join(" ")}), 'A') ||
      setweight(to_tsvector('german', ${d.shortAnswer}), 'B') || setweight(to_tsvector('german', ${`${d.de_body} ${d.leistungen.join(" ")}`}), 'C'))`;
  }
}

async function postgresSearch(client: Db, q: string, region: SearchRegion, serviceKeys: string[], today: number): Promise<string[]> {
  const regions = [region.landArs, ...(region.kommuneArs ? [region.kommuneArs] : [])];
  // any word may match (an AND of every colloquial word would find almost nothing), best rank first
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH query AS (SELECT NULLIF(replace(plainto_tsquery('german', ${q})::text, '&', '|'), '')::tsquery AS tsq)
    SELECT id FROM bench_fts, query
    WHERE tsq IS NOT NULL AND tsv @@ tsq
      AND service_key = ANY(${serviceKeys}) AND valid_from <= ${today} AND valid_until >= ${today}
      AND (scope = 'BASE' OR region_ars = ANY(${regions})) AND NOT (overridden_in && ${regions}::text[])
    ORDER BY ts_rank_cd(tsv, tsq) DESC, id LIMIT 5`;
  return rows.map((r) => r.id);
}

function pct(n: number, total: number): string {
  return total ? (n / total).toFixed(2) : "-";
}

async function main() {
  const querySet = querySetSchema.parse(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "tests/relevance/queries.json"), "utf8")));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "efa-bench-"));
  let pglite: PgliteService | undefined;
  let meili: MeiliService | undefined;
  try {
    log("Starte eingebettetes PostgreSQL und Meilisearch …");
    pglite = await startPglite({ dataDir: path.join(tmp, "pglite"), logFile: path.join(tmp, "pglite.log") });
    const bin = resolveMeiliBinary(undefined);
    ensureExecutable(bin);
    const masterKey = randomSecret();
    meili = await startMeili({ bin, dbPath: path.join(tmp, "meili"), dumpDir: path.join(tmp, "dumps"), snapshotDir: path.join(tmp, "snapshots"), masterKey, logFile: path.join(tmp, "meili.log") });
    await deployMigrations({ databaseUrl: pglite.url });
    const client = useDatabase(pglite.url);

    log("Lade Demo-Wissensbasis, Testkorpus und Start-Wortschatz …");
    await loadDemoData(PROJECT_ROOT);
    await importBundle(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "tests/relevance/corpus-bundle.json"), "utf8")) as unknown);
    await loadStarterSynonyms(PROJECT_ROOT);

    log("Baue die Indexe …");
    const ctx = createSearchContext({ url: meili.url, masterKey, indexPrefix: "bench_" });
    await rebuildIndex(ctx, client);
    const families = (await client.article.findMany({ where: { parentId: null }, select: { id: true } })).map((a) => a.id);
    const { upserts: docs } = await collectFamilyChanges(client, families);
    const defaultsUid = await buildDefaultsIndex(ctx, docs);
    await buildPostgresTable(client, docs);
    const keyOf = new Map(docs.map((d) => [d.id, d.key]));
    const phrases = multiWordTerms(await readSynonymGroups(client));
    const today = berlinEpochDay();

    const searchers: Record<Config, Searcher> = {
      ours: (q, _region, filter) => searchIds(ctx, indexNames(ctx.indexPrefix).articles, prepareQuery(q.q, phrases), filter, 5),
      defaults: async (q, _region, filter) => (await ctx.client.index(defaultsUid).search<{ id: string }>(q.q, { filter, limit: 5 })).hits.map((h) => h.id),
      postgres: async (q, region) => postgresSearch(client, q.q, region, (await servicesOfLand(client, region.landId)).map((s) => s.key), today),
    };

    const score: Record<Config, { top1: number; top5: number; misses: string[] }> = { ours: { top1: 0, top5: 0, misses: [] }, defaults: { top1: 0, top5: 0, misses: [] }, postgres: { top1: 0, top5: 0, misses: [] } };
    const byKind = new Map<string, { total: number; top1: number }>();
    const invalid: string[] = [];
    for (const q of querySet.queries) {
      const region = await regionOf(client, q.region);
      const serviceKeys = (await servicesOfLand(client, region.landId)).map((s) => s.key);
      const filter = regionFilter({ region, today, serviceKeys });
      // a label must name the effective article of its region, or the query measures nothing
      const eligible = await ctx.client.index(indexNames(ctx.indexPrefix).articles).search<{ key: string }>("", { filter: [...filter, `key = ${JSON.stringify(q.expected)}`], limit: 1 });
      if (!eligible.hits.length) {
        invalid.push(`${q.q} [${q.region}] -> ${q.expected}`);
        continue;
      }
      for (const config of CONFIGS) {
        const keys = (await searchers[config](q, region, filter)).map((id) => keyOf.get(id) ?? id);
        const s = score[config];
        if (keys[0] === q.expected) s.top1++;
        if (keys.slice(0, 5).includes(q.expected)) s.top5++;
        else s.misses.push(`  "${q.q}" [${q.region}] erwartet ${q.expected}, erhalten ${keys.slice(0, 3).join(", ") || "nichts"}`);
        if (config === "ours") {
          const k = byKind.get(q.kind) ?? { total: 0, top1: 0 };
          k.total++;
          if (keys[0] === q.expected) k.top1++;
          byKind.set(q.kind, k);
          if (verbose && keys[0] !== q.expected && keys.slice(0, 5).includes(q.expected)) s.misses.push(`  (top-5) "${q.q}" [${q.region}] erwartet ${q.expected}, erhalten ${keys.slice(0, 3).join(", ")}`);
        }
      }
    }
    const total = querySet.queries.length - invalid.length;
    console.log(`\nRelevanz auf ${total} gelabelten Anfragen (${docs.length} Dokumente, ${families.length} Artikelfamilien)\n`);
    console.log("Konfiguration                       top-1   top-5");
    const labels: Record<Config, string> = {
      ours: "EfA-Wissen (lib/search/settings.ts)",
      defaults: "Meilisearch-Standardeinstellungen",
      postgres: "PostgreSQL-Volltext ('german')",
    };
    for (const c of CONFIGS) console.log(`${labels[c].padEnd(36)}${pct(score[c].top1, total).padStart(5)}   ${pct(score[c].top5, total).padStart(5)}`);
    console.log(`\nEfA-Wissen top-1 nach Art der Anfrage: ${[...byKind].map(([k, v]) => `${k} ${pct(v.top1, v.total)} (${v.total})`).join(", ")}`);
    if (invalid.length) console.log(`\nUngültige Labels (nicht der effektive Artikel der Region), nicht gezählt:\n  ${invalid.join("\n  ")}`);
    if (verbose) {
      for (const c of CONFIGS) {
        if (score[c].misses.length) console.log(`\n${labels[c]}: nicht unter den ersten fünf\n${score[c].misses.join("\n")}`);
      }
    }
  } finally {
    await disconnectDb().catch(() => undefined);
    await meili?.stop().catch(() => undefined);
    await pglite?.stop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`Messung abgebrochen: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
