import { z } from "zod";
import { synonymTermSchema } from "./schema";

/**
 * The curated starter vocabulary (prisma/seed/synonyms.json): synonym groups that translate between the
 * callers' words and the administration's, each with the source it rests on. Loaded once on the first start
 * (lib/system/prepare-database.ts); afterwards the groups live in the database and are edited in the UI.
 */
export const STARTER_SYNONYMS_PATH = "prisma/seed/synonyms.json";

export const starterVocabularySchema = z.object({
  format: z.literal("efa-synonyms"),
  version: z.literal(1),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: z.string(),
  sources: z.record(z.string(), z.string().min(1)),
  groups: z
    .array(
      z.object({
        terms: z.array(synonymTermSchema).min(2),
        /** key into `sources` */
        source: z.string().min(1),
        /** why these count as the same for a caller, where it is not obvious */
        note: z.string().optional(),
      }),
    )
    .min(1),
});
export type StarterVocabulary = z.infer<typeof starterVocabularySchema>;

/** Rule violations of a vocabulary (pure): unknown source, a term in two groups, fewer than two distinct terms. */
export function vocabularyProblems(v: StarterVocabulary): string[] {
  const problems: string[] = [];
  const owner = new Map<string, number>();
  v.groups.forEach((g, i) => {
    if (!(g.source in v.sources)) problems.push(`groups[${i}].source: unbekannte Quelle ${g.source}`);
    const lower = g.terms.map((t) => t.trim().toLowerCase());
    if (new Set(lower).size !== lower.length) problems.push(`groups[${i}]: ein Begriff steht doppelt`);
    if (new Set(lower).size < 2) problems.push(`groups[${i}]: weniger als zwei verschiedene Begriffe`);
    for (const t of new Set(lower)) {
      const other = owner.get(t);
      if (other !== undefined) problems.push(`groups[${i}]: „${t}“ steht schon in groups[${other}]`);
      owner.set(t, i);
    }
  });
  return problems;
}
