import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import type { AuditActor } from "../audit/record-audit";
import { recordAudit } from "../audit/record-audit";
import { synonymTermsKey } from "../bundle/validate-bundle";
import { enqueueSearchWork } from "../search/outbox";
import { distinctTerms } from "./schema";
import { STARTER_SYNONYMS_PATH, starterVocabularySchema, vocabularyProblems } from "./starter-vocabulary";

const STATE_KEY = "synonyms.starterLoadedAt";
const ACTOR: AuditActor = { id: null, label: "Start-Wortschatz" };

export interface StarterReport {
  /** false: it was loaded before (it is never loaded twice, so deleted groups stay deleted) */
  isLoaded: boolean;
  created: number;
  /** groups already in the database with exactly these terms */
  existing: number;
  /** groups left out because one of their terms already belongs to another group of the database */
  skipped: string[][];
}

/**
 * Loads the starter vocabulary into the database once (first start). A group whose terms already form a group
 * counts as existing; a group with a term of another existing group is skipped (the editors' choice wins).
 */
export async function loadStarterSynonyms(root = process.cwd()): Promise<StarterReport> {
  const client = db();
  if (await client.systemState.findUnique({ where: { key: STATE_KEY } })) return { isLoaded: false, created: 0, existing: 0, skipped: [] };
  const vocabulary = starterVocabularySchema.parse(JSON.parse(await readFile(path.join(root, STARTER_SYNONYMS_PATH), "utf8")));
  const problems = vocabularyProblems(vocabulary);
  if (problems.length) throw new Error(`${STARTER_SYNONYMS_PATH} verletzt die Regeln: ${problems.join("; ")}`);
  return client.$transaction(
    async (tx) => {
      const report: StarterReport = { isLoaded: true, created: 0, existing: 0, skipped: [] };
      const rows = await tx.synonymGroup.findMany({ select: { termsKey: true, terms: true } });
      const keys = new Set(rows.map((r) => r.termsKey));
      const owned = new Set(rows.flatMap((r) => r.terms.map((t) => t.toLowerCase())));
      for (const group of vocabulary.groups) {
        const terms = distinctTerms(group.terms);
        const termsKey = synonymTermsKey(terms);
        if (keys.has(termsKey)) {
          report.existing++;
          continue;
        }
        if (terms.some((t) => owned.has(t.toLowerCase()))) {
          report.skipped.push(terms);
          continue;
        }
        const row = await tx.synonymGroup.create({ data: { terms, termsKey } });
        await recordAudit(tx, ACTOR, { action: "synonyms.create", entityType: "synonymGroup", entityId: row.id, details: { terms, source: group.source } });
        keys.add(termsKey);
        for (const t of terms) owned.add(t.toLowerCase());
        report.created++;
      }
      if (report.created) await enqueueSearchWork(tx, "synonyms", "all");
      await tx.systemState.create({ data: { key: STATE_KEY, value: new Date().toISOString() } });
      return report;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
