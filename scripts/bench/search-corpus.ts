// The texts the search benchmark (scripts/bench-search.ts) builds its articles from: the third-party corpus in
// shared/corpus (EUPL-1.2; origins and attribution in shared/corpus/README.md and prisma/seed/README.md).
// Only titles, paragraphs, keywords and LeiKa keys are taken; nothing of it is stored in the repository.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { htmlToText, sanitizeCorpusHtml } from "../../prisma/seed/demo/html";

/** One thing citizens ask about: a service of a catalogue, a help text, a requirement. */
export interface CorpusTopic {
  /** what it is called, e.g. "Personalausweis - Beantragung" */
  name: string;
  /** plain-text paragraphs of its description (may be empty for name-only catalogues) */
  paragraphs: string[];
  keywords: string[];
  /** a 14-digit LeiKa key, if the catalogue names one */
  leika: string | null;
  source: "muenchen" | "elterngeldrechner" | "berlin-unterhaltsvorschuss" | "berlin-namen";
}

const munichSchema = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      description: z.string().nullable().optional(),
      leika: z.string().nullable().optional(),
      meta: z.object({ keywords: z.string().nullable().optional() }).optional(),
    }),
  ),
});
const egrSchema = z.object({ items: z.array(z.object({ question: z.string(), answer: z.string() })) });
const namedEntry = z.object({ name: z.string(), description: z.union([z.string(), z.boolean()]).optional() });
const uvSchema = z.object({
  data: z.array(z.object({ name: z.string(), leika: z.string(), description: z.string(), prerequisites: z.array(namedEntry), requirements: z.array(namedEntry), meta: z.object({ keywords: z.string() }) })),
});
const namesSchema = z.object({ data: z.record(z.string(), z.object({ name: z.string() })).or(z.array(z.object({ name: z.string() }))) });

const FILES = {
  munich: "munich_services_de.json",
  egr: "elterngeldrechner_infotexte_faq.json",
  uv: "berlin_dldb_service_example_unterhaltsvorschuss.json",
  names: "berlin_dldb_service_names_2016.json",
} as const;

const splitKeywords = (s: string | null | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 1 && k.length <= 60);

const lines = (text: string): string[] =>
  text
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l.length > 0);

/** Paragraphs of a catalogue description (HTML): one per paragraph or list item. */
export function htmlParagraphs(html: string): string[] {
  return sanitizeCorpusHtml(html)
    .split(/<\/(?:p|li|h2|h3)>|<br>/)
    .map((part) => htmlToText(part))
    .filter((text) => text.length > 2);
}

/** Reads the corpus folder; throws a German message naming the missing files. */
export function loadSearchCorpus(dir: string): CorpusTopic[] {
  const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length) {
    throw new Error(`Korpus nicht gefunden: ${dir} (fehlend: ${missing.join(", ")}). Den Ordner shared/corpus mit --corpus <Ordner> angeben.`);
  }
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
  const topics: CorpusTopic[] = [];

  for (const s of munichSchema.parse(read(FILES.munich)).data) {
    topics.push({
      name: s.name.trim(),
      paragraphs: htmlParagraphs(s.description ?? ""),
      keywords: splitKeywords(s.meta?.keywords),
      leika: s.leika && /^\d{14}$/.test(s.leika) ? s.leika : null,
      source: "muenchen",
    });
  }
  for (const item of egrSchema.parse(read(FILES.egr)).items) {
    topics.push({ name: item.question.trim(), paragraphs: lines(item.answer).map((l) => l.replace(/^- /, "")), keywords: ["Elterngeld"], leika: null, source: "elterngeldrechner" });
  }
  for (const r of uvSchema.parse(read(FILES.uv)).data) {
    const keywords = splitKeywords(r.meta.keywords);
    topics.push({ name: r.name, paragraphs: lines(r.description), keywords, leika: /^\d{14}$/.test(r.leika) ? r.leika : null, source: "berlin-unterhaltsvorschuss" });
    for (const e of [...r.prerequisites, ...r.requirements]) {
      const text = typeof e.description === "string" ? lines(e.description) : [];
      topics.push({ name: `${r.name}: ${lines(e.name).join(" ")}`, paragraphs: text, keywords, leika: null, source: "berlin-unterhaltsvorschuss" });
    }
  }
  const names = namesSchema.parse(read(FILES.names)).data;
  for (const n of Array.isArray(names) ? names : Object.values(names)) {
    const name = n.name.replace(/\s+/g, " ").trim();
    if (name.length > 3) topics.push({ name, paragraphs: [], keywords: [], leika: null, source: "berlin-namen" });
  }
  // the same name in two catalogues: keep the one with text
  const byName = new Map<string, CorpusTopic>();
  for (const t of topics) {
    const key = t.name.toLowerCase();
    const known = byName.get(key);
    if (!known || known.paragraphs.length < t.paragraphs.length) byName.set(key, t);
  }
  return [...byName.values()];
}
