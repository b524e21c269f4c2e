/**
 * The search worker: drains the search outbox into Meilisearch (lib/search/worker.ts) until SIGTERM/SIGINT.
 *   npm run search:worker      on its own (DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY; without them, the
 *                              services of a running `npm start` in this folder)
 * `npm start` runs it as a child process next to the app and stops it before the database on shutdown.
 * Several workers may run at once: each claims its own rows.
 */
import "dotenv/config";
import { disconnectDb, useDatabase } from "../lib/db";
import { EnvError, parseEnv } from "../lib/env";
import { scriptSearchContext } from "../lib/search/script-context";
import { runSearchWorker } from "../lib/search/worker";
import { readRuntimeInfo } from "../lib/system/runtime-file";

const log = (line: string) => console.log(`[Suche] ${line}`);
/** how long a stop waits for the current step to finish (npm start waits 10 s before it kills) */
const STOP_GRACE_MS = 5_000;

function fail(message: string): never {
  console.error(`[Suche] ${message}`);
  process.exit(1);
}

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (e) {
    if (e instanceof EnvError) fail(e.message);
    throw e;
  }
  const runtime = readRuntimeInfo(env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL ?? runtime?.databaseUrl;
  if (!databaseUrl) fail("Keine Datenbank: DATABASE_URL setzen oder das System in diesem Ordner mit npm start starten.");
  const ctx = scriptSearchContext(env);
  if (!ctx) fail("Keine Suchmaschine: MEILI_URL und MEILI_MASTER_KEY setzen oder das System in diesem Ordner mit npm start starten.");

  const client = useDatabase(databaseUrl);
  const stop = new AbortController();
  const requestStop = () => {
    if (stop.signal.aborted) return;
    stop.abort();
    // A Meilisearch task or a query in flight may take longer than whoever stops us waits. Nothing is lost by
    // leaving then: claimed rows go back to the queue after their lease, a half-built index is removed by the
    // next rebuild.
    setTimeout(() => {
      log("Worker beendet, ohne auf die laufende Aufgabe zu warten.");
      process.exit(0);
    }, STOP_GRACE_MS).unref();
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, requestStop);
  // started by npm start with an IPC channel: end with the parent even if it could not stop us
  process.on("disconnect", requestStop);

  log(`Worker gestartet (Indexpräfix "${env.MEILI_INDEX_PREFIX}").`);
  await runSearchWorker(ctx, client, { signal: stop.signal, log });
  await disconnectDb();
  log("Worker beendet.");
}

main().then(
  () => process.exit(0),
  (e: unknown) => fail(`Worker abgebrochen: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
);
