import { deployMigrations } from "../migrations/runner";
import { useDatabase } from "../db";
import { isDemoLoaded, loadDemoData } from "./demo-data";

export interface PrepareOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** load the demo knowledge base and accounts if this database was never seeded */
  loadDemo: boolean;
}

/** Applies pending migrations and, on the very first start only, loads the demo data. */
export async function prepareDatabase(opts: PrepareOptions): Promise<{ appliedMigrations: string[]; demoLoaded: boolean }> {
  const appliedMigrations = await deployMigrations({ databaseUrl: opts.databaseUrl });
  opts.log(appliedMigrations.length ? `Migrationen angewendet: ${appliedMigrations.join(", ")}` : "Datenbankschema ist aktuell.");
  useDatabase(opts.databaseUrl);
  if (!opts.loadDemo || (await isDemoLoaded())) return { appliedMigrations, demoLoaded: false };
  opts.log("Erster Start: lade die Demo-Wissensbasis …");
  const { report, accounts } = await loadDemoData();
  opts.log(`Demo-Wissensbasis geladen: ${report.articles.created} Artikel, ${report.variants.created} Varianten, ${accounts.length} Demo-Konten.`);
  return { appliedMigrations, demoLoaded: true };
}
