/**
 * npm run bench:xzufi [-- --leistungen 10000]
 *
 * Measures the XZuFi export (lib/xzufi/export-region.ts, the code behind GET /api/xzufi/leistungen) at 1,000
 * Leistungen and at the given number: throughput in Leistungen per second and the peak RSS of the process that
 * exports. Goal: at least 5,000 Leistungen/s, and an RSS that does not grow with the number of Leistungen (the
 * export streams page by page).
 *
 * For each size it creates a database on the machine's PostgreSQL (BENCH_PG_ADMIN_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres), loads synthetic data shaped like EfA services (40 Leistungen
 * per service; per service 5 FAQ, 2 workarounds and a training note of the operating Land, two Land variants
 * and a Kommune variant for the region, three routing targets; every tenth service has an active incident) and
 * exports the region (a Kommune of a co-using Land) four times in a fresh child process: first with an empty
 * feed state, then three more times; the figures are the median of those three (the machine is shared and
 * noisy). Everything is dropped at the end. A benchmark prints figures; it is no test.
 *
 * Reported: wall-clock throughput, throughput per CPU second of the exporting process (meaningful on a shared,
 * busy machine), peak RSS, peak V8 heap plus external memory, and what is left after a GC. Without a heap limit
 * V8 grows its heap with the allocation rate; BENCH_NODE_FLAGS="--max-old-space-size=160" shows the working set
 * (a lower peak, at less throughput per CPU second: figures in xzufi/README.md).
 */
import { fork } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { disconnectDb, useDatabase, db } from "../lib/db";
import { htmlToDoc, docToHtml, docToText } from "../lib/editor/server";
import { deployMigrations } from "../lib/migrations/runner";
import { COMMAND_LINE_ACTOR, prepareXzufiExport, startXzufiExport } from "../lib/xzufi/export-region";

const LEISTUNGEN_PER_SERVICE = 40;
const REGION = "064120000000";

const BODY = htmlToDoc(
  "<p>Der Online-Dienst führt Schritt für Schritt durch den Antrag. Pflichtfelder sind markiert; Nachweise werden als PDF oder Foto hochgeladen.</p>" +
    "<h2>So geht es</h2><ol><li><p>Mit der BundID anmelden und ausweisen.</p></li><li><p>Angaben machen und Nachweise hochladen.</p></li><li><p>Antrag absenden; die Eingangsbestätigung kommt ins Postfach.</p></li></ol>" +
    '<p><strong>Hinweis für den 1st Level:</strong> Fragen zum Stand der Bearbeitung beantwortet die zuständige Stelle. Weitere Informationen unter <a href="https://verwaltung.example/dienst">verwaltung.example</a>.</p>',
);
const APPENDIX = htmlToDoc("<p>In Hessen: Die Ämter für Versorgung und Soziales bearbeiten den Antrag; Termine nach Vereinbarung.</p>");

type Child = { leistungen: number; runs: { seconds: number; cpuSeconds: number; bytes: number; written: number }[]; rssBeforeMb: number; peakRssMb: number; peakHeapMb: number; heapAfterGcMb: number };

