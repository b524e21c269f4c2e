/**
 * npm start            the whole system on embedded defaults: PostgreSQL (PGlite) and Meilisearch as child
 *                      processes with their data under DATA_DIR (./data), migrations, demo data on the very
 *                      first start, a production build when missing or stale, then `next start` on PORT (3000).
 *                      DATABASE_URL / MEILI_URL (+ MEILI_MASTER_KEY) switch to external servers instead.
 * npm run start:prod   external PostgreSQL and Meilisearch only (DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY,
 *                      NEXTAUTH_SECRET), an existing build (npm run build), migrations; --demo loads demo data
 *                      into a never-seeded database.
 * The search worker (scripts/search-worker.ts) runs as its own child process once the database is prepared,
 * whenever a Meilisearch is configured; it is restarted if it dies.
 * Ctrl-C / SIGTERM stop Next.js, then the search worker, then Meilisearch, then PGlite (which closes its files),
 * and exit 0. If the database or the web server dies, everything is stopped and the exit code is 1; if
 * Meilisearch dies, the app runs on without search and /api/health reports "degraded" (the worker waits).
 */
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import dotenv from "dotenv";
import { EnvError, parseEnv } from "../lib/env";
import { DataDirLock, dataLayout, inspectDataVersion, PGLITE_POSTGRES_MAJOR, PGLITE_VERSION, writeDataVersion, type LockInfo } from "../lib/system/data-dir";
import { checkPort } from "../lib/system/free-port";
import { checkMeiliDataVersion, ensureExecutable, isMeiliAvailable, meiliBinaryVersion, resolveMeiliBinary, startMeili, type MeiliBinary } from "../lib/system/meili-process";
import { buildState, nextCli } from "../lib/system/next-build";
import { startPglite } from "../lib/system/pglite-process";
import { exitOf, identityOf, signalGroup, stopChild, waitUntil } from "../lib/system/processes";
import { PROJECT_ROOT } from "../lib/system/project-root";
import { removeRuntimeInfo, writeRuntimeInfo } from "../lib/system/runtime-file";
import { readOrCreateSecret } from "../lib/system/secrets";
import { parseStartArgs, planStart, redactUrl, type StartPlan } from "../lib/system/start-plan";

