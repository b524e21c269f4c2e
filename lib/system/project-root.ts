import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where package.json, node_modules and .next live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
