import { deployMigrations } from "../migrations/runner";
import { useDatabase } from "../db";
import { loadStarterSynonyms } from "../synonyms/load-starter-synonyms";
import { isDemoLoaded, loadDemoData } from "./demo-data";

export interface PrepareOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** load the demo knowledge base and accounts if this database was never seeded */
  loadDemo: boolean;
}

/**
 * Applies pending migrations and, on the very first start only, loads the demo data and the starter vocabulary
 * of synonyms (prisma/seed/synonyms.json; also without demo data, and never again once loaded).
 */
export async function prepareDatabase(opts: PrepareOptions): Promise<{ appliedMigrations: string[]; demoLoaded: boolean }> {
  const appliedMigrations = await deployMigrations({ databaseUrl: opts.databaseUrl });
  opts.log(appliedMigrations.length ? `Migrationen angewendet: ${appliedMigrations.join(", ")}` : "Datenbankschema ist aktuell.");
  useDatabase(opts.databaseUrl);
  let demoLoaded = false;
  if (opts.loadDemo && !(await isDemoLoaded())) {
    opts.log("Erster Start: lade die Demo-Wissensbasis …");
    const { report, accounts, events } = await loadDemoData();
    opts.log(`Demo-Wissensbasis geladen: ${report.articles.created} Artikel, ${report.variants.created} Varianten, ${accounts.length} Demo-Konten, ${events.searches} Suchen und ${events.feedback} Rückmeldungen eines Monats für die S6-Statistik.`);
    demoLoaded = true;
  }
  const synonyms = await loadStarterSynonyms();
  if (synonyms.isLoaded) {
    const skipped = synonyms.skipped.length ? `, ${synonyms.skipped.length} übersprungen (Begriff schon in einer anderen Gruppe)` : "";
    opts.log(`Start-Wortschatz der Suche geladen: ${synonyms.created} Synonymgruppen neu, ${synonyms.existing} schon vorhanden${skipped}.`);
  }
  return { appliedMigrations, demoLoaded };
}
