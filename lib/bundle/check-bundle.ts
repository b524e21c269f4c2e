import { db } from "../db";
import { AppError } from "../errors";
import { parseBundle } from "./import-bundle";
import { loadKnownState } from "./known-state";
import { validateBundle } from "./validate-bundle";

/** Checks a bundle against the database without writing anything (import --dry-run). */
export async function checkBundle(input: unknown): Promise<void> {
  const bundle = parseBundle(input);
  const { problems } = validateBundle(bundle, await loadKnownState(db()));
  if (problems.length) throw new AppError("VALIDATION", `Das Wissenspaket verletzt ${problems.length} Regel${problems.length === 1 ? "" : "n"}.`, problems);
}
