import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/** What goes into `next build`; a change in any of these makes the production build in .next stale. */
const BUILD_INPUT_DIRS = ["app", "components", "lib", "xzufi", "public", "generated", "styles"];
const BUILD_INPUT_FILES = [
  "next.config.mjs",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "middleware.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
];
const NOT_BUILD_INPUT = /(\.test\.tsx?|\.int\.test\.ts)$/;

export type BuildState = { kind: "missing" } | { kind: "stale"; changedFile: string } | { kind: "fresh" };

/** Compares the time of the last build with the newest source file (pure). */
export function decideBuild(builtAtMs: number | null, newestSource: { file: string; mtimeMs: number } | null): BuildState {
  if (builtAtMs === null) return { kind: "missing" };
  if (newestSource && newestSource.mtimeMs > builtAtMs) return { kind: "stale", changedFile: newestSource.file };
  return { kind: "fresh" };
}

/** The most recently modified build input under `root` (test files excluded). */
export function newestSourceFile(root: string): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const consider = (file: string) => {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (st?.isFile() && !NOT_BUILD_INPUT.test(file) && (!newest || st.mtimeMs > newest.mtimeMs)) {
      newest = { file: path.relative(root, file), mtimeMs: st.mtimeMs };
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === "node_modules" || e.name.startsWith(".")) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else consider(full);
    }
  };
  for (const d of BUILD_INPUT_DIRS) walk(path.join(root, d));
  for (const f of BUILD_INPUT_FILES) consider(path.join(root, f));
  return newest;
}

/** .next/BUILD_ID is written at the end of a successful `next build`. */
export function buildState(root: string): BuildState {
  const builtAt = fs.statSync(path.join(root, ".next", "BUILD_ID"), { throwIfNoEntry: false })?.mtimeMs ?? null;
  return decideBuild(builtAt, builtAt === null ? null : newestSourceFile(root));
}

/** The next CLI as a JS file, started with this node (no npx wrapper, whose child would outlive a kill). */
export function nextCli(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}
