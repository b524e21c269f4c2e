import { foldForSearch } from "./document";
import { GERMAN_STOP_WORDS } from "./settings";

/**
 * Turns what the agent typed into the query Meilisearch gets (pure): ß folded as in the documents, and German
 * function words and fillers removed, except inside a multi-word synonym ("Punkte in Flensburg", "Agentur für
 * Arbeit"), whose words must stay for the synonym to match. A query of stop words only stays as it is.
 */
const STOP = new Set<string>(GERMAN_STOP_WORDS);
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

export function prepareQuery(query: string, protectedPhrases: readonly string[] = []): string {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const plain = words.map(bare);
  const isProtected = new Array<boolean>(words.length).fill(false);
  for (const phrase of protectedPhrases) {
    const parts = foldForSearch(phrase).split(/\s+/).map(bare).filter(Boolean);
    if (parts.length < 2) continue;
    for (let i = 0; i + parts.length <= plain.length; i++) {
      if (parts.every((p, j) => plain[i + j] === p)) for (let j = 0; j < parts.length; j++) isProtected[i + j] = true;
    }
  }
  const kept = words.filter((_, i) => isProtected[i] || !STOP.has(plain[i] ?? ""));
  return (kept.length ? kept : words).join(" ");
}

/** The synonym terms of more than one word (lower-case), whose stop words prepareQuery keeps. */
export function multiWordTerms(groups: readonly (readonly string[])[]): string[] {
  return [...new Set(groups.flat().map((t) => t.trim().toLowerCase()).filter((t) => /\s/.test(t)))];
}
