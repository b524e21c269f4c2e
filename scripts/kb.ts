/**
 * The knowledge base on the command line: npm run kb -- <command>. `npm run kb -- help` lists the commands.
 */
import "dotenv/config";
import { createWriteStream } from "node:fs";
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { parseEnv, EnvError } from "../lib/env";
import { disconnectDb, useDatabase } from "../lib/db";
import { AppError, isAppError } from "../lib/errors";
import { importBundle, type ImportReport } from "../lib/bundle/import-bundle";
import { exportBundle } from "../lib/bundle/export-bundle";
import { createApiToken, listApiTokens, revokeApiToken } from "../lib/auth/api-tokens";
import { readRuntimeInfo } from "../lib/system/runtime-file";
import { listOrganisations } from "../lib/organisations/list-organisations";

const HELP = `Aufruf: npm run kb -- <Befehl>

  import DATEI [--dry-run]          Wissenspaket (kb-bundle, JSON) einspielen; --dry-run prüft nur
  export [--out DATEI]              ganze Wissensbasis als Wissenspaket ausgeben (ohne --out: Standardausgabe)
  token create --org ARS --role ROLLE --name BEZEICHNUNG [--expires-days N]
                                    API-Token für eine Maschine anlegen (wird nur einmal angezeigt)
  token list                        API-Tokens auflisten (ohne Geheimnis)
  token revoke ID|PRÄFIX            API-Token widerrufen
  org list                          Organisationen mit Regionalschlüssel auflisten
  xzufi export --region ARS [--since ZEITPUNKT] [--out DATEI]
                                    XZuFi-2.2.0-Export der Leistungen einer Region (Land oder Kommune); mit
                                    --since nur die Änderungen seit dem Stand eines früheren Exports
  xzufi import DATEI [--dry-run]    Leistungen aus einer XZuFi-2.2.0-Datei anlegen oder aktualisieren
                                    (alles oder nichts); --dry-run prüft nur
  reindex                           Suchindex aus der Datenbank neu aufbauen (neuer Index, dann Tausch:
                                    die Suche bleibt währenddessen verfügbar)

Datenbank: DATABASE_URL, sonst die des laufenden "npm start" in diesem Ordner.
Suche (reindex): MEILI_URL und MEILI_MASTER_KEY, sonst die des laufenden "npm start" in diesem Ordner.`;

function fail(message: string): never {
  throw new AppError("VALIDATION", message);
}

function progress(label: string) {
  const isTty = process.stderr.isTTY;
  let lastPct = -1;
  return (done: number, total: number) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (isTty) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write("\n");
    } else if (pct >= lastPct + 10 || done === total) {
      lastPct = pct;
      process.stderr.write(`${label}: ${done}/${total} (${pct} %)\n`);
    }
  };
}

function printReport(report: ImportReport) {
  const names: Record<keyof ImportReport, string> = {
    organisations: "Organisationen", services: "Dienste", articles: "Artikel", variants: "Varianten", routingTargets: "Routing-Ziele", routingRestrictions: "Gesperrte Wege", synonyms: "Synonymgruppen",
  };
  for (const [k, c] of Object.entries(report) as [keyof ImportReport, ImportReport[keyof ImportReport]][]) {
    console.log(`${names[k].padEnd(16)} neu ${String(c.created).padStart(4)}  geändert ${String(c.updated).padStart(4)}  unverändert ${String(c.unchanged).padStart(4)}`);
  }
}

async function connect(): Promise<void> {
  const env = parseEnv();
  const url = env.DATABASE_URL ?? readRuntimeInfo(env.DATA_DIR)?.databaseUrl;
  if (!url) fail("Keine Datenbank: DATABASE_URL setzen oder das System in diesem Ordner mit npm start starten.");
  useDatabase(url);
}

