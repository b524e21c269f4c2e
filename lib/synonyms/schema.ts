import { z } from "zod";

/** One term of a synonym group: a word or a short phrase as callers and editors say it. */
export const synonymTermSchema = z
  .string({ error: "Ein Begriff ist ein Text." })
  .trim()
  .min(1, { error: "Ein Begriff darf nicht leer sein." })
  .max(60, { error: "Ein Begriff hat höchstens 60 Zeichen." })
  .regex(/^[^,;|]*$/, { error: "Ein Begriff enthält kein Komma, Semikolon oder |; jeden Begriff einzeln eingeben." });

/** A synonym group as editors enter it: at least two different terms (case does not count). */
export const synonymGroupInputSchema = z.object({
  terms: z
    .array(synonymTermSchema, { error: "Bitte die Begriffe als Liste angeben." })
    .max(20, { error: "Eine Gruppe hat höchstens 20 Begriffe." })
    .refine((terms) => new Set(terms.map((t) => t.trim().toLowerCase())).size >= 2, { error: "Eine Synonymgruppe braucht mindestens zwei verschiedene Begriffe." }),
});
export type SynonymGroupInput = z.output<typeof synonymGroupInputSchema>;

/** The terms without case-insensitive duplicates, in the order given (the first spelling wins). */
export function distinctTerms(terms: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of terms) if (!seen.has(t.trim().toLowerCase())) seen.set(t.trim().toLowerCase(), t.trim());
  return [...seen.values()];
}
