import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, THROTTLE_LOCK_MS, THROTTLE_WINDOW_MS } from "./throttle";

describe("sign-in throttle", () => {
  const t0 = new Date("2026-11-23T08:00:00Z");
  it("locks after the maximum of failures within the window", () => {
    let s = afterFailure(null, t0, 3);
    s = afterFailure(s, new Date(t0.getTime() + 1000), 3);
    expect(isLocked(s, t0)).toBe(false);
    s = afterFailure(s, new Date(t0.getTime() + 2000), 3);
    expect(s.failures).toBe(3);
    expect(isLocked(s, new Date(t0.getTime() + 3000))).toBe(true);
    expect(isLocked(s, new Date(t0.getTime() + 2000 + THROTTLE_LOCK_MS + 1))).toBe(false);
  });
  it("starts a new window when the old one has passed", () => {
    const s = afterFailure({ failures: 2, windowStart: t0, lockedUntil: null }, new Date(t0.getTime() + THROTTLE_WINDOW_MS + 1), 3);
    expect(s).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
