import pg from "pg";
import { deployMigrations } from "../../lib/migrations/runner";
import { disconnectDb, useDatabase } from "../../lib/db";

/**
 * A new, migrated database on the test server (the server of DATABASE_URL), used by this process's db().
 * Each integration test file gets its own, so files cannot see each other's data.
 */
export async function createFreshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL fehlt: Integrationstests laufen mit npm test (scripts/test-all.sh)");
  const name = `kbt_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  await deployMigrations({ databaseUrl: url });
  useDatabase(url);
  return {
    url,
    drop: async () => {
      await disconnectDb();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
