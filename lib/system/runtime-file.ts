import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * While `npm start` runs on embedded services, data/runtime.json tells other processes of this folder
 * (the kb CLI) where the database and the search engine listen. Removed on shutdown.
 */
export interface RuntimeInfo {
  pid: number;
  databaseUrl: string;
  meiliUrl: string | null;
  appUrl: string;
}

export function runtimeFilePath(dataDir: string): string {
  return path.join(dataDir, "runtime.json");
}

export function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): void {
  writeFileSync(runtimeFilePath(dataDir), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function removeRuntimeInfo(dataDir: string): void {
  rmSync(runtimeFilePath(dataDir), { force: true });
}

/** The info of a running system in this folder, or null (no file, or its process is gone). */
export function readRuntimeInfo(dataDir: string): RuntimeInfo | null {
  try {
    const info = JSON.parse(readFileSync(runtimeFilePath(dataDir), "utf8")) as RuntimeInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}
