// Builds the German demo knowledge base as a KB bundle: prisma/seed/demo-bundle.json.
//
//   npx tsx prisma/seed/build-demo-bundle.ts
//
// Parts of the content derive from third-party texts in shared/corpus (EUPL-1.2), which lives next
// to the repository (../shared/corpus), not in it. The generated JSON is committed and is the
// artifact; a clone without the corpus uses it as it is. Attribution: prisma/seed/README.md.
// The script checks the bundle before writing it and exits non-zero with every problem found.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { elterngeldArticles } from "./demo/articles-elterngeld";
import { gewerbeArticles } from "./demo/articles-gewerbe";
import { unterhaltsvorschussArticles } from "./demo/articles-unterhaltsvorschuss";
import { wohnsitzArticles } from "./demo/articles-wohnsitz";
import { checkBundle } from "./demo/check";
import { loadCorpus } from "./demo/corpus";
import { buildServices, organisations, routingTargets, synonyms } from "./demo/structure";
import { ARTICLE_TYPES, CATEGORIES } from "./demo/types";
import type { KbBundle } from "./demo/types";
import { buildVariants } from "./demo/variants";

const seedDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(seedDir, "../..");
const corpusDir = resolve(repoRoot, "../shared/corpus");
const outFile = resolve(seedDir, "demo-bundle.json");

function build(): KbBundle {
  const corpus = loadCorpus(corpusDir);
  return {
    format: "kb-bundle",
    version: 1,
    organisations,
    services: buildServices(corpus),
    articles: [
      ...elterngeldArticles(corpus),
      ...unterhaltsvorschussArticles(corpus),
      ...wohnsitzArticles(corpus),
      ...gewerbeArticles(corpus),
    ],
    variants: buildVariants(corpus),
    routingTargets,
    synonyms,
  };
}

function summary(b: KbBundle): string {
  const published = b.articles.filter((a) => a.status === "PUBLISHED");
  const byType = ARTICLE_TYPES.map((t) => `${t} ${published.filter((a) => a.type === t).length}`).join(", ");
  const byCategory = CATEGORIES.map((c) => `${c} ${published.filter((a) => a.categories.includes(c)).length}`).join(", ");
  const byService = b.services.map((s) => `${s.key} ${published.filter((a) => a.service === s.key).length}`).join(", ");
  const active = published.filter((a) => a.incident !== null && a.incident.resolvedAt === null).map((a) => a.key);
  const landVariants = b.variants.filter((v) => v.regionArs.length === 2).length;
  return [
    `Organisationen: ${b.organisations.length} (${b.organisations.filter((o) => o.kind === "LAND").length} Länder, ${b.organisations.filter((o) => o.kind === "KOMMUNE").length} Kommunen)`,
    `Onlinedienste: ${b.services.length}`,
    `Artikel: ${b.articles.length}, davon veröffentlicht ${published.length}`,
    `  nach Typ: ${byType}`,
    `  nach Kategorie: ${byCategory}`,
    `  nach Dienst: ${byService}`,
    `  aktive Störung: ${active.join(", ")}`,
    `Varianten: ${b.variants.length} (${landVariants} Land, ${b.variants.length - landVariants} Kommune)`,
    `Routingziele: ${b.routingTargets.length}`,
    `Synonymgruppen: ${b.synonyms.length}`,
  ].join("\n");
}

const bundle = build();
const problems = checkBundle(bundle);
if (problems.length > 0) {
  console.error(`Demo-Bundle ungültig, ${problems.length} Problem(e):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}

const json = `${JSON.stringify(bundle, null, 2)}\n`;
writeFileSync(outFile, json, "utf8");
// Read back what was written: the file on disk must parse and be the same bundle.
if (JSON.stringify(JSON.parse(readFileSync(outFile, "utf8")) as unknown) !== JSON.stringify(bundle)) {
  console.error(`${outFile}: Rücklesen ergab einen anderen Inhalt`);
  process.exit(1);
}
console.log(`${relative(repoRoot, outFile)} geschrieben (Selbstprüfung bestanden)\n${summary(bundle)}`);
