import crypto from "node:crypto";
import fs from "node:fs";

/** A random secret as hex (32 bytes give 64 characters). */
export function randomSecret(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("hex");
}

/**
 * Reads a secret kept in `file`, creating it (mode 0600) on first use. A file that holds fewer than
 * `minLength` characters is replaced; `created` tells the caller whether a new secret was made.
 */
export function readOrCreateSecret(file: string, minLength = 32): { value: string; created: boolean } {
  try {
    const value = fs.readFileSync(file, "utf8").trim();
    if (value.length >= minLength) {
      if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
      return { value, created: false };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const value = randomSecret(Math.max(32, Math.ceil(minLength / 2)));
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // writeFileSync keeps the mode of an existing file
  return { value, created: true };
}
