import fs from "node:fs";
import type { Env } from "../env";
import { dataLayout } from "../system/data-dir";
import { readRuntimeInfo } from "../system/runtime-file";
import { createSearchContext, type SearchContext } from "./meili";

/**
 * For command-line scripts (worker, kb reindex, bench): MEILI_URL and MEILI_MASTER_KEY, else the embedded
 * Meilisearch of a running `npm start` in this folder (data/runtime.json, its key in the data folder).
 * Null when neither is there.
 */
export function scriptSearchContext(e: Env): SearchContext | null {
  if (e.MEILI_URL && e.MEILI_MASTER_KEY) return createSearchContext({ url: e.MEILI_URL, masterKey: e.MEILI_MASTER_KEY, indexPrefix: e.MEILI_INDEX_PREFIX });
  const runtime = readRuntimeInfo(e.DATA_DIR);
  const keyFile = dataLayout(e.DATA_DIR).meiliKeyFile;
  if (!runtime?.meiliUrl || !fs.existsSync(keyFile)) return null;
  return createSearchContext({ url: runtime.meiliUrl, masterKey: fs.readFileSync(keyFile, "utf8").trim(), indexPrefix: e.MEILI_INDEX_PREFIX });
}
