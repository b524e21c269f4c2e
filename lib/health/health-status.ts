/** Pure parts of the health check, kept apart from I/O so they can be unit-tested. */

export type HealthStatus = "ok" | "degraded" | "down";

export interface ComponentHealth {
  ok: boolean;
  latencyMs?: number;
  /** Generic German text for people; details go to the server log only. */
  error?: string;
}

/** Pending search work older than this means published changes reach the search noticeably late (issue 6). */
export const OUTBOX_DELAY_LIMIT_SECONDS = 5 * 60;

/** Whether the oldest pending search-outbox entry has waited longer than OUTBOX_DELAY_LIMIT_SECONDS. */
export function isOutboxDelayed(outbox: { oldestAgeSeconds: number | null } | null | undefined): boolean {
  return outbox?.oldestAgeSeconds != null && outbox.oldestAgeSeconds > OUTBOX_DELAY_LIMIT_SECONDS;
}

/**
 * The database is the source of truth: without it nothing works. Without search, agents lose search only; when
 * the search outbox lags (oldest pending entry older than 5 minutes), agents find outdated answers: both degrade.
 */
export function deriveStatus(database: ComponentHealth, search: ComponentHealth, outbox?: { oldestAgeSeconds: number | null } | null): HealthStatus {
  if (!database.ok) return "down";
  if (!search.ok || isOutboxDelayed(outbox)) return "degraded";
  return "ok";
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`Zeitüberschreitung nach ${ms} ms`);
    this.name = "TimeoutError";
  }
}

/** Rejects with TimeoutError when `work` has not settled within `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True for the abort/timeout errors of fetch with AbortSignal.timeout and for TimeoutError. */
export function isTimeout(e: unknown): boolean {
  return e instanceof TimeoutError || (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError"));
}