async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    fail(`Die Datei ${file} lässt sich nicht lesen. Bitte Pfad prüfen.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    fail(`Die Datei ${file} ist kein gültiges JSON (${e instanceof Error ? e.message : "Syntaxfehler"}).`);
  }
}

const formatBytes = (n: number) => `${n.toLocaleString("de-DE")} Bytes`;

/** Streams the export of a region into a file (written next to it first, then renamed) or to stdout. */
async function xzufiExport(region: string, since: string | undefined, out: string | undefined): Promise<void> {
  const { COMMAND_LINE_ACTOR, prepareXzufiExport, startXzufiExport } = await import("../lib/xzufi/export-region");
  const prepared = await prepareXzufiExport(COMMAND_LINE_ACTOR, { region, ...(since ? { since } : {}) });
  let summary: import("../lib/xzufi/export-region").ExportSummary | undefined;
  const run = await startXzufiExport(prepared, { via: "CLI", actorLabel: "Kommandozeile" }, { onFinish: (s) => (summary = s) });
  const target = out ? `${out}.teil` : null;
  const sink: NodeJS.WritableStream = target ? createWriteStream(target, { encoding: "utf8" }) : process.stdout;
  try {
    for await (const chunk of run.chunks) {
      if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once("drain", () => resolve()));
    }
    if (target && out) {
      sink.end();
      await finished(sink);
      await rename(target, out);
    }
  } catch (e) {
    if (target) await unlink(target).catch(() => undefined);
    throw e;
  }
  const s = summary;
  if (!s) return;
  const what = prepared.since ? `Änderungen seit ${prepared.since.toISOString()}` : "vollständig";
  console.error(`XZuFi-Export ${prepared.regionName} (${prepared.regionArs}), ${what}: ${s.leistungen} Leistungen, ${s.loeschungen} Löschungen, ${formatBytes(s.bytes)}${out ? ` -> ${out}` : ""}`);
  console.error(`Stand: ${run.stand.toISOString()} (beim nächsten Abruf als --since angeben)`);
  if (s.report.transliterated || s.report.unmappableCount || s.report.htmlRemoved.length) {
    console.error(`String.Latin: ${s.report.transliterated} Zeichen umgeschrieben (z. B. typografische Anführungszeichen), ${s.report.unmappableCount} ohne Umschrift durch "?" ersetzt`);
    for (const u of s.report.unmappable.slice(0, 50)) console.error(`  ${u.where}: ${u.codePoint}`);
    for (const h of s.report.htmlRemoved.slice(0, 50)) console.error(`  ${h.where}: entfernt ${h.what}`);
  }
}

async function xzufiImport(file: string, dryRun: boolean): Promise<void> {
  const { MAX_IMPORT_BYTES } = await import("../xzufi/constants");
  const size = await stat(file).then((s) => s.size, () => fail(`Die Datei ${file} lässt sich nicht lesen. Bitte Pfad prüfen.`));
  if (size > MAX_IMPORT_BYTES) fail(`Die Datei ${file} ist zu groß (${(size / 1024 / 1024).toFixed(1)} MB; höchstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Bitte in kleinere Dateien teilen.`);
  const bytes = await readFile(file);
  await connect();
  const { importXzufi } = await import("../lib/xzufi/import-xzufi");
  const report = await importXzufi(bytes, { dryRun });
  const c = report.leistungen;
  console.log(`${dryRun ? "Prüfung (--dry-run, nichts geschrieben)" : "XZuFi-Import"} ${file}${report.sender ? ` von ${report.sender}` : ""}:`);
  console.log(`Leistungen  neu ${c.created}  geändert ${c.updated}  unverändert ${c.unchanged}  gelöscht ${c.deleted}`);
  const skipped = Object.entries(report.skipped);
  if (skipped.length) console.log(`Nicht übernommen (andere Objekte): ${skipped.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const n of report.notes.slice(0, 200)) console.log(`  ${n.path}: ${n.message}`);
}

async function main(argv: string[]): Promise<void> {
  const [cmd, sub, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help") {
    console.log(HELP);
    return;
  }
  switch (cmd) {
    case "import": {
      const { values, positionals } = parseArgs({ args: [sub ?? "", ...rest].filter(Boolean), options: { "dry-run": { type: "boolean" } }, allowPositionals: true });
      const file = positionals[0];
      if (!file || positionals.length > 1) fail("Aufruf: npm run kb -- import DATEI [--dry-run]");
      const bundle = await readJsonFile(file);
      await connect();
      if (values["dry-run"]) {
        const { checkBundle } = await import("../lib/bundle/check-bundle");
        await checkBundle(bundle);
        console.log("Das Wissenspaket ist gültig; es wurde nichts geschrieben (--dry-run).");
        return;
      }
      const report = await importBundle(bundle, { onProgress: progress("Import") });
      printReport(report);
      return;
    }
    case "export": {
      const { values, positionals } = parseArgs({ args: [sub ?? "", ...rest].filter(Boolean), options: { out: { type: "string" } }, allowPositionals: true });
      if (positionals.length) fail("Aufruf: npm run kb -- export [--out DATEI]");
      await connect();
      const json = `${JSON.stringify(await exportBundle(), null, 2)}\n`;
      if (values.out) {
        await writeFile(values.out, json, "utf8");
        console.error(`Wissenspaket geschrieben: ${values.out}`);
      } else process.stdout.write(json);
      return;
    }
    case "token": {
      if (sub === "create") {
        const { values } = parseArgs({ args: rest, options: { org: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "expires-days": { type: "string" } } });
        if (!values.org || !values.role || !values.name) fail("Aufruf: npm run kb -- token create --org ARS --role ROLLE --name BEZEICHNUNG [--expires-days N]");
        const days = values["expires-days"];
        if (days !== undefined && !/^\d+$/.test(days)) fail("--expires-days erwartet eine ganze Zahl von Tagen.");
        await connect();
        const { token, info } = await createApiToken({ orgArs: values.org, role: values.role.toUpperCase(), name: values.name, expiresInDays: days ? Number(days) : undefined });
        console.log(`Token angelegt: ${info.name} (${info.role}, ${info.organisation.name}), ID ${info.id}`);
        console.log("Das Token wird nur jetzt angezeigt; bitte sicher ablegen:");
        console.log(token);
        return;
      }
      if (sub === "list") {
        await connect();
        const tokens = await listApiTokens();
        if (!tokens.length) console.log("Keine API-Tokens.");
        for (const t of tokens) {
          const state = t.revokedAt ? "widerrufen" : t.expiresAt && t.expiresAt < new Date() ? "abgelaufen" : "aktiv";
          console.log(`${t.id}  ${t.prefix}…  ${t.role.padEnd(8)} ${t.organisation.ars.padEnd(12)} ${state.padEnd(10)} zuletzt genutzt: ${t.lastUsedAt?.toISOString() ?? "nie"}  ${t.name}`);
        }
        return;
      }
      if (sub === "revoke") {
        const id = rest[0];
        if (!id || rest.length > 1) fail("Aufruf: npm run kb -- token revoke ID|PRÄFIX");
        await connect();
        const t = await revokeApiToken(id);
        console.log(`Token ${t.name} (${t.id}) ist widerrufen.`);
        return;
      }
      fail("Aufruf: npm run kb -- token create|list|revoke …");
      break;
    }
    case "org": {
      if (sub !== "list") fail("Aufruf: npm run kb -- org list");
      await connect();
      for (const o of await listOrganisations()) console.log(`${o.ars.padEnd(12)} ${o.kind.padEnd(8)} ${o.name}`);
      return;
    }
    case "xzufi": {
      if (sub === "export") {
        const { values, positionals } = parseArgs({ args: rest, options: { region: { type: "string" }, since: { type: "string" }, out: { type: "string" } }, allowPositionals: true });
        if (!values.region || positionals.length) fail("Aufruf: npm run kb -- xzufi export --region ARS [--since ZEITPUNKT] [--out DATEI]");
        await connect();
        await xzufiExport(values.region, values.since, values.out);
        return;
      }
      if (sub === "import") {
        const { values, positionals } = parseArgs({ args: rest, options: { "dry-run": { type: "boolean" } }, allowPositionals: true });
        const file = positionals[0];
        if (!file || positionals.length > 1) fail("Aufruf: npm run kb -- xzufi import DATEI [--dry-run]");
        await xzufiImport(file, Boolean(values["dry-run"]));
        return;
      }
      fail("Aufruf: npm run kb -- xzufi export|import …");
      break;
    }
    case "reindex": {
      if (sub || rest.length) fail("Aufruf: npm run kb -- reindex");
      await connect();
      const { scriptSearchContext } = await import("../lib/search/script-context");
      const { rebuildIndex } = await import("../lib/search/reindex");
      const { isSearchAvailable } = await import("../lib/search/meili");
      const { db } = await import("../lib/db");
      const ctx = scriptSearchContext(parseEnv());
      if (!ctx) fail("Keine Suchmaschine: MEILI_URL und MEILI_MASTER_KEY setzen oder das System in diesem Ordner mit npm start starten.");
      if (!(await isSearchAvailable(ctx))) fail("Meilisearch ist nicht erreichbar; der Suchindex lässt sich gerade nicht neu aufbauen.");
      const started = Date.now();
      const result = await rebuildIndex(ctx, db(), { onProgress: progress("Suchindex") });
      console.log(`Suchindex ${result.indexUid} neu aufgebaut: ${result.documents} Dokumente aus ${result.families} Artikelfamilien in ${Math.round((Date.now() - started) / 100) / 10} s.`);
      return;
    }
    default:
      fail(`Unbekannter Befehl "${cmd}".\n\n${HELP}`);
  }
}

main(process.argv.slice(2))
  .then(() => disconnectDb())
  .then(
    () => process.exit(0),
    async (e: unknown) => {
      if (e instanceof EnvError) console.error(e.message);
      else if (isAppError(e)) {
        console.error(`Fehler: ${e.message}`);
        for (const p of e.problems.slice(0, 200)) console.error(`  ${p.path}: ${p.message}`);
        if (e.problems.length > 200) console.error(`  … und ${e.problems.length - 200} weitere`);
      } else {
        console.error("Interner Fehler. Bitte erneut versuchen; besteht der Fehler fort, den Betrieb informieren.");
        if (process.env.KB_DEBUG) console.error(e);
      }
      await disconnectDb().catch(() => undefined);
      process.exit(1);
    },
  );
