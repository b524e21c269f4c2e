/**
 * npm run bench:reports [-- --events 1000000] [--runs 5] [--explain] [--keep] [--reuse <database url>]
 *
 * Measures the S6 report (issue 8: 1 million search events aggregate for a 30-day report in under 1 s).
 * Creates a fresh database on TEST_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres, as
 * scripts/test-all.sh), applies the migrations, builds a world of all 16 Länder with Kommunen, 8 online
 * services with articles and routing targets, inserts the events over 60 days (lib/reports/generate-events.ts,
 * seeded; multi-row INSERTs from arrays), runs VACUUM ANALYZE (what autovacuum does after a bulk load), then
 * times the 30-day report (the same getS6Report the API calls) for a MiV (Nordrhein-Westfalen, the largest
 * Land), a BeV over all Länder and a BeV for one service, each several times, and prints the medians.
 * Drops the database at the end (--keep leaves it; --reuse times the reports on a database kept before).
 * A benchmark prints figures; it is no test.
 */
import pg from "pg";
import { disconnectDb, useDatabase } from "../lib/db";
import type { Db } from "../lib/db-client";
import type { Actor } from "../lib/auth/actor";
import { deployMigrations } from "../lib/migrations/runner";
import { LAENDER, LAND_ARS } from "../lib/organisations/laender";
import { explainStatements } from "../lib/reports/aggregate-events";
import { getS6Report } from "../lib/reports/get-s6-report";
import { FEEDBACK_REASONS, GAP_QUERIES, generateEvents, seededRandom, type EventWorld } from "../lib/reports/generate-events";
import { insertFeedbackEvents, insertSearchEvents } from "../lib/reports/insert-events";
import { addDays, berlinDate } from "../lib/reports/schema";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} erwartet eine positive ganze Zahl.`);
  return value;
};
const EVENTS = option("events", 1_000_000);
const RUNS = option("runs", 5);
const DAYS = 60;
const GOAL_MS = 1000;
const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// population shares of the Länder (rounded), so NRW has the most calls and Bremen few
const WEIGHT: Record<string, number> = { "01": 3.5, "02": 2.3, "03": 9.6, "04": 0.8, "05": 21.6, "06": 7.6, "07": 4.9, "08": 13.4, "09": 15.9, "10": 1.2, "11": 4.4, "12": 3.1, "13": 1.9, "14": 4.9, "15": 2.6, "16": 2.5 };

const SERVICES = [
  { key: "elterngeld-digital", name: "Elterngeld digital", operator: "04", weight: 3, words: ["elterngeld", "basiselterngeld", "elterngeldplus", "partnerschaftsbonus", "geschwisterbonus", "elterngeldstelle", "einkommen", "steuerklasse", "mutterschaftsleistungen", "bundid"] },
  { key: "unterhaltsvorschuss-online", name: "Unterhaltsvorschuss online", operator: "04", weight: 1.2, words: ["unterhaltsvorschuss", "unterhalt", "jugendamt", "alleinerziehend", "kindergeld", "nachweis", "bescheid", "rückforderung"] },
  { key: "wohnsitzanmeldung-online", name: "Digitale Wohnsitzanmeldung", operator: "09", weight: 2.5, words: ["ummelden", "anmeldung", "wohnungsgeberbestätigung", "meldebescheinigung", "personalausweis", "online-ausweis", "pin", "umzug"] },
  { key: "gewerbe-service-online", name: "Gewerbe-Service", operator: "09", weight: 1, words: ["gewerbeanmeldung", "gewerbe", "abmeldung", "ummeldung", "gebühr", "kreditkarte", "elster", "handelsregister"] },
  { key: "kfz-zulassung-online", name: "i-Kfz Zulassung", operator: "05", weight: 2, words: ["zulassung", "kennzeichen", "abmelden", "fahrzeugschein", "sicherheitscode", "evb", "halterwechsel", "plakette"] },
  { key: "wohngeld-digital", name: "Wohngeld digital", operator: "08", weight: 1.8, words: ["wohngeld", "miete", "lastenzuschuss", "einkommensgrenze", "antrag", "weiterleistung", "haushalt", "heizkosten"] },
  { key: "bafoeg-digital", name: "BAföG Digital", operator: "03", weight: 1.4, words: ["bafög", "studium", "schüler", "elternunabhängig", "formblatt", "bescheid", "darlehen", "rückzahlung"] },
  { key: "fuehrerschein-online", name: "Führerschein online", operator: "11", weight: 1.1, words: ["führerschein", "umtausch", "pflichtumtausch", "fahrerlaubnis", "lichtbild", "biometrisches", "karteikarte", "verloren"] },
] as const;


const log = (line: string) => console.log(line);
const ms = (t0: number) => performance.now() - t0;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Organisations, services, articles and routing targets; returns the world for the generator. */
async function buildWorld(client: pg.Client): Promise<{ world: EventWorld; orgIds: Map<string, string> }> {
  const random = seededRandom(8);
  const orgIds = new Map<string, string>();
  const lands: EventWorld["lands"] = [];
  for (const ars of LAND_ARS) {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO "Organisation" (id, ars, name, kind, "updatedAt") VALUES ($1, $2, $3, 'LAND', now()) RETURNING id`, [`org-${ars}`, ars, LAENDER[ars]]);
    orgIds.set(ars, rows[0]?.id ?? "");
    const kommunen = Array.from({ length: 12 }, (_, i) => `${ars}${String(100 + i * 7).padStart(3, "0")}0000000`);
    for (const k of kommunen) await client.query(`INSERT INTO "Organisation" (id, ars, name, kind, "parentId", "updatedAt") VALUES ($1, $2, $3, 'KOMMUNE', $4, now())`, [`org-${k}`, k, `Kommune ${k}`, `org-${ars}`]);
    lands.push({ ars, weight: WEIGHT[ars] ?? 1, agentOrgId: `org-${ars}`, kommuneArs: kommunen });
  }
  const services: EventWorld["services"] = [];
  for (const s of SERVICES) {
    const id = `svc-${s.key}`;
    await client.query(`INSERT INTO "OnlineService" (id, key, name, "operatorId", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, s.key, s.name, `org-${s.operator}`]);
    // every service is co-used by most Länder (EfA: one builds, all use)
    const coUsers = LAND_ARS.filter((l) => l !== s.operator && random() < 0.85);
    for (const l of coUsers) await client.query(`INSERT INTO "ServiceCoUser" ("serviceId", "organisationId") VALUES ($1, $2)`, [id, `org-${l}`]);
    const articles = [];
    for (let a = 0; a < 40; a++) {
      const w1 = s.words[a % s.words.length] ?? "antrag";
      const w2 = s.words[(a * 3 + 1) % s.words.length] ?? "online";
      const artId = `art-${s.key}-${a}`;
      await client.query(`INSERT INTO "Article" (id, key, type, "serviceId", "ownerOrgId", "updatedAt") VALUES ($1, $2, 'FAQ', $3, $4, now())`, [artId, `${s.key}-faq-${a}`, id, `org-${s.operator}`]);
      await client.query(`INSERT INTO "Revision" (id, "articleId", number, status, title, keywords, "publishedAt") VALUES ($1, $2, 1, 'PUBLISHED', $3, $4, now())`, [`rev-${artId}`, artId, `Frage ${a + 1} zu ${s.name}: ${w1} und ${w2}`, [w1, w2]]);
      await client.query(`UPDATE "Article" SET "publishedRevisionId" = $1, "headRevisionId" = $1 WHERE id = $2`, [`rev-${artId}`, artId]);
      articles.push({ id: artId, phrases: [w1, `${w1} ${w2}`, `${w2} ${w1}`, `${w1} antrag`, `${w1} online`], weight: 1 / (a + 1) + 0.02 });
    }
    const targets: { id: string; landArs: string | null }[] = [];
    const target = async (landArs: string | null, name: string, level: string, kind: string) => {
      const tid = `rt-${s.key}-${landArs ?? "base"}-${level}-${kind}`;
      await client.query(
        `INSERT INTO "RoutingTarget" (id, "serviceId", "regionId", level, kind, name, channel, contact, "serviceHours", "reactionHoursVerhindernd", "reactionHoursBehindernd", "reactionHoursLeicht", "resolutionHoursVerhindernd", "resolutionHoursBehindernd", "resolutionHoursLeicht", "updatedAt")
         VALUES ($1, $2, $3, $4::"SupportLevel", $5::"SupportKind", $6, 'TICKET_SYSTEM', 'https://ticket.example', 'Mo-Fr 07:00-19:00', 2, 8, 16, 8, 24, 80, now())`,
        [tid, id, landArs ? `org-${landArs}` : null, level, kind, name],
      );
      targets.push({ id: tid, landArs });
    };
    await target(null, `Service Desk ${s.name}`, "SECOND", "TECHNICAL");
    await target(null, `Betriebsteam ${s.name}`, "THIRD", "TECHNICAL");
    await target(null, `Fachliche Leitstelle ${s.name}`, "THIRD", "FACHLICH");
    for (const l of coUsers) await target(l, `Fachkoordination ${s.name} ${LAENDER[l as keyof typeof LAENDER]}`, "SECOND", "FACHLICH");
    services.push({ id, weight: s.weight, landArs: [s.operator, ...coUsers], articles, targets });
  }
  return { world: { lands, services, gapQueries: GAP_QUERIES, reasons: FEEDBACK_REASONS }, orgIds };
}

/** A database of an earlier run (--keep): its Länder organisations by ARS. */
async function reuseWorld(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ id: string; ars: string }>(`SELECT id, ars FROM "Organisation" WHERE kind = 'LAND'`);
  const { rows: count } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "SearchEvent"`);
  log(`Vorhandene Datenbank mit ${Number(count[0]?.n ?? 0).toLocaleString("de-DE")} Suchen.`);
  return new Map(rows.map((r) => [r.ars, r.id]));
}

