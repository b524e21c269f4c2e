import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildState, decideBuild, newestSourceFile } from "./next-build";

describe("decideBuild", () => {
  it("builds when there is no build, or a source is newer", () => {
    expect(decideBuild(null, { file: "app/page.tsx", mtimeMs: 1 })).toEqual({ kind: "missing" });
    expect(decideBuild(100, { file: "app/page.tsx", mtimeMs: 200 })).toEqual({ kind: "stale", changedFile: "app/page.tsx" });
  });
  it("keeps a build newer than every source", () => {
    expect(decideBuild(300, { file: "app/page.tsx", mtimeMs: 200 })).toEqual({ kind: "fresh" });
    expect(decideBuild(300, null)).toEqual({ kind: "fresh" });
  });
});

describe("buildState on a folder", () => {
  let dir: string | undefined;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));
  const touch = (file: string, secondsAgo: number) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "x");
    const t = new Date(Date.now() - secondsAgo * 1000);
    fs.utimesSync(file, t, t);
  };

  it("compares .next/BUILD_ID with the newest build input, ignoring tests and node_modules", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-build-"));
    touch(path.join(dir, "app/page.tsx"), 100);
    touch(path.join(dir, "lib/x.test.ts"), 1);
    touch(path.join(dir, "lib/node_modules/y.ts"), 1);
    touch(path.join(dir, "data/pglite/z"), 1);
    expect(buildState(dir)).toEqual({ kind: "missing" });
    touch(path.join(dir, ".next/BUILD_ID"), 50);
    expect(buildState(dir)).toEqual({ kind: "fresh" });
    touch(path.join(dir, "package-lock.json"), 10);
    expect(buildState(dir)).toEqual({ kind: "stale", changedFile: "package-lock.json" });
    expect(newestSourceFile(dir)?.file).toBe("package-lock.json");
  });
});
