// Reads the third-party corpus (shared/corpus, EUPL-1.2) that parts of the demo articles derive
// from. The corpus lives outside the repository; see prisma/seed/README.md for the attribution.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { sanitizeCorpusHtml } from "./html";

const egrFaqSchema = z.object({
  items: z.array(
    z.object({
      question: z.string(),
      answer: z.string(),
      source_file: z.string(),
      answer_source_file: z.string().optional(),
    }),
  ),
});

const munichSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string().nullable().optional(),
      leika: z.string().nullable().optional(),
      fees: z.string().nullable().optional(),
      meta: z.object({ keywords: z.string().nullable().optional() }),
    }),
  ),
});

const namedEntry = z.object({ name: z.string(), description: z.union([z.string(), z.boolean()]).optional() });

const berlinUvSchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      leika: z.string(),
      description: z.string(),
      responsibility: z.string(),
      fees: z.string(),
      prerequisites: z.array(namedEntry),
      requirements: z.array(namedEntry),
      forms: z.array(namedEntry),
      meta: z.object({ keywords: z.string() }),
    }),
  ),
});

export interface EgrFaq {
  question: string;
  answer: string;
}

export interface MunichService {
  id: string;
  name: string;
  leika: string | null;
  /** Description reduced to the bundle's HTML tags. */
  descriptionHtml: string;
  /** Fees reduced to the bundle's HTML tags. */
  feesHtml: string;
  keywords: string[];
}

export interface NamedEntry {
  name: string;
  description: string;
}

export interface BerlinUvRecord {
  id: string;
  name: string;
  leika: string;
  descriptionParagraphs: string[];
  responsibility: string;
  fees: string;
  prerequisites: NamedEntry[];
  requirements: NamedEntry[];
  formNames: string[];
  keywords: string[];
}

export interface Corpus {
  /** Elterngeldrechner help text whose component file name ends with the given name. */
  egr(component: string): EgrFaq;
  /** A service of the Munich catalogue by its id. */
  munich(id: string): MunichService;
  /** The Berlin DLDB example record for Unterhaltsvorschuss. */
  unterhaltsvorschuss: BerlinUvRecord;
}

const FILES = {
  egr: "elterngeldrechner_infotexte_faq.json",
  munich: "munich_services_de.json",
  uv: "berlin_dldb_service_example_unterhaltsvorschuss.json",
} as const;

function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown;
}

const cleanText = (s: string): string =>
  s
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");

const splitKeywords = (s: string | null | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");

/** Loads and validates the corpus; exits with a clear message if it is missing. */
export function loadCorpus(dir: string): Corpus {
  const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    console.error(
      `Korpus nicht gefunden: ${dir} (fehlend: ${missing.join(", ")}).\n` +
        "Das Skript erwartet das Verzeichnis shared/corpus neben dem Repository (../shared/corpus).\n" +
        "Ohne Korpus bitte die eingecheckte Datei prisma/seed/demo-bundle.json unverändert verwenden.",
    );
    process.exit(2);
  }

  const egr = egrFaqSchema.parse(readJson(dir, FILES.egr));
  const munich = munichSchema.parse(readJson(dir, FILES.munich));
  const uv = berlinUvSchema.parse(readJson(dir, FILES.uv));
  const uvRecord = uv.data[0];
  if (uvRecord === undefined) throw new Error(`${FILES.uv}: kein Datensatz`);

  const entry = (e: z.infer<typeof namedEntry>): NamedEntry => ({
    name: cleanText(e.name),
    description: typeof e.description === "string" ? cleanText(e.description) : "",
  });

  return {
    egr(component: string): EgrFaq {
      const hits = egr.items.filter(
        (i) => (i.answer_source_file ?? i.source_file).endsWith(`/${component}.tsx`),
      );
      const hit = hits[0];
      if (hit === undefined || hits.length > 1) {
        throw new Error(`${FILES.egr}: Hilfetext ${component} nicht eindeutig gefunden (${hits.length} Treffer)`);
      }
      return { question: hit.question, answer: cleanText(hit.answer) };
    },
    munich(id: string): MunichService {
      const s = munich.data.find((x) => x.id === id);
      if (s === undefined) throw new Error(`${FILES.munich}: Leistung ${id} nicht gefunden`);
      return {
        id: s.id,
        name: s.name,
        leika: s.leika ?? null,
        descriptionHtml: sanitizeCorpusHtml(s.description ?? ""),
        feesHtml: sanitizeCorpusHtml(s.fees ?? ""),
        keywords: splitKeywords(s.meta.keywords),
      };
    },
    unterhaltsvorschuss: {
      id: uvRecord.id,
      name: uvRecord.name,
      leika: uvRecord.leika,
      descriptionParagraphs: cleanText(uvRecord.description).split("\n"),
      responsibility: cleanText(uvRecord.responsibility).replace(/\n/g, " "),
      fees: uvRecord.fees,
      prerequisites: uvRecord.prerequisites.map(entry),
      requirements: uvRecord.requirements.map(entry),
      formNames: uvRecord.forms.map((f) => cleanText(f.name)),
      keywords: splitKeywords(uvRecord.meta.keywords),
    },
  };
}