interface RunningService {
  name: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Started services in start order; stopped in reverse order. */
const services: RunningService[] = [];
let lock: DataDirLock | undefined;
/** set while data/runtime.json tells the kb CLI where this start's services listen */
let runtimeDataDir: string | undefined;
let shutdownStartedAt: number | undefined;

const log = (line: string) => console.log(line);
const warn = (line: string) => console.warn(`Warnung: ${line}`);

/** Ends before anything was started: one message, exit code 1. */
function fail(message: string): never {
  console.error(message);
  lock?.release();
  process.exit(1);
}

/** Stops every started service (Next.js, the search worker, Meilisearch, then PGlite), releases the lock and exits. */
async function shutdown(code: number, message?: string): Promise<never> {
  if (shutdownStartedAt !== undefined) {
    if (Date.now() - shutdownStartedAt > 1500) log("Wird bereits beendet, bitte warten (die Datenbank wird sauber geschlossen) …");
    return new Promise<never>(() => {});
  }
  shutdownStartedAt = Date.now();
  if (message) (code === 0 ? console.log : console.error)(message);
  for (const s of [...services].reverse()) {
    if (s.child.exitCode !== null || s.child.signalCode !== null) continue;
    log(`${s.name} wird beendet …`);
    await s.stop().catch((err: unknown) => warn(`${s.name} ließ sich nicht beenden: ${err instanceof Error ? err.message : String(err)}`));
  }
  if (runtimeDataDir) removeRuntimeInfo(runtimeDataDir);
  lock?.release();
  log(code === 0 ? "Beendet." : "Beendet (mit Fehler).");
  process.exit(code);
}

function installSignalHandlers() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => void shutdown(0, "\nWird beendet …"));
  }
  process.on("uncaughtException", (err) => void shutdown(1, `Unerwarteter Fehler: ${err.stack ?? err.message}`));
  process.on("unhandledRejection", (err) => void shutdown(1, `Unerwarteter Fehler: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  // Last resort if this process ends some other way: do not leave the services running. The lock stays, so
  // the next start finds them gone or stops them first.
  process.on("exit", () => {
    for (const s of services) if (s.child.pid && s.child.exitCode === null && s.child.signalCode === null) signalGroup(s.child.pid, "SIGTERM");
  });
}

/** Next.js reads .env.production.local, .env.local, .env.production and .env in production; so does this, first file wins. */
function loadEnvFiles() {
  const files = [".env.production.local", ".env.local", ".env.production", ".env"].map((f) => path.join(PROJECT_ROOT, f)).filter((f) => fs.existsSync(f));
  if (files.length) dotenv.config({ path: files, quiet: true });
}

function portMessage(port: number, state: "in-use" | "no-permission", command: string): string {
  return state === "in-use"
    ? `Port ${port} ist belegt – anderen Port mit PORT=${port === 65535 ? 3001 : port + 1} ${command} wählen.`
    : `Port ${port} darf dieser Benutzer nicht öffnen – einen Port ab 1024 wählen, z. B. PORT=3000 ${command}.`;
}

function busyMessage(owner: LockInfo, label: string): string {
  const since = owner.startedAt ? `, seit ${new Date(owner.startedAt).toLocaleString("de-DE")}` : "";
  const where = owner.port ? `, http://localhost:${owner.port}` : "";
  return (
    `Im Datenordner ${label}/ läuft bereits ein Start (PID ${owner.pid || "unbekannt"}${since}${where}). ` +
    `Erst diesen beenden (Strg+C), oder einen zweiten mit eigenem Ordner und Port starten: DATA_DIR=data2 PORT=3001 npm start`
  );
}

async function main() {
  const args = parseStartArgs(process.argv.slice(2));
  if ("error" in args) fail(args.error);
  loadEnvFiles();
  let env;
  try {
    env = parseEnv(process.env);
  } catch (err) {
    if (err instanceof EnvError) fail(err.message);
    throw err;
  }
  const plan = planStart(env, args, process.cwd());
  if ("errors" in plan) fail(plan.errors.join("\n"));
  process.chdir(PROJECT_ROOT); // migrations, the build and next start work relative to the project
  installSignalHandlers();
  for (const note of plan.notes) log(note);
  if (plan.mode === "production") await startProduction(plan);
  else await startEmbedded(plan);
}

async function startProduction(plan: StartPlan) {
  const build = buildState(PROJECT_ROOT);
  if (build.kind === "missing") fail("Kein Produktions-Build gefunden (.next/BUILD_ID fehlt): zuerst npm run build ausführen, dann npm run start:prod.");
  if (build.kind === "stale") log(`Hinweis: ${build.changedFile} ist neuer als der Produktions-Build; gegebenenfalls npm run build erneut ausführen.`);
  const port = await checkPort(plan.port);
  if (port !== "free") fail(portMessage(plan.port, port, "npm run start:prod"));
  log(`EfA-Wissen wird im Produktionsmodus gestartet …`);
  await runApp(plan, {
    databaseUrl: plan.database.kind === "external" ? plan.database.url : "",
    meili: plan.search.kind === "external" ? plan.search : undefined,
    nextauthSecret: plan.nextauthSecret ?? "",
  });
}

async function startEmbedded(plan: StartPlan) {
  const layout = dataLayout(plan.dataDir);
  const relative = path.relative(process.cwd(), plan.dataDir);
  const label = relative === "" ? "." : relative.startsWith("..") ? plan.dataDir : relative;
  try {
    fs.mkdirSync(layout.root, { recursive: true, mode: 0o700 }); // it holds the secrets and everyone's data
    fs.accessSync(layout.root, fs.constants.W_OK);
  } catch (err) {
    fail(`Datenordner ${label}/ ist nicht beschreibbar (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}) – DATA_DIR auf einen beschreibbaren Ordner setzen.`);
  }

  const locked = await DataDirLock.acquire(layout, identityOf(process.pid), log, plan.port);
  if (locked.kind === "busy") fail(busyMessage(locked.owner, label));
  lock = locked.lock;

  const version = inspectDataVersion(layout, { usesEmbeddedDatabase: plan.database.kind === "embedded", label });
  if (version.kind === "incompatible") fail(version.message);

  // The Meilisearch binary: checked before anything starts, so an index from another version stops the start
  // untouched; a missing or broken binary only costs the search (the app runs, health says "degraded").
  let meiliBin: MeiliBinary | undefined;
  let meiliVersion: string | undefined;
  let meiliProblem: string | undefined;
  if (plan.search.kind === "embedded") {
    try {
      meiliBin = resolveMeiliBinary(plan.search.bin);
      ensureExecutable(meiliBin);
      meiliVersion = await meiliBinaryVersion(meiliBin);
      const dbVersionFile = path.join(layout.meiliDir, "VERSION");
      const check = checkMeiliDataVersion({
        dbVersionText: fs.existsSync(dbVersionFile) ? fs.readFileSync(dbVersionFile, "utf8") : null,
        binaryVersion: meiliVersion,
        dbLabel: `${label}/meili`,
      });
      if (check.kind === "incompatible") fail(check.message);
    } catch (err) {
      meiliProblem = (err as Error).message;
    }
  }

  const port = await checkPort(plan.port);
  if (port !== "free") fail(portMessage(plan.port, port, "npm start"));
  if (version.kind === "fresh") writeDataVersion(layout); // before any service creates data in the folder

  log(`EfA-Wissen wird gestartet (Datenordner ${label}/) …`);
  const nextauthSecret = plan.nextauthSecret ?? readOrCreateSecret(layout.nextauthSecretFile).value;

  let databaseUrl: string;
  if (plan.database.kind === "embedded") {
    const pglite = await startPglite({ dataDir: layout.pgliteDir, logFile: path.join(layout.logDir, "pglite.log") }).catch((err: Error) =>
      shutdown(1, err.message),
    );
    services.push({ name: "PGlite", child: pglite.child, stop: pglite.stop });
    lock.recordChild("PGlite", pglite.identity);
    void pglite.exited.then(({ code, signal }) => {
      if (shutdownStartedAt === undefined) {
        void shutdown(1, `Fehler: Die eingebettete Datenbank (PGlite) wurde unerwartet beendet (${signal ?? `Code ${code}`}); alle Dienste werden gestoppt. Protokoll: ${label}/logs/pglite.log`);
      }
    });
    databaseUrl = pglite.url;
    log(`Datenbank: eingebettetes PostgreSQL (PGlite ${PGLITE_VERSION}, PostgreSQL ${PGLITE_POSTGRES_MAJOR}) auf Port ${pglite.port}, Daten in ${label}/pglite`);
  } else {
    databaseUrl = plan.database.url;
    log(`Datenbank: PostgreSQL unter ${redactUrl(databaseUrl)} (DATABASE_URL)`);
  }

  // undefined: no search; the app then runs without MEILI_URL and /api/health says "degraded"
  let meili: { url: string; masterKey: string } | undefined;
  if (plan.search.kind === "embedded") {
    const masterKey = readOrCreateSecret(layout.meiliKeyFile).value;
    if (meiliBin && !meiliProblem) {
      const logFile = path.join(layout.logDir, "meilisearch.log");
      try {
        const m = await startMeili({
          bin: meiliBin,
          dbPath: layout.meiliDir,
          dumpDir: layout.meiliDumpDir,
          snapshotDir: layout.meiliSnapshotDir,
          masterKey,
          logFile,
        });
        services.push({ name: "Meilisearch", child: m.child, stop: m.stop });
        lock.recordChild("Meilisearch", m.identity);
        void m.exited.then(({ code, signal }) => {
          if (shutdownStartedAt === undefined) {
            warn(`Meilisearch wurde unerwartet beendet (${signal ?? `Code ${code}`}); die Anwendung läuft ohne Suche weiter, /api/health meldet „degraded“. Ein Neustart (npm start) startet die Suche wieder. Protokoll: ${label}/logs/meilisearch.log`);
          }
        });
        meili = { url: m.url, masterKey };
        log(`Suche: Meilisearch ${meiliVersion} auf ${m.url}, Index in ${label}/meili`);
      } catch (err) {
        meiliProblem = (err as Error).message;
      }
    }
    if (meiliProblem) {
      warn(`Suche nicht verfügbar – Meilisearch ließ sich nicht starten: ${meiliProblem}`);
      warn("Die Anwendung startet trotzdem; /api/health meldet „degraded“. MEILI_BIN kann auf eine offizielle Meilisearch-Binärdatei zeigen.");
    }
  } else {
    meili = { url: plan.search.url, masterKey: plan.search.masterKey };
  }

  writeRuntimeInfo(layout.root, { pid: process.pid, databaseUrl, meiliUrl: meili?.url ?? null, appUrl: `http://localhost:${plan.port}` });
  runtimeDataDir = layout.root;
  await runApp(plan, { databaseUrl, meili, nextauthSecret, checkExternalMeili: plan.search.kind === "external" });
}

/** Migrations (and demo data), the production build if needed, then next start; returns once it answers. */
async function runApp(
  plan: StartPlan,
  opts: { databaseUrl: string; meili: { url: string; masterKey: string } | undefined; nextauthSecret: string; checkExternalMeili?: boolean },
) {
  if (plan.mode === "production") log(`Datenbank: PostgreSQL unter ${redactUrl(opts.databaseUrl)} (DATABASE_URL)`);
  if (opts.meili && (plan.mode === "production" || opts.checkExternalMeili)) {
    if (await isMeiliAvailable(opts.meili.url, 5_000)) log(`Suche: Meilisearch unter ${redactUrl(opts.meili.url)} (MEILI_URL)`);
    else warn(`Suche: Meilisearch unter ${redactUrl(opts.meili.url)} ist nicht erreichbar; die Anwendung startet trotzdem, /api/health meldet „degraded“.`);
  }

  // The app (lib/env.ts) and the demo loader read these from the environment; the Next.js child inherits them.
  Object.assign(process.env, {
    DATABASE_URL: opts.databaseUrl,
    NEXTAUTH_SECRET: opts.nextauthSecret,
    NEXTAUTH_URL: plan.nextauthUrl,
    PORT: String(plan.port),
  });
  if (opts.meili) Object.assign(process.env, { MEILI_URL: opts.meili.url, MEILI_MASTER_KEY: opts.meili.masterKey });
  else for (const name of ["MEILI_URL", "MEILI_MASTER_KEY"]) delete process.env[name];
  // No usage data leaves an administration's machine unasked.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";

  try {
    // loaded here, not at the top: the Prisma client is not needed for the checks that can refuse a start
    const { prepareDatabase } = await import("../lib/system/prepare-database");
    await prepareDatabase({ databaseUrl: opts.databaseUrl, log, loadDemo: plan.loadDemo }); // it reports what it did
  } catch (err) {
    await shutdown(1, `Fehler: Die Datenbank ließ sich nicht vorbereiten: ${err instanceof Error ? err.message : String(err)}`);
  }

  // The outbox is drained from now on; without Meilisearch the rows wait for a start with search.
  if (opts.meili) startSearchWorker();
  else warn("Suche: Ohne Meilisearch läuft kein Such-Worker; Änderungen warten in der Such-Outbox, bis die Suche läuft.");

  const build = buildState(PROJECT_ROOT);
  if (build.kind === "missing" && plan.build === "existing-only") {
    await shutdown(1, "Kein Produktions-Build gefunden (.next/BUILD_ID fehlt): zuerst npm run build ausführen.");
  }
  if (build.kind !== "fresh" && plan.build === "when-stale") {
    log(
      build.kind === "missing"
        ? "Erster Start: Der Produktions-Build wird erstellt (einmalig, dauert etwa eine Minute) …"
        : `${build.changedFile} ist neuer als der Produktions-Build: Er wird neu erstellt (dauert etwa eine Minute) …`,
    );
    const started = Date.now();
    const child = spawn(process.execPath, [nextCli(), "build"], { cwd: PROJECT_ROOT, env: process.env, stdio: ["ignore", "inherit", "inherit"], detached: true });
    services.push({ name: "Build", child, stop: async () => void (await stopChild(child, "SIGTERM", 10_000)) });
    const { code, signal } = await exitOf(child);
    if (code !== 0) await shutdown(1, `Fehler: Der Produktions-Build ist fehlgeschlagen (${signal ?? `Code ${code}`}, Meldungen oben).`);
    log(`Produktions-Build fertig nach ${Math.round((Date.now() - started) / 1000)} s.`);
  }

  // The port was free at the start; the build may have taken a minute.
  const portState = await checkPort(plan.port);
  if (portState !== "free") await shutdown(1, portMessage(plan.port, portState, plan.mode === "production" ? "npm run start:prod" : "npm start"));

  const next = spawn(process.execPath, [nextCli(), "start", "-p", String(plan.port), "-H", plan.host], {
    cwd: PROJECT_ROOT,
    env: process.env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true, // own process group: Ctrl-C reaches only this script, which stops Next.js first
  });
  services.push({
    name: "Next.js",
    child: next,
    stop: async () => {
      if (!(await stopChild(next, "SIGTERM", 10_000))) warn("Next.js reagierte nicht in 10 s und wurde hart beendet.");
    },
  });
  lock?.recordChild("Next.js", identityOf(next.pid ?? 0));
  let nextExit: string | undefined;
  void exitOf(next).then(({ code, signal }) => {
    nextExit = signal ?? `Code ${code}`;
    if (shutdownStartedAt === undefined) void shutdown(1, `Fehler: Der Webserver (Next.js) wurde unerwartet beendet (${nextExit}); alle Dienste werden gestoppt.`);
  });

  const healthUrl = `http://127.0.0.1:${plan.port}/api/health`;
  const health = await waitUntil(
    async () => {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(10_000) });
      return { status: res.status, body: (await res.text()).slice(0, 2000) };
    },
    { timeoutMs: 60_000, intervalMs: 250, abort: () => (nextExit ? `Next.js beendet (${nextExit})` : undefined) },
  ).catch((err: Error) => shutdown(1, `Fehler: Der Webserver antwortet nicht: ${err.message}`));
  reportHealth(health, plan.port);
  log(`Bereit: http://localhost:${plan.port}  (Beenden mit Strg+C)`);
}

