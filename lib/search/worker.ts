import type { Db } from "../db-client";
import { describeError, isSearchAvailable, type SearchContext } from "./meili";
import { familyIdOf } from "./index-article";
import { reconcileIndex } from "./reindex";
import { indexNames } from "./settings";
import { applyChanges, collectFamilyChanges, pushSynonyms } from "./write-documents";

/**
 * The search worker (STYLE.md rules 6 and 7): drains the search outbox into Meilisearch. It claims pending
 * rows (FOR UPDATE SKIP LOCKED, so two workers never take the same row) with a lease, re-reads the database,
 * writes the documents, waits until Meilisearch's task succeeded and only then marks the rows DONE. A failure
 * leaves the rows PENDING with a later nextAttemptAt (backoff) and the error; nothing is ever dropped.
 */

export interface ClaimedRow {
  id: bigint;
  entityType: string;
  entityId: string;
  attempts: number;
}

/** How long a claimed row stays with its worker; after that another worker may take it (the first one died). */
export const LEASE_MS = 120_000;
export const BATCH_SIZE = 100;

/** Delay before the next try after `attempts` failed tries: 1 s, 2 s, 4 s, … at most 30 s (pure). */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, Math.min(attempts - 1, 10)));
}

/** Takes up to `limit` due rows for this worker: attempts + 1 and a lease as nextAttemptAt. */
export async function claimRows(client: Db, limit = BATCH_SIZE, now: Date = new Date()): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return client.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: bigint }[]>`
      SELECT "id" FROM "SearchOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "id" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (!due.length) return [];
    const ids = due.map((r) => r.id);
    await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, nextAttemptAt: leaseUntil } });
    return tx.searchOutbox.findMany({ where: { id: { in: ids } }, select: { id: true, entityType: true, entityId: true, attempts: true }, orderBy: { id: "asc" } });
  });
}

async function markDone(client: Db, rows: readonly ClaimedRow[]): Promise<void> {
  if (!rows.length) return;
  await client.searchOutbox.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "DONE", processedAt: new Date(), lastError: null } });
}

async function markFailed(client: Db, rows: readonly ClaimedRow[], error: unknown): Promise<void> {
  const lastError = describeError(error);
  for (const r of rows) {
    await client.searchOutbox.update({ where: { id: r.id }, data: { lastError, nextAttemptAt: new Date(Date.now() + retryDelayMs(r.attempts)) } });
  }
}

export interface DrainResult {
  claimed: number;
  done: number;
  failed: number;
}

/** One pass: claims a batch, indexes it, marks it. Returns what happened (claimed 0 = nothing due). */
export async function drainOnce(ctx: SearchContext, client: Db, options: { limit?: number; log?: (line: string) => void } = {}): Promise<DrainResult> {
  const rows = await claimRows(client, options.limit ?? BATCH_SIZE);
  if (!rows.length) return { claimed: 0, done: 0, failed: 0 };
  const names = indexNames(ctx.indexPrefix);
  const done: ClaimedRow[] = [];
  const failed: { rows: ClaimedRow[]; error: unknown }[] = [];

  const synonymRows = rows.filter((r) => r.entityType === "synonyms");
  const articleRows = rows.filter((r) => r.entityType === "article");
  const unknownRows = rows.filter((r) => r.entityType !== "synonyms" && r.entityType !== "article");
  // rows of a kind this version does not know stay visible as failures instead of silently disappearing
  if (unknownRows.length) failed.push({ rows: unknownRows, error: new Error(`unknown entityType ${unknownRows.map((r) => r.entityType).join(", ")}`) });

  if (synonymRows.length) {
    try {
      await pushSynonyms(ctx, client, names.articles);
      done.push(...synonymRows);
    } catch (e) {
      failed.push({ rows: synonymRows, error: e });
    }
  }

  if (articleRows.length) {
    // Map rows to families; an article that no longer exists becomes a deletion of its document.
    const families = new Map<string, ClaimedRow[]>();
    const orphans: ClaimedRow[] = [];
    for (const r of articleRows) {
      const familyId = await familyIdOf(client, r.entityId);
      if (familyId) families.set(familyId, [...(families.get(familyId) ?? []), r]);
      else orphans.push(r);
    }
    const ready: ClaimedRow[] = [...orphans];
    const changes = { upserts: [] as Awaited<ReturnType<typeof collectFamilyChanges>>["upserts"], deletes: orphans.map((r) => r.entityId) };
    for (const [familyId, familyRows] of families) {
      try {
        const c = await collectFamilyChanges(client, [familyId]);
        changes.upserts.push(...c.upserts);
        changes.deletes.push(...c.deletes);
        ready.push(...familyRows);
      } catch (e) {
        // one broken family must not hold up the others
        failed.push({ rows: familyRows, error: e });
      }
    }
    if (ready.length) {
      try {
        await applyChanges(ctx, names.articles, changes);
        done.push(...ready);
      } catch (e) {
        failed.push({ rows: ready, error: e });
      }
    }
  }

  await markDone(client, done);
  for (const f of failed) {
    await markFailed(client, f.rows, f.error);
    options.log?.(`Suchindex: ${f.rows.length} Eintrag/Einträge nicht übernommen, neuer Versuch folgt (${describeError(f.error)})`);
  }
  return { claimed: rows.length, done: done.length, failed: failed.reduce((n, f) => n + f.rows.length, 0) };
}

/** After an outage: rows that waited for Meilisearch are due at once instead of after their backoff. */
export async function resumeWaitingRows(client: Db): Promise<number> {
  const now = new Date();
  const { count } = await client.searchOutbox.updateMany({
    where: { status: "PENDING", lastError: { not: null }, nextAttemptAt: { gt: now } },
    data: { nextAttemptAt: now },
  });
  return count;
}

/** Waits `ms`, or less when `signal` aborts (the listener goes with the wait). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export interface WorkerOptions {
  signal: AbortSignal;
  log?: (line: string) => void;
  /** pause when nothing is due (default 250 ms: a published change waits on average 125 ms for the next look) */
  idleMs?: number;
  /** pause while Meilisearch is unreachable */
  outageMs?: number;
}

/**
 * Runs until `signal` aborts: reconciles the index (settings, version, rebuild if needed), then drains the
 * outbox. While Meilisearch is down it claims nothing (the outbox grows); when it is back it reconciles again
 * (it may have come back empty) and makes the waiting rows due.
 */
export async function runSearchWorker(ctx: SearchContext, client: Db, options: WorkerOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const idleMs = options.idleMs ?? 250;
  const outageMs = options.outageMs ?? 2000;
  let isReconciled = false;
  let wasDown = false;
  while (!options.signal.aborted) {
    try {
      if (!(await isSearchAvailable(ctx))) {
        if (!wasDown) log("Suchindex: Meilisearch ist nicht erreichbar; Änderungen warten in der Outbox.");
        wasDown = true;
        isReconciled = false;
        await sleep(outageMs, options.signal);
        continue;
      }
      if (!isReconciled) {
        const outcome = await reconcileIndex(ctx, client, { log, signal: options.signal });
        isReconciled = true;
        if (wasDown) {
          const resumed = await resumeWaitingRows(client);
          log(`Suchindex: Meilisearch ist wieder erreichbar${outcome === "rebuilt" ? ", Index neu aufgebaut" : ""}; ${resumed} wartende Einträge werden übernommen.`);
        }
        wasDown = false;
      }
      const result = await drainOnce(ctx, client, { log });
      if (result.claimed === 0 || result.failed > 0) await sleep(idleMs, options.signal);
    } catch (e) {
      if (options.signal.aborted) break; // stopped during a rebuild: the live index stays, the next start builds again
      // e.g. the database briefly unreachable: log, wait, go on; the rows stay PENDING
      log(`Suchindex: Fehler im Worker, neuer Versuch folgt (${describeError(e)})`);
      await sleep(outageMs, options.signal);
    }
  }
}
