import { STRING_LATIN_ALLOWED, TRANSLITERATION, UNMAPPABLE_REPLACEMENT } from "./constants";

/**
 * XÖV String.Latin for everything the exporter writes: NFC, then the standard transliterations (constants.ts),
 * then every remaining character outside String.Latin is replaced and reported. The result is always valid
 * XML character data (control characters, surrogates and noncharacters are outside String.Latin).
 */

export interface LatinReport {
  /** characters replaced by a standard transliteration */
  transliterated: number;
  /** characters without one (replaced by UNMAPPABLE_REPLACEMENT), with where they were; capped */
  unmappable: { where: string; codePoint: string }[];
  unmappableCount: number;
}

export const MAX_REPORTED_UNMAPPABLE = 200;

export function newLatinReport(): LatinReport {
  return { transliterated: 0, unmappable: [], unmappableCount: 0 };
}

function isAllowed(cp: number): boolean {
  for (const [from, to] of STRING_LATIN_ALLOWED) if (cp >= from && cp <= to) return true;
  return false;
}

// Fast path: most text is plain Latin-1 already.
export const LATIN1_ONLY = /^[\t\n\r\x20-\x7e\xa0-\xff]*$/;

/** The code point as U+XXXX. */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `text` in String.Latin; `where` names the place for the report (e.g. "L99041008000000-06/modulText 16"). */
export function toStringLatin(text: string, report: LatinReport, where: string): string {
  if (LATIN1_ONLY.test(text)) return text;
  const normalised = text.normalize("NFC");
  let out = "";
  for (const ch of normalised) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isAllowed(cp)) {
      out += ch;
      continue;
    }
    const mapped = TRANSLITERATION[ch];
    if (mapped !== undefined) {
      out += mapped;
      report.transliterated++;
      continue;
    }
    out += UNMAPPABLE_REPLACEMENT;
    report.unmappableCount++;
    if (report.unmappable.length < MAX_REPORTED_UNMAPPABLE) report.unmappable.push({ where, codePoint: codePointLabel(cp) });
  }
  return out;
}

/** Whether every character of `text` is String.Latin (for tests and checks). */
export function isStringLatin(text: string): boolean {
  for (const ch of text) if (!isAllowed(ch.codePointAt(0) ?? 0)) return false;
  return true;
}