const MAX_WORKER_RESTARTS = 5;

/**
 * The search worker as its own child process (own process group, like the other services), with the
 * environment runApp prepared (DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY). Restarted after 5 s if it dies;
 * whatever it had claimed is taken up again after its lease.
 */
function startSearchWorker(restarts = 0): void {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const child = spawn(process.execPath, ["--import", tsxLoader, path.join(PROJECT_ROOT, "scripts/search-worker.ts")], {
    cwd: PROJECT_ROOT,
    env: process.env,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true,
  });
  const service: RunningService = {
    name: "Such-Worker",
    child,
    stop: async () => {
      if (!(await stopChild(child, "SIGTERM", 10_000))) warn("Der Such-Worker reagierte nicht in 10 s und wurde hart beendet; seine Einträge übernimmt der nächste Start.");
    },
  };
  services.push(service);
  lock?.recordChild("Such-Worker", identityOf(child.pid ?? 0));
  void exitOf(child).then(({ code, signal }) => {
    if (shutdownStartedAt !== undefined) return;
    services.splice(services.indexOf(service), 1);
    if (restarts >= MAX_WORKER_RESTARTS) {
      warn(`Der Such-Worker wurde wiederholt beendet (${signal ?? `Code ${code}`}); Änderungen erreichen die Suche erst nach einem Neustart (npm start). /api/health zeigt die wartenden Einträge.`);
      return;
    }
    warn(`Der Such-Worker wurde unerwartet beendet (${signal ?? `Code ${code}`}); er wird in 5 s neu gestartet.`);
    setTimeout(() => {
      if (shutdownStartedAt === undefined) startSearchWorker(restarts + 1);
    }, 5_000);
  });
}

/** One line about /api/health when it is not simply "ok" (200). */
function reportHealth(health: { status: number; body: string }, port: number) {
  if (health.status !== 503) return; // 200: all well; anything else: no health endpoint to ask
  let parts = "";
  try {
    const body = JSON.parse(health.body) as Record<string, unknown>;
    const names: Record<string, string> = { database: "Datenbank", search: "Suche" };
    parts = Object.entries(names)
      .map(([key, name]) => {
        const c = body[key] as { ok?: unknown; error?: unknown } | undefined;
        return c && c.ok !== true ? `${name}: ${typeof c.error === "string" ? c.error : "gestört"}` : "";
      })
      .filter(Boolean)
      .join("; ");
  } catch {
    // not JSON; the status code says enough
  }
  warn(`Zustand eingeschränkt${parts ? ` (${parts})` : ""} – Details unter http://localhost:${port}/status`);
}

main().catch((err: unknown) => shutdown(1, `Fehler beim Start: ${err instanceof Error ? err.message : String(err)}`));

