import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOrCreateSecret } from "./secrets";

describe("readOrCreateSecret", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "efa-secret-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates 64 hex characters with mode 0600 once, then keeps them", () => {
    const file = path.join(dir, "nextauth-secret");
    const first = readOrCreateSecret(file);
    expect(first.created).toBe(true);
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(file)).toEqual({ value: first.value, created: false });
  });
  it("replaces a secret that is too short, and tightens loose permissions", () => {
    const file = path.join(dir, "meili-master-key");
    fs.writeFileSync(file, "kurz", { mode: 0o644 });
    const s = readOrCreateSecret(file);
    expect(s.created).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.chmodSync(file, 0o644);
    expect(readOrCreateSecret(file).created).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