async function seed(n: number): Promise<{ services: number; articles: number }> {
  const client = db();
  const [bremen, hessen] = await Promise.all([
    client.organisation.create({ data: { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" } }),
    client.organisation.create({ data: { ars: "06", name: "Land Hessen", kind: "LAND" } }),
  ]);
  const frankfurt = await client.organisation.create({ data: { ars: REGION, name: "Stadt Frankfurt am Main", kind: "KOMMUNE", parentId: hessen.id } });
  const reviewer = await client.user.create({ data: { email: "qs@bench.example", name: "QS", role: "REVIEWER", organisationId: bremen.id } });
  const services = Math.ceil(n / LEISTUNGEN_PER_SERVICE);
  const html = docToHtml(BODY);
  const text = docToText(BODY);
  const now = new Date();
  const articles: { id: string; key: string; type: "FAQ" | "WORKAROUND" | "TRAINING" | "INCIDENT"; serviceId: string; ownerOrgId: string; parentId: string | null; rootId: string | null }[] = [];
  const revisions: Record<string, unknown>[] = [];
  const changes: { revisionId: string; field: "TITLE" | "BODY" | "KEYWORDS" | "SHORT_ANSWER"; mode: "REPLACE" | "APPEND"; value: object }[] = [];
  const incidents: { revisionId: string; klasse: "BETRIEBSBEHINDERND"; startedAt: Date }[] = [];
  const leistungen: { id: string; leikaKey: string; name: string; searchTerms: string[] }[] = [];
  const links: { serviceId: string; leistungId: string }[] = [];
  const targets: Record<string, unknown>[] = [];
  let leistungNo = 0;
  for (let s = 0; s < services; s++) {
    const serviceId = `svc-${s}`;
    await client.onlineService.create({ data: { id: serviceId, key: `dienst-${String(s).padStart(4, "0")}`, name: `Onlinedienst ${s}`, operatorId: bremen.id, coUsers: { create: { organisationId: hessen.id } } } });
    const keys: string[] = [];
    for (let l = 0; l < LEISTUNGEN_PER_SERVICE && leistungNo < n; l++, leistungNo++) {
      const leikaKey = String(99_000_000_000_000 + leistungNo * 1000);
      keys.push(leikaKey);
      leistungen.push({ id: `l-${leistungNo}`, leikaKey, name: `Leistung ${leistungNo} „Antrag“ – Beispiel`, searchTerms: [`Suchbegriff ${leistungNo}`, "Antrag stellen"] });
      links.push({ serviceId, leistungId: `l-${leistungNo}` });
    }
    const types = ["FAQ", "FAQ", "FAQ", "FAQ", "FAQ", "WORKAROUND", "WORKAROUND", "TRAINING"] as const;
    types.forEach((type, i) => {
      const id = `a-${s}-${i}`;
      articles.push({ id, key: `d${s}-artikel-${i}`, type, serviceId, ownerOrgId: bremen.id, parentId: null, rootId: null });
      revisions.push({
        id: `r-${id}`, articleId: id, number: 1, status: "PUBLISHED", title: `Frage ${i} zum Onlinedienst ${s}?`, shortAnswer: "Ja. Der Antrag ist online möglich; Sie brauchen die BundID und Ihren Online-Ausweis.",
        bodyJson: BODY, bodyHtml: html, bodyText: text, keywords: [`Schlagwort ${i}`, "BundID"], categories: ["Verfahren"],
        leikaKeys: type === "TRAINING" ? [] : keys.slice((i * 5) % keys.length, ((i * 5) % keys.length) + 5),
        publishedAt: now, reviewedAt: now, reviewedById: reviewer.id,
      });
    });
    for (const [i, owner, parent] of [[0, hessen.id, `a-${s}-0`], [1, hessen.id, `a-${s}-1`], [2, frankfurt.id, `v-${s}-0`]] as const) {
      const id = `v-${s}-${i}`;
      articles.push({ id, key: `d${s}-variante-${i}`, type: "FAQ", serviceId, ownerOrgId: owner, parentId: parent, rootId: i === 2 ? `a-${s}-0` : parent });
      revisions.push({ id: `r-${id}`, articleId: id, number: 1, status: "PUBLISHED", parentRevisionId: `r-${parent}`, publishedAt: now });
      if (i === 0) {
        changes.push({ revisionId: `r-${id}`, field: "TITLE", mode: "REPLACE", value: { text: `Frage 0 zum Onlinedienst ${s} in Hessen?` } });
        changes.push({ revisionId: `r-${id}`, field: "BODY", mode: "APPEND", value: { doc: APPENDIX } });
      } else if (i === 1) changes.push({ revisionId: `r-${id}`, field: "KEYWORDS", mode: "APPEND", value: { items: ["Hessen"] } });
      else changes.push({ revisionId: `r-${id}`, field: "SHORT_ANSWER", mode: "APPEND", value: { text: "In Frankfurt hilft auch das Bürgeramt." } });
    }
    if (s % 10 === 0) {
      const id = `i-${s}`;
      articles.push({ id, key: `d${s}-stoerung`, type: "INCIDENT", serviceId, ownerOrgId: bremen.id, parentId: null, rootId: null });
      revisions.push({ id: `r-${id}`, articleId: id, number: 1, status: "PUBLISHED", title: `Störung: Onlinedienst ${s} verzögert`, shortAnswer: "Anträge kommen an, die Bearbeitung beginnt später.", bodyJson: BODY, bodyHtml: html, bodyText: text, publishedAt: now });
      incidents.push({ revisionId: `r-${id}`, klasse: "BETRIEBSBEHINDERND", startedAt: new Date(now.getTime() - 3_600_000) });
    }
    for (const [level, kind, regionId, name] of [["SECOND", "TECHNICAL", null, "Service Desk"], ["SECOND", "FACHLICH", hessen.id, "Fachstelle Hessen"], ["THIRD", "TECHNICAL", null, "Betriebsteam"]] as const) {
      targets.push({
        serviceId, regionId, level, kind, name: `${name} ${s}`, channel: "EMAIL", contact: `dienst-${s}@betrieb.example`, serviceHours: "Mo-Fr 07:00-19:00",
        reactionHoursVerhindernd: 2, reactionHoursBehindernd: 8, reactionHoursLeicht: 16, resolutionHoursVerhindernd: 8, resolutionHoursBehindernd: 24, resolutionHoursLeicht: 80,
      });
    }
  }
  const chunked = async <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
  };
  await chunked(leistungen, (data) => client.leistung.createMany({ data }));
  await chunked(links, (data) => client.serviceLeistung.createMany({ data }));
  await chunked(articles, (data) => client.article.createMany({ data }));
  await chunked(revisions, (data) => client.revision.createMany({ data: data as never }));
  await chunked(changes, (data) => client.variantChange.createMany({ data: data as never }));
  await client.incident.createMany({ data: incidents });
  await chunked(targets, (data) => client.routingTarget.createMany({ data: data as never }));
  await client.$executeRaw`UPDATE "Article" a SET "publishedRevisionId" = r.id, "headRevisionId" = r.id FROM "Revision" r WHERE r."articleId" = a.id`;
  return { services, articles: articles.length };
}

const RUNS = 4;

/** Child: RUNS exports of the region, RSS sampled while they run. */
async function child(databaseUrl: string): Promise<void> {
  useDatabase(databaseUrl);
  await db().$queryRaw`SELECT 1`;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  };
  const sampler = setInterval(sample, 20);
  const runs: Child["runs"] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const prepared = await prepareXzufiExport(COMMAND_LINE_ACTOR, { region: REGION });
    let written = 0;
    const run = await startXzufiExport(prepared, { via: "CLI", actorLabel: "Benchmark" }, { onFinish: (s) => (written = s.leistungen) });
    let bytes = 0;
    for await (const chunk of run.chunks) bytes += chunk.byteLength;
    const used = process.cpuUsage(cpu);
    runs.push({ seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, bytes, written });
    sample();
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed + process.memoryUsage().external;
  await disconnectDb();
  const mb = (n: number) => n / 1024 / 1024;
  const result: Child = { leistungen: runs[0]?.written ?? 0, runs, rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak), peakHeapMb: mb(peakHeap), heapAfterGcMb: mb(heapAfterGc) };
  process.send?.(result);
}

