import { db } from "../db";

/**
 * Rate limiting of failed sign-ins, stored in the database so it holds across processes and restarts.
 * Per e-mail address: 5 failures within 15 minutes lock it for 15 minutes; per client address: 30.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 30;

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/** Whether a key is locked at `now`. */
export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil > now);
}

/** The state after one more failure at `now` (pure; the window restarts when it has passed). */
export function afterFailure(state: ThrottleState | null, now: Date, maxFailures: number): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() > THROTTLE_WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const lockedUntil = failures >= maxFailures ? new Date(now.getTime() + THROTTLE_LOCK_MS) : null;
  return { failures, windowStart, lockedUntil };
}

export interface ThrottleKeys {
  account: string;
  client?: string;
}

function keyList(keys: ThrottleKeys): { key: string; max: number }[] {
  const list = [{ key: `account:${keys.account.toLowerCase()}`, max: MAX_FAILURES_PER_ACCOUNT }];
  if (keys.client) list.push({ key: `client:${keys.client}`, max: MAX_FAILURES_PER_CLIENT });
  return list;
}

/** True when any of the keys is locked now. */
export async function isThrottled(keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keyList(keys).map((k) => k.key) } } });
  return rows.some((r) => isLocked(r, now));
}

/** Counts a failed sign-in against every key. */
export async function recordFailure(keys: ThrottleKeys, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const { key, max } of keyList(keys)) {
      const current = await tx.loginThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, now, max);
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

/** A successful sign-in clears the account's failures (not the client's). */
export async function clearFailures(account: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: `account:${account.toLowerCase()}` } });
}
