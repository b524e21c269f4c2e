import packageJson from "../../package.json";
import { db } from "../db";
import { env } from "../env";
import { getOutboxBacklog, type OutboxBacklog } from "./get-outbox-backlog";
import { deriveStatus, isTimeout, withTimeout, type ComponentHealth, type HealthStatus } from "./health-status";

export type { ComponentHealth, HealthStatus, OutboxBacklog };

export interface HealthReport {
  status: HealthStatus;
  version: string;
  checkedAt: string;
  database: ComponentHealth;
  search: ComponentHealth;
  /** null when the database could not be asked. */
  outbox: OutboxBacklog | null;
}

const TIMEOUT_MS = 2000;

/**
 * Checks database, search engine and search outbox; never throws, failures become part of the report. Degraded when
 * search is unreachable or the oldest pending outbox entry waits longer than 5 minutes (OUTBOX_DELAY_LIMIT_SECONDS).
 */
export async function checkHealth(): Promise<HealthReport> {
  const [database, search] = await Promise.all([checkDatabase(), checkSearch()]);
  const outbox = database.ok ? await readOutbox() : null;
  return {
    status: deriveStatus(database, search, outbox),
    version: packageJson.version,
    checkedAt: new Date().toISOString(),
    database,
    search,
    outbox,
  };
}

async function checkDatabase(): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await withTimeout(
      (async () => {
        await db().$queryRaw`SELECT 1`;
      })(),
      TIMEOUT_MS,
    );
    return { ok: true, latencyMs: elapsed(started) };
  } catch (e) {
    logFailure("Datenbank", e);
    return {
      ok: false,
      error: isTimeout(e) ? "Die Datenbank antwortet nicht rechtzeitig." : "Die Datenbank ist nicht erreichbar.",
    };
  }
}

async function checkSearch(): Promise<ComponentHealth> {
  let baseUrl: string | undefined;
  try {
    baseUrl = env().MEILI_URL;
  } catch (e) {
    logFailure("Suchmaschine (Konfiguration)", e);
  }
  if (!baseUrl) return { ok: false, error: "Die Suchmaschine ist nicht eingerichtet." };

  const started = performance.now();
  try {
    const res = await fetch(`${baseUrl.replace(/\/+$/, "")}/health`, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
    if (!res.ok) {
      logFailure("Suchmaschine", new Error(`HTTP ${res.status}`));
      return { ok: false, error: "Die Suchmaschine meldet einen Fehler." };
    }
    return { ok: true, latencyMs: elapsed(started) };
  } catch (e) {
    logFailure("Suchmaschine", e);
    return {
      ok: false,
      error: isTimeout(e) ? "Die Suchmaschine antwortet nicht rechtzeitig." : "Die Suchmaschine ist nicht erreichbar.",
    };
  }
}

async function readOutbox(): Promise<OutboxBacklog | null> {
  try {
    return await withTimeout(getOutboxBacklog(), TIMEOUT_MS);
  } catch (e) {
    logFailure("Such-Warteschlange", e);
    return null;
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

// Details are for operators in the server log, never for the page or the JSON answer.
function logFailure(what: string, e: unknown): void {
  console.warn(`[health] ${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
}
