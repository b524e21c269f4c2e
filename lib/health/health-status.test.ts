import { describe, expect, it } from "vitest";
import { deriveStatus, isOutboxDelayed, isTimeout, OUTBOX_DELAY_LIMIT_SECONDS, TimeoutError, withTimeout } from "./health-status";

describe("deriveStatus", () => {
  it("is down without the database, whatever search says", () => {
    expect(deriveStatus({ ok: false }, { ok: true })).toBe("down");
    expect(deriveStatus({ ok: false }, { ok: false })).toBe("down");
  });
  it("is degraded when only search is down", () => {
    expect(deriveStatus({ ok: true }, { ok: false })).toBe("degraded");
  });
  it("is ok when both answer", () => {
    expect(deriveStatus({ ok: true, latencyMs: 3 }, { ok: true, latencyMs: 5 })).toBe("ok");
  });
  it("is degraded when the oldest pending outbox entry waits longer than 5 minutes", () => {
    expect(OUTBOX_DELAY_LIMIT_SECONDS).toBe(300);
    expect(deriveStatus({ ok: true }, { ok: true }, { oldestAgeSeconds: 301 })).toBe("degraded");
    expect(deriveStatus({ ok: true }, { ok: true }, { oldestAgeSeconds: 300 })).toBe("ok");
    expect(deriveStatus({ ok: true }, { ok: true }, { oldestAgeSeconds: null })).toBe("ok");
    expect(deriveStatus({ ok: true }, { ok: true }, null)).toBe("ok");
    expect(deriveStatus({ ok: false }, { ok: true }, { oldestAgeSeconds: 9999 })).toBe("down");
  });
});

describe("isOutboxDelayed", () => {
  it("only counts a waiting entry older than the limit", () => {
    expect(isOutboxDelayed({ oldestAgeSeconds: 301 })).toBe(true);
    expect(isOutboxDelayed({ oldestAgeSeconds: 299 })).toBe(false);
    expect(isOutboxDelayed({ oldestAgeSeconds: null })).toBe(false);
    expect(isOutboxDelayed(null)).toBe(false);
  });
});

describe("withTimeout", () => {
  it("returns the result of fast work", async () => {
    await expect(withTimeout(Promise.resolve(42), 50)).resolves.toBe(42);
  });
  it("rejects with TimeoutError when the work takes too long", async () => {
    const slow = new Promise((resolve) => setTimeout(resolve, 200));
    const error = await withTimeout(slow, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeout(error)).toBe(true);
  });
  it("passes on the work's own error", async () => {
    await expect(withTimeout(Promise.reject(new Error("kaputt")), 50)).rejects.toThrow("kaputt");
  });
});
