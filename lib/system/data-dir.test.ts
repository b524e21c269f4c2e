import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkDataVersion, DATA_FORMAT, DataDirLock, dataLayout, decideLock, inspectDataVersion, parseLock, PGLITE_POSTGRES_MAJOR, writeDataVersion } from "./data-dir";
import { identityOf } from "./processes";

const base = {
  versionFileText: null,
  hasPgliteData: false,
  hasMeiliData: false,
  pgliteMajorText: null,
  usesEmbeddedDatabase: true,
  label: "data",
};

describe("checkDataVersion", () => {
  it("treats an empty folder as fresh", () => {
    expect(checkDataVersion(base)).toEqual({ kind: "fresh" });
  });
  it("accepts its own format with the matching PostgreSQL major version", () => {
    expect(checkDataVersion({ ...base, versionFileText: JSON.stringify({ format: DATA_FORMAT }), hasPgliteData: true, pgliteMajorText: `${PGLITE_POSTGRES_MAJOR}\n` })).toEqual({ kind: "ok" });
  });
  it("refuses data without VERSION, naming the file", () => {
    const r = checkDataVersion({ ...base, hasPgliteData: true, pgliteMajorText: "18" });
    expect(r.kind).toBe("incompatible");
    expect(r.kind === "incompatible" && r.message).toMatch(/data\/VERSION fehlt.*nichts verändert/);
  });
  it("refuses a newer data format", () => {
    const r = checkDataVersion({ ...base, versionFileText: JSON.stringify({ format: DATA_FORMAT + 1 }) });
    expect(r.kind === "incompatible" && r.message).toMatch(/neueren Version.*Datenformat 2/);
  });
  it("refuses an older data format", () => {
    const r = checkDataVersion({ ...base, versionFileText: JSON.stringify({ format: DATA_FORMAT - 1 }) });
    expect(r.kind === "incompatible" && r.message).toMatch(/älteren? Datenformat 0/);
  });
  it("refuses an unreadable VERSION", () => {
    expect(checkDataVersion({ ...base, versionFileText: "kaputt" }).kind).toBe("incompatible");
    expect(checkDataVersion({ ...base, versionFileText: '{"format":"1"}' }).kind).toBe("incompatible");
  });
  it("refuses a PGlite folder of another PostgreSQL major version, naming both versions", () => {
    const r = checkDataVersion({ ...base, versionFileText: JSON.stringify({ format: DATA_FORMAT }), hasPgliteData: true, pgliteMajorText: "17" });
    expect(r.kind === "incompatible" && r.message).toMatch(/PostgreSQL 17 angelegt; diese Version nutzt PostgreSQL 18/);
  });
  it("ignores the PGlite folder when an external database is used", () => {
    const r = checkDataVersion({ ...base, versionFileText: JSON.stringify({ format: DATA_FORMAT }), hasPgliteData: true, pgliteMajorText: "17", usesEmbeddedDatabase: false });
    expect(r).toEqual({ kind: "ok" });
  });
});

describe("parseLock / decideLock", () => {
  const self = { pid: 100, startTime: "5" };
  const running = () => true;
  const gone = () => false;
  it("reads what the lock writes and rejects anything else", () => {
    expect(parseLock(JSON.stringify({ pid: 7, startTime: "9", startedAt: "x", children: [{ name: "PGlite", pid: 8 }] }))).toMatchObject({ pid: 7, startTime: "9", children: [{ name: "PGlite", pid: 8 }] });
    expect(parseLock("")).toBe("unreadable");
    expect(parseLock('{"pid":"7"}')).toBe("unreadable");
    expect(parseLock('{"pid":-1}')).toBe("unreadable");
  });
  it("is free without a lock", () => {
    expect(decideLock(null, self, running)).toBe("free");
  });
  it("is busy while the owner runs", () => {
    expect(decideLock({ pid: 7, startedAt: "", children: [] }, self, running)).toBe("busy");
  });
  it("takes over the lock of a process that is gone, or that is unreadable", () => {
    expect(decideLock({ pid: 7, startedAt: "", children: [] }, self, gone)).toBe("stale");
    expect(decideLock("unreadable", self, running)).toBe("stale");
  });
  it("takes over a lock carrying its own pid (left by an earlier process with the same pid)", () => {
    expect(decideLock({ pid: 100, startTime: "1", startedAt: "", children: [] }, self, running)).toBe("stale");
  });
});