function runChild(databaseUrl: string): Promise<Child> {
  return new Promise((resolve, reject) => {
    const p = fork(new URL(import.meta.url).pathname, ["--child", databaseUrl], { execArgv: [...process.execArgv, "--expose-gc", ...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [])], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: Child | undefined;
    p.on("message", (m) => (result = m as Child));
    p.on("exit", (code) => (result && code === 0 ? resolve(result) : reject(new Error(`Messprozess endete mit ${code}`))));
  });
}

const medianOf = (values: number[]): number | undefined => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The run after the first with the median duration (the figures of the table). */
const medianRun = (c: Child) => {
  const later = c.runs.slice(1);
  const seconds = medianOf(later.map((r) => r.seconds));
  return later.find((r) => r.seconds === seconds);
};

const fmt = (n: number, digits = 0) => n.toLocaleString("de-DE", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { leistungen: { type: "string", default: "10000" }, child: { type: "string" } }, allowPositionals: true });
  if (values.child) return child(values.child);
  const max = Number(values.leistungen);
  if (!Number.isInteger(max) || max < 1000 || max > 200_000) throw new Error("--leistungen erwartet eine ganze Zahl von 1000 bis 200000");
  const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const sizes = [...new Set([1000, max])];
  console.log(`XZuFi-Export-Benchmark: Region ${REGION} (Kommune eines mitnutzenden Landes), ${LEISTUNGEN_PER_SERVICE} Leistungen je Onlinedienst, Lauf 1 mit leerem Feed-Zustand, Lauf 2 danach`);
  console.log(`Rechner: ${os.cpus().length} Kerne, Last (1 min) ${os.loadavg()[0]?.toFixed(1)} beim Start`);
  console.log(`Leistungen/s und je CPU-s: Median der Läufe 2 bis ${RUNS}`);
  console.log("Leistungen  Dienste  Artikel  Lauf 1 s  Lauf 2-4 s (Median)  Leistungen/s  je CPU-s  MB XML  RSS vorher  RSS Spitze  Heap+ext. Spitze  nach GC (MB)");
  const results: Child[] = [];
  for (const n of sizes) {
    const name = `kb_bench_xzufi_${n}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await deployMigrations({ databaseUrl: url.toString() });
      useDatabase(url.toString());
      const seeded = await seed(n);
      await disconnectDb();
      const r = await runChild(url.toString());
      results.push(r);
      const first = r.runs[0];
      const second = medianRun(r);
      if (!first || !second) throw new Error("Messprozess ohne Ergebnis");
      console.log(
        `${fmt(r.leistungen).padStart(10)}  ${fmt(seeded.services).padStart(7)}  ${fmt(seeded.articles).padStart(7)}  ${fmt(first.seconds, 2).padStart(8)}  ${fmt(second.seconds, 2).padStart(19)}  ` +
          `${fmt(r.leistungen / second.seconds).padStart(12)}  ${fmt(r.leistungen / (medianOf(r.runs.slice(1).map((x) => x.cpuSeconds)) ?? Infinity)).padStart(8)}  ${fmt(second.bytes / 1024 / 1024, 1).padStart(6)}  ` +
          `${fmt(r.rssBeforeMb).padStart(10)}  ${fmt(r.peakRssMb).padStart(10)}  ${fmt(r.peakHeapMb).padStart(16)}  ${fmt(r.heapAfterGcMb).padStart(12)}`,
      );
    } finally {
      await disconnectDb();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
    }
  }
  const small = results[0];
  const large = results[results.length - 1];
  if (small && large) {
    const rate = large.leistungen / (medianRun(large)?.seconds ?? Infinity);
    const cpuRate = large.leistungen / (medianOf(large.runs.slice(1).map((r) => r.cpuSeconds)) ?? Infinity);
    const growth = large.peakRssMb - small.peakRssMb;
    console.log(`Ziel >= 5.000 Leistungen/s: ${rate >= 5000 ? "erreicht" : "nicht erreicht"} (${fmt(rate)}/s Wanduhr, ${fmt(cpuRate)} je CPU-Sekunde bei ${fmt(large.leistungen)}; Last jetzt ${os.loadavg()[0]?.toFixed(1)}).`);
    console.log(`RSS-Spitze ${fmt(small.leistungen)} -> ${fmt(large.leistungen)} Leistungen: ${growth >= 0 ? "+" : ""}${fmt(growth)} MB (${fmt((large.runs[1]?.bytes ?? 0) / 1024 / 1024)} MB XML statt ${fmt((small.runs[1]?.bytes ?? 0) / 1024 / 1024)} MB).`);
    const rates = large.runs.slice(1).map((r) => fmt(large.leistungen / r.seconds));
    console.log(`Einzelne Läufe 2 bis ${RUNS} bei ${fmt(large.leistungen)}: ${rates.join(", ")} Leistungen/s.`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
