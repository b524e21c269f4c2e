import { describe, expect, it } from "vitest";
import { deriveStatus, isTimeout, TimeoutError, withTimeout } from "./health-status";

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