describe("DataDirLock and inspectDataVersion on a real folder", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-data-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const log = () => {};

  it("acquires, records children, and releases", async () => {
    const layout = dataLayout(dir);
    const r = await DataDirLock.acquire(layout, identityOf(process.pid), log, 3000);
    expect(r.kind).toBe("acquired");
    if (r.kind !== "acquired") return;
    r.lock.recordChild("PGlite", { pid: 12345, startTime: "1" });
    expect(parseLock(fs.readFileSync(layout.lockFile, "utf8"))).toMatchObject({ pid: process.pid, port: 3000, children: [{ name: "PGlite", pid: 12345 }] });
    r.lock.release();
    expect(fs.existsSync(layout.lockFile)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]); // no temp files left
  });

  it("reports a running owner as busy and leaves its lock alone", async () => {
    const layout = dataLayout(dir);
    const owner = { ...identityOf(process.ppid), startedAt: new Date().toISOString(), port: 3000, children: [] };
    fs.writeFileSync(layout.lockFile, JSON.stringify(owner));
    const r = await DataDirLock.acquire(layout, identityOf(process.pid), log);
    expect(r).toMatchObject({ kind: "busy", owner: { pid: process.ppid, port: 3000 } });
    expect(parseLock(fs.readFileSync(layout.lockFile, "utf8"))).toMatchObject({ pid: process.ppid });
  });

  it("takes over the lock of a dead process", async () => {
    const layout = dataLayout(dir);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid ?? 999_999;
    fs.writeFileSync(layout.lockFile, JSON.stringify({ pid: dead, startTime: "1", startedAt: "", children: [{ name: "Meilisearch", pid: dead, startTime: "1" }] }));
    const r = await DataDirLock.acquire(layout, identityOf(process.pid), log);
    expect(r.kind).toBe("acquired");
    expect(parseLock(fs.readFileSync(layout.lockFile, "utf8"))).toMatchObject({ pid: process.pid });
  });

  it("release leaves a lock that is no longer ours", async () => {
    const layout = dataLayout(dir);
    const r = await DataDirLock.acquire(layout, identityOf(process.pid), log);
    if (r.kind !== "acquired") throw new Error("not acquired");
    fs.writeFileSync(layout.lockFile, JSON.stringify({ pid: process.ppid, startedAt: "", children: [] }));
    r.lock.release();
    expect(fs.existsSync(layout.lockFile)).toBe(true);
  });

  it("sees a fresh folder, and accepts it once VERSION is written", () => {
    const layout = dataLayout(dir);
    expect(inspectDataVersion(layout, { usesEmbeddedDatabase: true, label: "data" })).toEqual({ kind: "fresh" });
    writeDataVersion(layout);
    expect(JSON.parse(fs.readFileSync(layout.versionFile, "utf8"))).toMatchObject({ format: DATA_FORMAT, postgres: PGLITE_POSTGRES_MAJOR });
    expect(inspectDataVersion(layout, { usesEmbeddedDatabase: true, label: "data" })).toEqual({ kind: "ok" });
  });

  it("refuses a PGlite folder without VERSION", () => {
    const layout = dataLayout(dir);
    fs.mkdirSync(layout.pgliteDir);
    fs.writeFileSync(path.join(layout.pgliteDir, "PG_VERSION"), "18\n");
    expect(inspectDataVersion(layout, { usesEmbeddedDatabase: true, label: "data" }).kind).toBe("incompatible");
  });
});
