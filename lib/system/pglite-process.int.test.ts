import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PGLITE_POSTGRES_MAJOR } from "./data-dir";
import { startPglite, type PgliteService } from "./pglite-process";

describe("embedded PostgreSQL (PGlite child process)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-pglite-"));
  const dataDir = path.join(dir, "pglite");
  const logFile = path.join(dir, "logs", "pglite.log");
  let service: PgliteService | undefined;
  afterAll(async () => {
    await service?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const query = async <T extends pg.QueryResultRow>(url: string, sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<T>(sql)).rows;
    } finally {
      await c.end();
    }
  };

  it("starts on a free port and is the PostgreSQL major version the data folder check expects", async () => {
    service = await startPglite({ dataDir, logFile });
    expect(service.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    const [row] = await query<{ v: string }>(service.url, "SELECT current_setting('server_version') AS v");
    expect(row?.v.split(".")[0]).toBe(PGLITE_POSTGRES_MAJOR);
    expect(fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim()).toBe(PGLITE_POSTGRES_MAJOR);
  });

  it("serves a pool of many connections with interleaved transactions", async () => {
    const url = service!.url;
    await query(url, "CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)");
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    try {
      // 40 increments from 20 connections, each in its own transaction: none may be lost or mixed up
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          const c = await pool.connect();
          try {
            await c.query("BEGIN");
            const { rows } = await c.query<{ n: number }>("SELECT n FROM counter WHERE id = 1 FOR UPDATE");
            await new Promise((r) => setTimeout(r, 2));
            await c.query("UPDATE counter SET n = $1 WHERE id = 1", [(rows[0]?.n ?? 0) + 1]);
            await c.query("COMMIT");
          } finally {
            c.release();
          }
        }),
      );
    } finally {
      await pool.end();
    }
    const [row] = await query<{ n: number }>(url, "SELECT n FROM counter WHERE id = 1");
    expect(row?.n).toBe(40);
  });

  it("closes cleanly on stop and keeps the data for the next start", async () => {
    await service!.stop();
    expect(await service!.exited).toEqual({ code: 0, signal: null });
    expect(fs.readFileSync(logFile, "utf8")).toContain("PGlite sauber geschlossen.");
    service = await startPglite({ dataDir, logFile });
    const [row] = await query<{ n: number }>(service.url, "SELECT n FROM counter WHERE id = 1");
    expect(row?.n).toBe(40);
  });

  it("fails with a German message and the end of its log when PGlite cannot open the folder", async () => {
    const foreign = path.join(dir, "fremd");
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, "PG_VERSION"), "17\n");
    const error = await startPglite({ dataDir: foreign, logFile: path.join(dir, "logs", "fremd.log") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Die eingebettete Datenbank \(PGlite\) ließ sich nicht starten: .*\n(.|\n)*\(Protokoll: .*fremd\.log\)$/);
  });
});
