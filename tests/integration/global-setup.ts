/**
 * Global setup of the vitest project "integration": the tests run against a real PostgreSQL and a real
 * Meilisearch, which scripts/test-all.sh (npm test) provides: a fresh database on the machine's PostgreSQL
 * and a Meilisearch on a free port. Checks both are there and migrates the database once.
 */
import pg from "pg";
import { deployMigrations } from "../../lib/migrations/runner";
import { redactUrl } from "../../lib/system/start-plan";

const HOW = "Integrationstests laufen mit npm test (scripts/test-all.sh), das eine frische Testdatenbank und Meilisearch bereitstellt";

export default async function setup(): Promise<void> {
  const missing = [
    ["DATABASE_URL", "die URL einer frischen Testdatenbank, z. B. postgresql://postgres@127.0.0.1:5432/kb_test_1"],
    ["MEILI_URL", "die URL eines laufenden Meilisearch, z. B. http://127.0.0.1:7700"],
    ["MEILI_MASTER_KEY", "dessen Master-Key"],
  ].filter(([name]) => !process.env[name as string]);
  if (missing.length) {
    throw new Error(`${missing.map(([name, what]) => `Umgebungsvariable ${name}: fehlt; erwartet ${what}`).join("\n")}\n${HOW}.`);
  }
  const databaseUrl = process.env.DATABASE_URL as string;
  const meiliUrl = process.env.MEILI_URL as string;

  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    throw new Error(`Testdatenbank ${redactUrl(databaseUrl)} nicht erreichbar: ${(err as Error).message}. ${HOW}.`, { cause: err });
  } finally {
    await client.end().catch(() => {});
  }

  const health = await fetch(new URL("/health", meiliUrl), { signal: AbortSignal.timeout(5_000) }).catch((err: Error) => err);
  if (health instanceof Error || !health.ok) {
    throw new Error(`Meilisearch unter ${meiliUrl} nicht erreichbar (${health instanceof Error ? health.message : `HTTP ${health.status}`}). ${HOW}.`);
  }

  const applied = await deployMigrations({ databaseUrl });
  if (applied.length) console.log(`Testdatenbank migriert: ${applied.join(", ")}`);
}

