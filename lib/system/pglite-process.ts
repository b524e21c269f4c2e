import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { findFreePort } from "./free-port";
import { exitOf, identityOf, lastLines, stopChild, type ProcessIdentity } from "./processes";
import { PROJECT_ROOT } from "./project-root";

export interface PgliteService {
  url: string;
  port: number;
  identity: ProcessIdentity;
  child: ChildProcess;
  /** resolves when the process has exited, for whatever reason */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, so PGlite closes its files; SIGKILL only after 30 s */
  stop(): Promise<void>;
}

type ChildMessage = { type: "ready"; port: number; url: string } | { type: "error"; message: string };

/**
 * Starts the embedded PostgreSQL (scripts/pglite-server.ts) as a child process on a free port and waits until
 * it accepts connections. Its output goes to `logFile`. Throws with a German message if it does not come up.
 */
export async function startPglite(opts: { dataDir: string; logFile: string; timeoutMs?: number }): Promise<PgliteService> {
  try {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new Error(`Die eingebettete Datenbank (PGlite) ließ sich nicht starten: Ordner ${opts.dataDir} nicht anlegbar (${reason})`, { cause: err });
  }
  const port = await findFreePort();
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const logFd = fs.openSync(opts.logFile, "w");
  const child = spawn(
    process.execPath,
    ["--import", tsxLoader, path.join(PROJECT_ROOT, "scripts/pglite-server.ts"), "--data-dir", opts.dataDir, "--port", String(port)],
    // detached: its own process group, so Ctrl-C in the terminal reaches only scripts/start.ts, which stops
    // the services in order; the IPC channel lets the child notice if start.ts dies without cleanup.
    { cwd: PROJECT_ROOT, detached: true, stdio: ["ignore", logFd, logFd, "ipc"] },
  );
  fs.closeSync(logFd);
  const exited = exitOf(child);

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`PGlite hat sich nach ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s nicht gemeldet`)),
      opts.timeoutMs ?? 60_000,
    );
    child.on("message", (m: ChildMessage) => {
      clearTimeout(timer);
      if (m.type === "ready") resolve(m.url);
      else reject(new Error(m.message));
    });
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`PGlite wurde beim Start beendet (${signal ?? `Code ${code}`})`));
    });
  });

  const stop = async () => {
    const clean = await stopChild(child, "SIGTERM", 30_000);
    if (!clean) console.error("Warnung: PGlite reagierte nicht in 30 s und wurde hart beendet; beim nächsten Start repariert PostgreSQL seine Dateien aus dem WAL.");
  };

  let url: string;
  try {
    url = await ready;
    await probe(url);
  } catch (err) {
    await stopChild(child, "SIGTERM", 10_000);
    const tail = lastLines(opts.logFile, 8);
    throw new Error(`Die eingebettete Datenbank (PGlite) ließ sich nicht starten: ${(err as Error).message}${tail ? `\n${tail}` : ""}\n(Protokoll: ${opts.logFile})`, { cause: err });
  }
  return { url, port, identity: identityOf(child.pid ?? 0), child, exited, stop };
}

/** One real query over TCP: the server answers the PostgreSQL protocol, not just the port. */
async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.end();
  }
}
