/**
 * The fault cases of `npm start` / `npm run start:prod` that end before any service starts: each exits 1
 * with a clear German message and leaves the data folder as it was. (The full embedded start, with restart
 * and persistence, is tests/e2e/embedded-start.spec.ts: it needs the production build.)
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLock, dataLayout } from "../lib/system/data-dir";
import { findFreePort } from "../lib/system/free-port";
import { identityOf } from "../lib/system/processes";
import { PROJECT_ROOT } from "../lib/system/project-root";

const OWN_VARIABLES = ["DATABASE_URL", "MEILI_URL", "MEILI_MASTER_KEY", "MEILI_BIN", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "PORT", "DATA_DIR"];

function runStart(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of OWN_VARIABLES) delete childEnv[name];
  const child = spawn(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...childEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`start.ts did not exit in 30 s:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file below `dir` with size and mtime: to prove a refused start touched nothing. */
function snapshot(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      const st = fs.statSync(full);
      return `${path.relative(dir, full)} ${st.isFile() ? st.size : "dir"} ${st.mtimeMs}`;
    })
    .sort();
}

const lines = (s: string) => s.split("\n").filter((l) => l.trim() && !l.startsWith("npm warn"));

describe("npm start refuses clearly, before starting anything", () => {
  let dir: string;
  let dataDir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-start-"));
    dataDir = path.join(dir, "data");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("an invalid variable: one line naming it and what is expected", async () => {
    const r = await runStart([], { PORT: "dreitausend", DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(["Umgebungsvariable PORT: erwartet eine Portnummer"]);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("an unknown option", async () => {
    const r = await runStart(["--schnell"], { DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^Unbekannte Option --schnell\. Aufruf: npm start/)]);
  });

  it("production mode without its services: one line per missing variable", async () => {
    const r = await runStart(["--prod"], { DATA_DIR: dataDir, MEILI_URL: "http://127.0.0.1:7700", MEILI_MASTER_KEY: "k" });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^Umgebungsvariable DATABASE_URL: fehlt; npm run start:prod startet keine eingebettete Datenbank/),
      expect.stringMatching(/^Umgebungsvariable NEXTAUTH_SECRET: fehlt/),
    ]);
  });

  it("a port in use: names the port and suggests the next one; the data folder stays unmarked", async () => {
    const port = await findFreePort();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, resolve));
    try {
      const r = await runStart([], { PORT: String(port), DATA_DIR: dataDir });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([`Port ${port} ist belegt – anderen Port mit PORT=${port + 1} npm start wählen.`]);
      expect(fs.readdirSync(dataDir)).toEqual([]); // no lock left, no VERSION written
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a second start in the same folder: names the running one and leaves its lock", async () => {
    fs.mkdirSync(dataDir);
    const layout = dataLayout(dataDir);
    const held = await DataDirLock.acquire(layout, identityOf(process.pid), () => {}, 3456);
    if (held.kind !== "acquired") throw new Error("could not take the lock");
    try {
      const before = fs.readFileSync(layout.lockFile, "utf8");
      const r = await runStart([], { PORT: String(await findFreePort()), DATA_DIR: dataDir });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^Im Datenordner .*data/ läuft bereits ein Start \\(PID ${process.pid}, seit .*, http://localhost:3456\\)\\. Erst diesen beenden`))]);
      expect(fs.readFileSync(layout.lockFile, "utf8")).toBe(before);
    } finally {
      held.lock.release();
    }
  });

  const incompatible: [string, (layout: ReturnType<typeof dataLayout>) => void, RegExp][] = [
    ["a newer data format", (l) => fs.writeFileSync(l.versionFile, '{"format":99}'), /stammt von einer neueren Version dieser Anwendung \(Datenformat 99/],
    [
      "PGlite data of another PostgreSQL version",
      (l) => {
        fs.writeFileSync(l.versionFile, '{"format":1}');
        fs.mkdirSync(l.pgliteDir);
        fs.writeFileSync(path.join(l.pgliteDir, "PG_VERSION"), "17\n");
      },
      /pglite wurde mit PostgreSQL 17 angelegt; diese Version nutzt PostgreSQL 18/,
    ],
    [
      "a search index of another Meilisearch version",
      (l) => {
        fs.writeFileSync(l.versionFile, '{"format":1}');
        fs.mkdirSync(l.meiliDir);
        fs.writeFileSync(path.join(l.meiliDir, "VERSION"), "1.12.0");
      },
      /meili wurde mit Meilisearch 1\.12\.0 angelegt; die Binärdatei ist Meilisearch 1\.21\.0/,
    ],
  ];
  for (const [name, prepare, message] of incompatible) {
    it(`${name}: a clear message, nothing touched`, async () => {
      fs.mkdirSync(dataDir);
      const layout = dataLayout(dataDir);
      prepare(layout);
      const before = snapshot(dataDir);
      const r = await runStart([], { PORT: String(await findFreePort()), DATA_DIR: dataDir });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(message)]);
      expect(r.stderr).toContain("Es wurde nichts verändert.");
      expect(snapshot(dataDir)).toEqual(before);
    });
  }
});
