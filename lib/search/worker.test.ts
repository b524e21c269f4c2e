import { describe, expect, it } from "vitest";
import { LEASE_MS, retryDelayMs } from "./worker";
import { TASK_TIMEOUT_MS } from "./meili";

describe("retry backoff of the search worker", () => {
  it("doubles from one second up to 30 seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(retryDelayMs(0)).toBe(1000);
  });

  it("a claimed row's lease outlasts the longest wait for a Meilisearch task", () => {
    expect(LEASE_MS).toBeGreaterThan(TASK_TIMEOUT_MS);
  });
});
