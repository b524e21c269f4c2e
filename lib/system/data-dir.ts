import fs from "node:fs";
import path from "node:path";
import { isStillRunning, stopForeignProcess, type ProcessIdentity } from "./processes";

/**
 * The data folder of `npm start` (DATA_DIR, default ./data): embedded PostgreSQL, Meilisearch index,
 * generated secrets, logs, plus a lock against a second start and a format version against an old or
 * newer program version opening data it cannot read.
 */

/** Bump when the layout of the data folder changes in a way an older program cannot read. */
export const DATA_FORMAT = 1;
/** PGlite 0.5.14 is PostgreSQL 18.6; a PGlite data folder only opens with the same major version (checked in pglite-process.int.test.ts). */
export const PGLITE_POSTGRES_MAJOR = "18";
export const PGLITE_VERSION = "0.5.14";

export interface DataLayout {
  root: string;
  lockFile: string;
  versionFile: string;
  pgliteDir: string;
  meiliDir: string;
  meiliDumpDir: string;
  meiliSnapshotDir: string;
  meiliKeyFile: string;
  nextauthSecretFile: string;
  logDir: string;
}

export function dataLayout(root: string): DataLayout {
  const p = (name: string) => path.join(root, name);
  return {
    root,
    lockFile: p(".lock"),
    versionFile: p("VERSION"),
    pgliteDir: p("pglite"),
    meiliDir: p("meili"),
    meiliDumpDir: p("meili-dumps"),
    meiliSnapshotDir: p("meili-snapshots"),
    meiliKeyFile: p("meili-master-key"),
    nextauthSecretFile: p("nextauth-secret"),
    logDir: p("logs"),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Format version

export interface DataVersion {
  format: number;
  postgres?: string;
  pglite?: string;
  createdAt?: string;
}

export type VersionCheck = { kind: "fresh" } | { kind: "ok" } | { kind: "incompatible"; message: string };

const UNTOUCHED = "Es wurde nichts verändert.";

/** Decides whether this program may use a data folder, from what the folder holds (pure). */
export function checkDataVersion(input: {
  /** content of VERSION, null if the file does not exist */
  versionFileText: string | null;
  hasPgliteData: boolean;
  hasMeiliData: boolean;
  /** content of pglite/PG_VERSION, null if missing */
  pgliteMajorText: string | null;
  usesEmbeddedDatabase: boolean;
  /** how the folder is named in messages, e.g. "data" */
  label: string;
}): VersionCheck {
  const { label } = input;
  if (input.versionFileText === null) {
    if (!input.hasPgliteData && !input.hasMeiliData) return { kind: "fresh" };
    return {
      kind: "incompatible",
      message: `Der Datenordner ${label}/ enthält Daten, aber keine Versionsangabe (${label}/VERSION fehlt); er stammt nicht von dieser Anwendung oder von einer Vorabversion. Bitte einen anderen Ordner mit DATA_DIR=… wählen oder den Ordner sichern und entfernen. ${UNTOUCHED}`,
    };
  }
  let stored: unknown;
  try {
    stored = JSON.parse(input.versionFileText);
  } catch {
    stored = undefined;
  }
  const format = typeof stored === "object" && stored !== null ? (stored as { format?: unknown }).format : undefined;
  if (typeof format !== "number" || !Number.isInteger(format)) {
    return {
      kind: "incompatible",
      message: `${label}/VERSION ist unlesbar (erwartet z. B. {"format":${DATA_FORMAT}}). Der Datenordner wird nicht angefasst. ${UNTOUCHED}`,
    };
  }
  if (format > DATA_FORMAT) {
    return {
      kind: "incompatible",
      message: `Der Datenordner ${label}/ stammt von einer neueren Version dieser Anwendung (Datenformat ${format}, diese Version kennt Format ${DATA_FORMAT}). Bitte die neuere Version starten oder mit DATA_DIR=… einen anderen Ordner wählen. ${UNTOUCHED}`,
    };
  }
  if (format < DATA_FORMAT) {
    return {
      kind: "incompatible",
      message: `Der Datenordner ${label}/ hat das ältere Datenformat ${format}; diese Version braucht Format ${DATA_FORMAT} und stellt nicht automatisch um. Daten mit der alten Version exportieren oder mit DATA_DIR=… neu beginnen. ${UNTOUCHED}`,
    };
  }
  if (input.usesEmbeddedDatabase && input.hasPgliteData) {
    const major = input.pgliteMajorText?.trim();
    if (major !== PGLITE_POSTGRES_MAJOR) {
      return {
        kind: "incompatible",
        message: `Die eingebettete Datenbank in ${label}/pglite wurde mit PostgreSQL ${major || "unbekannter Version"} angelegt; diese Version nutzt PostgreSQL ${PGLITE_POSTGRES_MAJOR} (PGlite ${PGLITE_VERSION}). Daten mit der alten Version sichern (pg_dump) oder DATABASE_URL auf einen passenden PostgreSQL-Server setzen. ${UNTOUCHED}`,
      };
    }
  }
  return { kind: "ok" };
}

function readTextOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function isNonEmptyDir(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** Reads the data folder and checks whether this program may use it (writes nothing). */
export function inspectDataVersion(layout: DataLayout, opts: { usesEmbeddedDatabase: boolean; label: string }): VersionCheck {
  return checkDataVersion({
    versionFileText: readTextOrNull(layout.versionFile),
    hasPgliteData: isNonEmptyDir(layout.pgliteDir),
    hasMeiliData: isNonEmptyDir(layout.meiliDir),
    pgliteMajorText: readTextOrNull(path.join(layout.pgliteDir, "PG_VERSION")),
    usesEmbeddedDatabase: opts.usesEmbeddedDatabase,
    label: opts.label,
  });
}

/** Marks a fresh data folder with this program's data format, before any service creates data in it. */
export function writeDataVersion(layout: DataLayout): void {
  const version: DataVersion = {
    format: DATA_FORMAT,
    postgres: PGLITE_POSTGRES_MAJOR,
    pglite: PGLITE_VERSION,
    createdAt: new Date().toISOString(),
  };
  fs.writeFileSync(layout.versionFile, `${JSON.stringify(version, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Lock against a second start in the same folder

export interface LockInfo extends ProcessIdentity {
  startedAt: string;
  port?: number;
  /** the embedded services of that start, so a crashed start's leftovers can be stopped */
  children: ({ name: string } & ProcessIdentity)[];
}

export type LockDecision = "free" | "stale" | "busy";

/** Parses the lock file; "unreadable" for anything that is not a lock this program wrote. */
export function parseLock(text: string): LockInfo | "unreadable" {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid !== "number" || !Number.isInteger(v.pid) || v.pid <= 0) return "unreadable";
    return {
      pid: v.pid,
      startTime: typeof v.startTime === "string" ? v.startTime : undefined,
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "",
      port: typeof v.port === "number" ? v.port : undefined,
      children: Array.isArray(v.children)
        ? v.children.filter((c) => typeof c?.pid === "number" && typeof c?.name === "string")
        : [],
    };
  } catch {
    return "unreadable";
  }
}

/** Whether an existing lock blocks this start (pure): only a lock whose process still runs does. */
export function decideLock(
  existing: LockInfo | "unreadable" | null,
  self: ProcessIdentity,
  isRunning: (p: ProcessIdentity) => boolean,
): LockDecision {
  if (existing === null) return "free";
  if (existing === "unreadable") return "stale"; // written atomically, so a torn file is never a live lock
  if (existing.pid === self.pid) return "stale"; // our pid, left by an earlier life of this pid (e.g. a restarted container)
  return isRunning(existing) ? "busy" : "stale";
}

export type LockResult = { kind: "acquired"; lock: DataDirLock } | { kind: "busy"; owner: LockInfo };

export class DataDirLock {
  private constructor(
    private readonly file: string,
    private info: LockInfo,
  ) {}

  /**
   * Takes the lock of a data folder. A lock left by a process that no longer runs is taken over, after
   * stopping the services that process had started and left behind.
   */
  static async acquire(layout: DataLayout, self: ProcessIdentity, log: (line: string) => void, port?: number): Promise<LockResult> {
    const info: LockInfo = { ...self, startedAt: new Date().toISOString(), port, children: [] };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (writeExclusive(layout.lockFile, info)) return { kind: "acquired", lock: new DataDirLock(layout.lockFile, info) };
      const text = readTextOrNull(layout.lockFile);
      if (text === null) continue; // released in between
      const existing = parseLock(text);
      const decision = decideLock(existing, self, isStillRunning);
      if (decision === "busy" && existing !== "unreadable") return { kind: "busy", owner: existing };
      if (existing !== "unreadable" && existing.children.length) {
        const leftovers = existing.children.filter((c) => isStillRunning(c));
        if (leftovers.length) {
          log(`Ein früherer Start (PID ${existing.pid}) wurde nicht sauber beendet; übrig gebliebene Dienste werden gestoppt: ${leftovers.map((c) => `${c.name} (PID ${c.pid})`).join(", ")}.`);
          for (const c of leftovers) await stopForeignProcess(c, c.name === "PGlite" ? 30_000 : 10_000);
        }
      }
      fs.rmSync(layout.lockFile, { force: true });
    }
    const text = readTextOrNull(layout.lockFile);
    const owner = text === null ? "unreadable" : parseLock(text);
    return { kind: "busy", owner: owner === "unreadable" ? { pid: 0, startedAt: "", children: [] } : owner };
  }

  /** Records a started service in the lock, so a later start can stop it if this process dies without cleanup. */
  recordChild(name: string, identity: ProcessIdentity): void {
    this.info = { ...this.info, children: [...this.info.children, { name, ...identity }] };
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.info));
    fs.renameSync(tmp, this.file);
  }

  /** Removes the lock if it is still ours. */
  release(): void {
    const text = readTextOrNull(this.file);
    if (text === null) return;
    const current = parseLock(text);
    if (current !== "unreadable" && current.pid === this.info.pid) fs.rmSync(this.file, { force: true });
  }
}

/** Creates `file` with the lock's content only if it does not exist, atomically (write a temp file, then link). */
function writeExclusive(file: string, info: LockInfo): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info));
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV") throw err;
    // file systems without hard links (some network or container volumes): exclusive create, then write
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw inner;
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
