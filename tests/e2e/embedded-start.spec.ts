/**
 * `npm start` on embedded defaults: no DATABASE_URL, no MEILI_URL. scripts/start.ts (with a temporary
 * DATA_DIR and a free PORT) starts PGlite and Meilisearch itself, serves the app, refuses a second start in
 * the same folder, stops cleanly on Ctrl-C (SIGINT) and keeps every change for the next start.
 * Uses the production build of the test run (--no-build); the e2e webServer is not involved.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { parseLock } from "../../lib/system/data-dir";
import { findFreePort } from "../../lib/system/free-port";
import { isStillRunning } from "../../lib/system/processes";

const ROOT = path.resolve(import.meta.dirname, "../..");
// whatever the test run points at (the test database, its Meilisearch) must not reach this start
const EXTERNAL_VARIABLES = ["DATABASE_URL", "MEILI_URL", "MEILI_MASTER_KEY", "MEILI_BIN", "NEXTAUTH_SECRET", "NEXTAUTH_URL"];

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(dataDir: string, port: number): Started {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of EXTERNAL_VARIABLES) delete env[name];
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts", "--no-build"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(s: Started, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = s.output().match(pattern);
    if (m) return m;
    if (s.child.exitCode !== null) throw new Error(`start.ts ended (${s.child.exitCode}) before ${pattern}:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${s.output()}`);
}

async function sql<T extends pg.QueryResultRow>(port: number, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

test.describe("npm start on embedded defaults", () => {
  test.describe.configure({ timeout: 300_000 });
  let dir: string;
  const running: Started[] = [];

  test.beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-embedded-"));
  });
  test.afterAll(async () => {
    for (const s of running) {
      if (s.child.exitCode === null) {
        s.child.kill("SIGTERM");
        await s.exited;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("starts on PGlite + Meilisearch, refuses a second start, stops cleanly, keeps its data", async () => {
    const dataDir = path.join(dir, "data");
    const port = await findFreePort();

    // first start: fresh folder, demo data
    const first = start(dataDir, port);
    running.push(first);
    await waitFor(first, new RegExp(`Bereit: http://localhost:${port}`), 240_000);
    const out1 = first.output();
    const pgPort = Number(out1.match(/Datenbank: eingebettetes PostgreSQL \(PGlite [^)]*\) auf Port (\d+)/)?.[1]);
    expect(pgPort).toBeGreaterThan(0);
    expect(out1).toMatch(/Suche: Meilisearch 1\.21\.\d+ auf http:\/\/127\.0\.0\.1:\d+/);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: { ok: true }, search: { ok: true } });

    // the data folder: format version, secrets only for the owner, the lock naming this start's services
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, "VERSION"), "utf8"))).toMatchObject({ format: 1, postgres: "18" });
    for (const secret of ["meili-master-key", "nextauth-secret"]) expect(fs.statSync(path.join(dataDir, secret)).mode & 0o777).toBe(0o600);
    const lock = parseLock(fs.readFileSync(path.join(dataDir, ".lock"), "utf8"));
    if (lock === "unreadable") throw new Error("unreadable lock");
    expect(lock.children.map((c) => c.name)).toEqual(["PGlite", "Meilisearch", "Such-Worker", "Next.js"]);

    // a change to keep across the restart
    await sql(pgPort, "CREATE TABLE e2e_probe (note text); INSERT INTO e2e_probe VALUES ('bleibt erhalten')");
    const [users] = await sql<{ n: number }>(pgPort, 'SELECT count(*)::int AS n FROM "User"');

    // a second start in the same folder is refused, the first keeps running
    const second = start(dataDir, await findFreePort());
    running.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Im Datenordner .* läuft bereits ein Start \(PID \d+/);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    // Ctrl-C: Next.js, the search worker, Meilisearch, PGlite stop; lock and runtime file are gone; exit 0
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    // the worker's own lines ([Suche] …) may come in between: it writes to the same terminal
    const ownLines = first.output().split("\n").filter((line) => !line.startsWith("[Suche]")).join("\n");
    expect(ownLines).toMatch(/Next\.js wird beendet …\nSuch-Worker wird beendet …\nMeilisearch wird beendet …\nPGlite wird beendet …\nBeendet\./);
    expect(first.output()).not.toMatch(/Such-Worker reagierte nicht/);
    expect(fs.existsSync(path.join(dataDir, ".lock"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "runtime.json"))).toBe(false);
    for (const c of lock.children) expect(isStillRunning(c), `${c.name} still running`).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, "logs", "pglite.log"), "utf8")).toContain("PGlite sauber geschlossen.");

    // next start: same data, no second demo import
    const third = start(dataDir, port);
    running.push(third);
    await waitFor(third, new RegExp(`Bereit: http://localhost:${port}`), 120_000);
    expect(third.output()).not.toMatch(/Demo-Wissensbasis/);
    const pgPort2 = Number(third.output().match(/auf Port (\d+), Daten in/)?.[1]);
    expect(await sql(pgPort2, "SELECT note FROM e2e_probe")).toEqual([{ note: "bleibt erhalten" }]);
    expect(await sql(pgPort2, 'SELECT count(*)::int AS n FROM "User"')).toEqual([users]);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
  });
});
