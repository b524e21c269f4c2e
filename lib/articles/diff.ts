/**
 * Word-level diff for the side-by-side revision comparison (and structural diff for lists).
 * Plain LCS over tokens; texts of articles are short enough (a few thousand words) for O(n*m).
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

const MAX_CELLS = 4_000_000; // above this (e.g. 2000 x 2000 words) fall back to a whole-text replace

/** Splits into words and punctuation, each with the whitespace after it; joining the parts restores the text. */
export function tokenize(text: string): string[] {
  return text.match(/^\s+|[\p{L}\p{N}_-]+\s*|[^\p{L}\p{N}_\s-]\s*/gu) ?? [];
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else if (p.text) out.push({ ...p });
  }
  return out;
}

/** Differences between two texts, word by word. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length * b.length > MAX_CELLS) return merge([{ kind: "removed", text: before }, { kind: "added", text: after }]);
  // lengths of the longest common suffixes: lcs[i][j] for a[i..], b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i] ?? "" });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      parts.push({ kind: "removed", text: a[i++] ?? "" });
    } else {
      parts.push({ kind: "added", text: b[j++] ?? "" });
    }
  }
  while (i < a.length) parts.push({ kind: "removed", text: a[i++] ?? "" });
  while (j < b.length) parts.push({ kind: "added", text: b[j++] ?? "" });
  return readable(merge(parts));
}

/** Within each run of changes the removed text comes before the added text. */
function readable(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = "";
    added = "";
  };
  for (const p of parts) {
    if (p.kind === "removed") removed += p.text;
    else if (p.kind === "added") added += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

export interface ListDiff {
  kept: string[];
  added: string[];
  removed: string[];
}

/** Structural diff of two lists (keywords, categories, Leistungen): order does not matter. */
export function diffLists(before: readonly string[], after: readonly string[]): ListDiff {
  const a = new Set(before);
  const b = new Set(after);
  return { kept: after.filter((x) => a.has(x)), added: after.filter((x) => !a.has(x)), removed: before.filter((x) => !b.has(x)) };
}