/** The world and its events: 60 days up to yesterday, then VACUUM ANALYZE. Returns the Länder by ARS. */
async function generate(client: pg.Client, prisma: Db, today: string): Promise<Map<string, string>> {
  const { world, orgIds } = await buildWorld(client);
  const from = addDays(today, -DAYS);
  let t0 = performance.now();
  // bulk load: the secondary indexes of the event tables are dropped first and built again from their
  // own definitions afterwards (much faster than updating six indexes row by row; the schema stays the same)
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('SearchEvent', 'FeedbackEvent') AND indexname NOT LIKE '%_pkey'`,
  );
  for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
  let searches = 0;
  let feedback = 0;
  for (const batch of generateEvents(world, { seed: 20261123, from, days: DAYS, searches: EVENTS, batchSize: 25_000, clientKeyPrefix: "bench" })) {
    await insertSearchEvents(prisma, batch.searches);
    await insertFeedbackEvents(prisma, batch.feedback);
    searches += batch.searches.length;
    feedback += batch.feedback.length;
    if (searches % 200_000 === 0) log(`  ${searches.toLocaleString("de-DE")} Suchen …`);
  }
  const loaded = ms(t0);
  for (const i of indexes) await client.query(i.indexdef);
  log(`Indizes neu aufgebaut (${indexes.map((i) => i.indexname).join(", ")}) in ${((ms(t0) - loaded) / 1000).toFixed(1)} s`);
  log(`Erzeugt: ${searches.toLocaleString("de-DE")} Suchen und ${feedback.toLocaleString("de-DE")} Rückmeldungen über ${DAYS} Tage (${from} bis ${addDays(today, -1)}) in ${(ms(t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  await client.query(`VACUUM ANALYZE "SearchEvent"`);
  await client.query(`VACUUM ANALYZE "FeedbackEvent"`);
  log(`VACUUM ANALYZE in ${(ms(t0) / 1000).toFixed(1)} s`);
  return orgIds;
}

async function main(): Promise<void> {
  const reuseAt = args.indexOf("--reuse");
  const reuse = reuseAt >= 0 ? args[reuseAt + 1] : undefined;
  const name = `kb_bench_reports_${Date.now().toString(36)}`;
  const url = new URL(reuse ?? ADMIN_URL);
  if (!reuse) url.pathname = `/${name}`;
  const dbUrl = url.toString();
  if (!reuse) {
    log(`Datenbank ${name} auf ${url.host} …`);
    await adminQuery(`CREATE DATABASE "${name}"`);
  }
  const client = new pg.Client({ connectionString: dbUrl });
  try {
    await deployMigrations({ databaseUrl: dbUrl });
    await client.connect();
    const today = berlinDate(new Date());
    const orgIds = reuse ? await reuseWorld(client) : await generate(client, useDatabase(dbUrl), today);


    if (reuse) useDatabase(dbUrl);
    const to = addDays(today, -1);
    const query = { from: addDays(to, -29), to };
    const actor = (role: "MIV" | "BEV", ars: keyof typeof LAENDER): Actor => ({ kind: "user", id: `bench-${role}`, name: role, role, organisation: { id: orgIds.get(ars) ?? "", ars, name: LAENDER[ars], kind: "LAND" } });
    const cases: { label: string; actor: Actor; query: Record<string, string> }[] = [
      { label: "MiV Nordrhein-Westfalen, alle Dienste", actor: actor("MIV", "05"), query },
      { label: "MiV Hessen, Elterngeld digital", actor: actor("MIV", "06"), query: { ...query, service: "elterngeld-digital" } },
      { label: "BeV Bremen, 2 Dienste, alle Länder + je Land", actor: actor("BEV", "04"), query },
      { label: "BeV Bayern, Wohnsitzanmeldung, alle Länder + je Land", actor: actor("BEV", "09"), query: { ...query, service: "wohnsitzanmeldung-online" } },
    ];
    log(`\n30-Tage-Bericht ${query.from} bis ${query.to}, ${RUNS} Läufe je Fall (Median; Ziel < ${GOAL_MS} ms):`);
    let isGoalMet = true;
    for (const c of cases) {
      const times: number[] = [];
      let searchesInReport = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        const { report } = await getS6Report(c.actor, c.query);
        times.push(ms(t));
        searchesInReport = report.parts[0]?.totals.searches ?? 0;
      }
      const med = median(times);
      isGoalMet &&= med < GOAL_MS;
      log(`  ${c.label.padEnd(52)} Median ${med.toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  ${searchesInReport.toLocaleString("de-DE")} Suchen im Bericht`);
    }
    if (args.includes("--explain")) {
      // the plans of the statements of each case, as PostgreSQL runs them
      explainStatements(async (statement) => {
        await client.query("BEGIN");
        await client.query("SET LOCAL work_mem = '64MB'");
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
        await client.query("ROLLBACK");
        for (const r of rows) log(r["QUERY PLAN"]);
      });
      for (const c of cases) {
        log(`\n=== ${c.label}`);
        await getS6Report(c.actor, c.query);
      }
      explainStatements(null);
    }
    log(`\nZiel (< ${GOAL_MS} ms je 30-Tage-Bericht bei ${EVENTS.toLocaleString("de-DE")} Suchereignissen): ${isGoalMet ? "erreicht" : "NICHT erreicht"}`);
    if (!isGoalMet) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await disconnectDb();
    if (args.includes("--keep") || reuse) log(`Datenbank bleibt: ${dbUrl}`);
    else {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      log(`Datenbank ${name} gelöscht.`);
    }
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
