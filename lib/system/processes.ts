import fs from "node:fs";
import type { ChildProcess } from "node:child_process";

/** A process as the lock file records it: the pid plus its start time, so a reused pid is not mistaken for it. */
export interface ProcessIdentity {
  pid: number;
  /** clock ticks since boot (Linux /proc/<pid>/stat field 22); undefined where /proc is not available */
  startTime?: string;
}

/** Field 22 (starttime) of a /proc/<pid>/stat line; the command name in parentheses may itself hold spaces or ")". */
export function parseProcStatStartTime(stat: string): string | undefined {
  const afterComm = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // afterComm[0] is field 3 (state), so field 22 sits at index 19
  const value = afterComm[19];
  return value && /^\d+$/.test(value) ? value : undefined;
}

export function readProcessStartTime(pid: number): string | undefined {
  try {
    return parseProcStatStartTime(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function identityOf(pid: number): ProcessIdentity {
  return { pid, startTime: readProcessStartTime(pid) };
}

/** Whether the recorded process still runs (same pid and, where known, the same start time). */
export function isStillRunning(recorded: ProcessIdentity): boolean {
  if (!isProcessAlive(recorded.pid)) return false;
  if (recorded.startTime === undefined) return true;
  const now = readProcessStartTime(recorded.pid);
  return now === undefined || now === recorded.startTime;
}

/** Sends a signal to a child's whole process group (children are started detached, as group leaders). */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Resolves with the exit code (or signal name) once the child has exited; at once if it already has. */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/**
 * Stops a child: `signal` to its process group, SIGKILL after `timeoutMs`. Returns false if it had to be killed.
 */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return true;
  const exited = exitOf(child);
  signalGroup(child.pid, signal);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result !== "timeout") return true;
  signalGroup(child.pid, "SIGKILL");
  await exited;
  return false;
}

/** Stops a process that is not our child (left over from a crashed start), SIGKILL after `timeoutMs`. */
export async function stopForeignProcess(recorded: ProcessIdentity, timeoutMs: number): Promise<void> {
  if (!isStillRunning(recorded)) return;
  signalGroup(recorded.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isStillRunning(recorded)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  signalGroup(recorded.pid, "SIGKILL");
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitUntil<T>(
  check: () => Promise<T | undefined>,
  opts: { timeoutMs: number; intervalMs?: number; abort?: () => string | undefined },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const reason = opts.abort?.();
    if (reason) throw new Error(reason);
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Zeitüberschreitung nach ${Math.round(opts.timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 200));
  }
}

/** The last `n` non-empty lines of a log file, indented, for an error message. */
export function lastLines(file: string, n: number): string {
  try {
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .slice(-n)
      .map((l) => `  | ${l}`)
      .join("\n");
  } catch {
    return "";
  }
}
