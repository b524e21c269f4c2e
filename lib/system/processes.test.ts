import { describe, expect, it } from "vitest";
import { identityOf, isStillRunning, parseProcStatStartTime, waitUntil } from "./processes";

describe("parseProcStatStartTime", () => {
  const fields = (comm: string) => `4242 (${comm}) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10`;
  it("reads field 22", () => {
    expect(parseProcStatStartTime(fields("node"))).toBe("987654");
  });
  it("copes with spaces and parentheses in the command name", () => {
    expect(parseProcStatStartTime(fields("next-server (v16.4.5)"))).toBe("987654");
  });
  it("gives undefined for anything else", () => {
    expect(parseProcStatStartTime("")).toBeUndefined();
    expect(parseProcStatStartTime("1 (x) S")).toBeUndefined();
  });
});

describe("isStillRunning", () => {
  it("knows this process, and not this pid with another start time", () => {
    const me = identityOf(process.pid);
    expect(isStillRunning(me)).toBe(true);
    if (me.startTime !== undefined) expect(isStillRunning({ pid: process.pid, startTime: `${me.startTime}1` })).toBe(false);
  });
});

describe("waitUntil", () => {
  it("returns the first defined value", async () => {
    let n = 0;
    await expect(waitUntil(async () => (++n >= 3 ? n : undefined), { timeoutMs: 1000, intervalMs: 1 })).resolves.toBe(3);
  });
  it("stops early with the abort reason", async () => {
    await expect(waitUntil(async () => undefined, { timeoutMs: 1000, abort: () => "weg" })).rejects.toThrow("weg");
  });
  it("times out with a German message", async () => {
    await expect(waitUntil(async () => undefined, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(/Zeitüberschreitung/);
  });
});
