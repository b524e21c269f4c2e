/** Pure parts of the health check, kept apart from I/O so they can be unit-tested. */

export type HealthStatus = "ok" | "degraded" | "down";

export interface ComponentHealth {
  ok: boolean;
  latencyMs?: number;
  /** Generic German text for people; details go to the server log only. */
  error?: string;
}

/** The database is the source of truth: without it nothing works; without search, agents lose search only. */
export function deriveStatus(database: ComponentHealth, search: ComponentHealth): HealthStatus {
  if (!database.ok) return "down";
  if (!search.ok) return "degraded";
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
