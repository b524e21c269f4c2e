import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration, deployMigrations, migrationStatus, resolveMigration } from "./runner";

/** The wasm migration runner against the real PostgreSQL: deploy, status, create, failed + resolve. */
describe("migration runner (real PostgreSQL)", () => {
  const base = process.env.DATABASE_URL ?? "";
  const name = `kbt_migrate_${Date.now().toString(36)}`;
  let url = "";
  let dir = "";
  const admin = () => new pg.Client({ connectionString: base });
  const query = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE "${name}"`);
    await c.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    dir = await mkdtemp(path.join(os.tmpdir(), "kb-migrate-"));
    await cp("prisma/schema.prisma", path.join(dir, "schema.prisma"));
    await cp("prisma/migrations", path.join(dir, "migrations"), { recursive: true });
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // no shadow database may be left behind
    const left = await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
    await c.end();
    await rm(dir, { recursive: true, force: true });
    expect(left.rows).toEqual([]);
  });

  const opts = () => ({ databaseUrl: url, schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") });

  it("applies the project's migrations to an empty database, with the CLI's bookkeeping", async () => {
    expect((await migrationStatus(opts())).pending.length).toBeGreaterThan(0);
    const applied = await deployMigrations(opts());
    expect(applied[0]).toMatch(/^\d{14}_init$/);
    expect(await deployMigrations(opts())).toEqual([]);
    expect(await migrationStatus(opts())).toMatchObject({ isUpToDate: true, pending: [], failed: [] });
    const [row] = await query("SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations ORDER BY migration_name LIMIT 1");
    const sql = await readFile(path.join(dir, "migrations", String(row?.migration_name), "migration.sql"));
    expect(row?.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(row?.applied_steps_count).toBe(1);
  });

  it("creates a migration from a schema change and applies it; a second run finds nothing to do", async () => {
    const schemaFile = path.join(dir, "schema.prisma");
    await writeFile(schemaFile, `${await readFile(schemaFile, "utf8")}\nmodel MigrationProbe {\n  id   Int    @id @default(autoincrement())\n  note String\n}\n`);
    const created = await createMigration({ ...opts(), name: "Add migrationProbe", log: () => undefined });
    expect(created).toMatch(/\d{14}_add_migration_probe$/);
    expect(await readFile(path.join(created ?? "", "migration.sql"), "utf8")).toContain('CREATE TABLE "MigrationProbe"');
    expect(await query('SELECT count(*)::int AS n FROM "MigrationProbe"')).toEqual([{ n: 0 }]);
    expect(await createMigration({ ...opts(), name: "again", log: () => undefined })).toBeNull();
  });

  it("records a failing migration, refuses to go on, and continues after resolve", async () => {
    const broken = path.join(dir, "migrations", "29991231000000_broken");
    await rm(broken, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(broken));
    await writeFile(path.join(broken, "migration.sql"), "SELECT * FROM gibt_es_nicht;");
    await expect(deployMigrations(opts())).rejects.toThrow();
    expect((await migrationStatus(opts())).failed).toEqual(["29991231000000_broken"]);
    await expect(deployMigrations(opts())).rejects.toThrow(/failed migrations|P3009/);
    await writeFile(path.join(broken, "migration.sql"), "SELECT 1;");
    await resolveMigration(opts(), "rolled-back", "29991231000000_broken");
    expect(await deployMigrations(opts())).toEqual(["29991231000000_broken"]);
    expect((await readdir(path.join(dir, "migrations"))).includes("migration_lock.toml")).toBe(true);
  });
});
