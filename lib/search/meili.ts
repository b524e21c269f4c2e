import { Meilisearch, type Task } from "meilisearch";
import { env } from "../env";
import { AppError } from "../errors";

/**
 * Where the search index lives: a Meilisearch client and the prefix of every index name. Passed explicitly so
 * the worker, the reindex command, the bench and each integration test file can use their own indexes.
 */
export interface SearchContext {
  client: Meilisearch;
  indexPrefix: string;
}

/** How long one Meilisearch task may take before the caller treats it as failed (and retries later). */
export const TASK_TIMEOUT_MS = 60_000;

export function createSearchContext(opts: { url: string; masterKey: string; indexPrefix: string }): SearchContext {
  return {
    client: new Meilisearch({ host: opts.url, apiKey: opts.masterKey, timeout: 15_000, defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 50 } }),
    indexPrefix: opts.indexPrefix,
  };
}

let cached: SearchContext | undefined;

/** The search context of this process from the environment (MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX). */
export function searchContext(): SearchContext {
  if (cached) return cached;
  const e = env();
  if (!e.MEILI_URL || !e.MEILI_MASTER_KEY) throw new AppError("UNAVAILABLE", "Die Suche ist nicht eingerichtet (MEILI_URL fehlt). Bitte den Betrieb informieren.");
  cached = createSearchContext({ url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY, indexPrefix: e.MEILI_INDEX_PREFIX });
  return cached;
}

export class SearchTaskError extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch-Aufgabe ${task.uid} (${task.type}) endete mit ${task.status}: ${task.error?.message ?? "ohne Meldung"}`);
    this.name = "SearchTaskError";
  }
}

/** Waits for an enqueued Meilisearch task and throws unless it succeeded (waitTask alone also resolves on failure). */
export async function succeeded(enqueued: { waitTask: () => Promise<Task> }): Promise<Task> {
  const task = await enqueued.waitTask();
  if (task.status !== "succeeded") throw new SearchTaskError(task);
  return task;
}

/** Whether Meilisearch answers /health (never throws). */
export async function isSearchAvailable(ctx: SearchContext): Promise<boolean> {
  try {
    return await ctx.client.isHealthy();
  } catch {
    return false;
  }
}

/** A short technical description of an error, for the outbox's lastError and the logs. */
export function describeError(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.slice(0, 1000);
}
