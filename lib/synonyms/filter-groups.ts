/** Filtering synonym groups by a piece of text (pure; the maintenance page, lib/synonyms/list-synonym-groups.ts). */

/** Text for matching a filter: lower case, ß as ss, without accents and umlaut dots ("Führerschein" ~ "fuhrerschein"). */
export function foldForFilter(text: string): string {
  return text.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/\s+/g, " ").trim();
}

/** The groups with a term containing `q` (case, umlauts and ß do not count; "ue" also finds "ü"); all without `q`. */
export function filterSynonymGroups<T extends { terms: readonly string[] }>(groups: readonly T[], q: string | undefined): T[] {
  const wanted = foldForFilter(q ?? "");
  if (!wanted) return [...groups];
  const alternative = foldForFilter((q ?? "").replace(/ae/gi, "ä").replace(/oe/gi, "ö").replace(/ue/gi, "ü"));
  return groups.filter((g) => g.terms.some((t) => {
    const term = foldForFilter(t);
    return term.includes(wanted) || term.includes(alternative);
  }));
}
