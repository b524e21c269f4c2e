import http from "node:http";
import https from "node:https";
import { Meilisearch, MeilisearchApiError, MeilisearchError, MeilisearchRequestError, type RecordAny, type SearchParams, type SearchResponse, type Task } from "meilisearch";
import { env } from "../env";
import { AppError } from "../errors";

/**
 * Where the search index lives: a Meilisearch client and the prefix of every index name. Passed explicitly so
 * the worker, the reindex command, the bench and each integration test file can use their own indexes.
 */
export interface SearchContext {
  client: Meilisearch;
  indexPrefix: string;
  /** One search request (POST /indexes/{uid}/search), as the client's `index(uid).search` but faster: see searchRequester. */
  search: <T extends RecordAny = RecordAny>(indexUid: string, params: SearchParams & { q: string }) => Promise<SearchResponse<T>>;
}

/** How long one request to Meilisearch may take. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** How long one Meilisearch task may take before the caller treats it as failed (and retries later). */
export const TASK_TIMEOUT_MS = 60_000;

export function createSearchContext(opts: { url: string; masterKey: string; indexPrefix: string }): SearchContext {
  return {
    client: new Meilisearch({ host: opts.url, apiKey: opts.masterKey, timeout: REQUEST_TIMEOUT_MS, defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 50 } }),
    indexPrefix: opts.indexPrefix,
    search: searchRequester(opts.url, opts.masterKey),
  };
}

/**
 * Search requests over kept-alive node:http connections. The agent's search sends one to four of them per
 * keystroke; the client's fetch (undici, and inside Next.js a patched fetch) measured about 1 ms more per
 * request at the median and 2 ms at p95 (docs/search.md). Errors are the client's own: MeilisearchApiError
 * with the response and Meilisearch's error body, MeilisearchRequestError when no answer came.
 */
function searchRequester(host: string, apiKey: string): SearchContext["search"] {
  const base = new URL(host.endsWith("/") ? host : `${host}/`);
  const transport = base.protocol === "https:" ? https : http;
  const agent = new transport.Agent({ keepAlive: true });
  return (indexUid, params) => {
    const url = new URL(`indexes/${encodeURIComponent(indexUid)}/search`, base);
    const body = JSON.stringify(params);
    return new Promise((resolve, reject) => {
      const failed = (e: unknown) => reject(e instanceof MeilisearchError ? e : new MeilisearchRequestError(url.toString(), e));
      const req = transport.request(
        url,
        { method: "POST", agent, timeout: REQUEST_TIMEOUT_MS, headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), Authorization: `Bearer ${apiKey}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", failed);
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown;
            try {
              parsed = text === "" ? undefined : JSON.parse(text);
            } catch (e) {
              return failed(e);
            }
            const status = res.statusCode ?? 500;
            if (status >= 200 && status < 300) return resolve(parsed as SearchResponse<never>);
            reject(new MeilisearchApiError(new Response(text, { status, statusText: res.statusMessage }), parsed as never));
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error(`Keine Antwort von Meilisearch nach ${REQUEST_TIMEOUT_MS} ms`)));
      req.on("error", failed);
      req.end(body);
    });
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
