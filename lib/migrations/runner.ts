/**
 * Offline stand-in for `prisma migrate deploy | status | dev | resolve` (Prisma 7, PostgreSQL).
 * Drives @prisma/schema-engine-wasm (the same engine build as the CLI 7.10.0) through @prisma/adapter-pg,
 * so no native schema-engine binary has to be downloaded. Migrations stay in Prisma's own format
 * (prisma/migrations/<timestamp>_<name>/migration.sql + migration_lock.toml, rows in _prisma_migrations).
 */
import fs from "node:fs/promises";
import path from "node:path";
import net from "node:net";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export interface MigrationOptions {
  databaseUrl: string;
  schemaPath?: string;
  migrationsDir?: string;
  /** "pglite": an in-memory PGlite as shadow database (PGlite has only one database) */
  shadow?: "server" | "pglite";
  shadowDatabaseUrl?: string;
  log?: (line: string) => void;
}

const filters = { externalTables: [] as string[], externalEnums: [] as string[] };

let wasmPromise: Promise<typeof bg> | undefined;
function loadWasm(): Promise<typeof bg> {
  wasmPromise ??= (async () => {
    // The wasm calls this on a Rust panic (the CLI installs the same hook).
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (m: string) => console.error(`schema-engine panic: ${m}`),
    };
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await fs.readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmPromise;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

// adapter-pg 7.10 cannot map PostgreSQL's internal "char" type (OID 18), which the schema describer reads
// from pg_catalog. Report such columns as ColumnType.Character (6); pg returns them as 1-letter strings.
type PgQueryableProto = {
  __charOidPatched?: boolean;
  performIO: (query: object) => Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw: (query: object) => Promise<{ columnTypes: number[] }>;
};
const charColumns = new WeakMap<object, number[]>();
function patchCharOid(adapter: object) {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as PgQueryableProto;
  if (proto.__charOidPatched) return;
  const { performIO, queryRaw } = proto;
  proto.performIO = async function (this: unknown, query: object) {
    const result = await performIO.call(this, query);
    const idx: number[] = [];
    result.fields.forEach((f, i) => {
      if (f.dataTypeID === 18) {
        f.dataTypeID = 25;
        idx.push(i);
      }
    });
    if (idx.length) charColumns.set(query, idx);
    return result;
  };
  proto.queryRaw = async function (this: unknown, query: object) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = 6;
    return result;
  };
  proto.__charOidPatched = true;
}

/**
 * adapter-pg runs a migration script statement by statement, split at every ";", also inside a function body
 * ($$ … $$). A script with a function body goes to the server whole instead (the simple query protocol takes
 * several statements, in one implicit transaction).
 */
function keepFunctionBodies(adapter: PgAdapter) {
  const scripted = adapter as unknown as { executeScript(script: string): Promise<void>; client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
  const split = scripted.executeScript.bind(adapter);
  scripted.executeScript = async (script: string) => {
    if (!script.includes("$$")) return split(script);
    try {
      await scripted.client.query(script);
    } catch (e) {
      scripted.onError(e);
    }
  };
}

class MigrationAdapter extends PrismaPg {
  cleanups: (() => Promise<void>)[] = [];
  constructor(
    readonly url: string,
    private readonly opts: Pick<MigrationOptions, "shadow" | "shadowDatabaseUrl"> = {},
  ) {
    super({ connectionString: url, max: 2 });
  }
  override async connect(): Promise<PgAdapter> {
    const a = await super.connect();
    patchCharOid(a);
    keepFunctionBodies(a);
    return a;
  }
  override async connectToShadowDb(): Promise<PgAdapter> {
    if (this.opts.shadowDatabaseUrl) return new MigrationAdapter(this.opts.shadowDatabaseUrl).connect();
    if (this.opts.shadow !== "pglite") {
      // Not super.connectToShadowDb(): adapter-pg 7.10 lets the connection string win over `database`, so its
      // "shadow" is the main database; and it drops the shadow before closing its pool. Build it ourselves.
      const main = await this.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      await main.executeScript(`CREATE DATABASE "${name}"`);
      const u = new URL(this.url);
      u.pathname = `/${name}`;
      const shadow = await new MigrationAdapter(u.toString()).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await main.dispose();
      };
      return shadow;
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
    const pglite = await PGlite.create();
    const port = await freePort();
    const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections: 4 });
    await server.start();
    this.cleanups.push(async () => {
      await server.stop();
      await pglite.close();
    });
    return new MigrationAdapter(`postgresql://postgres:postgres@127.0.0.1:${port}/postgres`).connect();
  }
}

async function listMigrations(migrationsDir: string) {
  const lockPath = "migration_lock.toml";
  const lockContent = await fs.readFile(path.join(migrationsDir, lockPath), "utf8").catch(() => null);
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((d) => d.isDirectory())) {
    const content = await fs
      .readFile(path.join(migrationsDir, e.name, "migration.sql"), "utf8")
      .then((value) => ({ tag: "ok" as const, value }))
      .catch((err: Error) => ({ tag: "error" as const, value: err.message }));
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: migrationsDir, lockfile: { path: lockPath, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

type Engine = bg.SchemaEngine;

async function withRunner<T>(opts: MigrationOptions, fn: (ctx: {
  withEngine: <R>(f: (e: Engine) => Promise<R>) => Promise<R>;
  migrations: () => ReturnType<typeof listMigrations>;
  schemaFile: { path: string; content: string };
  migrationsDir: string;
}) => Promise<T>): Promise<T> {
  const schemaPath = path.resolve(opts.schemaPath ?? "prisma/schema.prisma");
  const migrationsDir = path.resolve(opts.migrationsDir ?? "prisma/migrations");
  const schemaFile = { path: schemaPath, content: await fs.readFile(schemaPath, "utf8") };
  const wasm = await loadWasm();
  const factory = new MigrationAdapter(opts.databaseUrl, opts);
  const engineLog = (m: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[engine]", m);
  };
  // Engine quirk (wasm 7.10): createMigration/evaluateDataLoss only see connectToShadowDb() after
  // devDiagnostic ran on the same instance, and applying a migration forgets it: a fresh engine per phase.
  const withEngine = async <R>(f: (e: Engine) => Promise<R>): Promise<R> => {
    const adapter = bindMigrationAwareSqlAdapterFactory(factory);
    const engine = await wasm.SchemaEngine.new({ datamodels: [[schemaFile.path, schemaFile.content]] }, engineLog, adapter);
    try {
      return await f(engine);
    } finally {
      engine.free();
    }
  };
  try {
    return await fn({ withEngine, migrations: () => listMigrations(migrationsDir), schemaFile, migrationsDir });
  } finally {
    for (const c of factory.cleanups) await c();
  }
}

/** Applies all pending migrations (= prisma migrate deploy); returns the names applied. */
export async function deployMigrations(opts: MigrationOptions): Promise<string[]> {
  return withRunner(opts, async ({ withEngine, migrations }) => {
    const { appliedMigrationNames } = await withEngine(async (e) =>
      e.applyMigrations({ migrationsList: await migrations(), filters }),
    );
    return appliedMigrationNames;
  });
}

export interface MigrationStatus {
  pending: string[];
  failed: string[];
  /** applied migrations whose file changed since */
  edited: string[];
  /** migrations in the database that the folder does not have (a newer or different version wrote them) */
  unknownInDatabase: string[];
  isUpToDate: boolean;
}

/** Compares the database's migration history with prisma/migrations (= prisma migrate status). */
export async function migrationStatus(opts: MigrationOptions): Promise<MigrationStatus> {
  return withRunner(opts, async ({ withEngine, migrations }) => {
    const s = await withEngine(async (e) =>
      e.diagnoseMigrationHistory({ migrationsList: await migrations(), optInToShadowDatabase: false, filters }),
    );
    const history = s.history as null | { diagnostic: string; unappliedMigrationNames?: string[]; unpersistedMigrationNames?: string[] };
    return {
      pending: history?.unappliedMigrationNames ?? [],
      failed: s.failedMigrationNames,
      edited: s.editedMigrationNames,
      unknownInDatabase: history?.unpersistedMigrationNames ?? [],
      isUpToDate: !history && s.failedMigrationNames.length === 0 && s.editedMigrationNames.length === 0,
    };
  });
}

/** Marks a failed migration as rolled back or applied (= prisma migrate resolve). */
export async function resolveMigration(opts: MigrationOptions, how: "rolled-back" | "applied", migrationName: string): Promise<void> {
  await withRunner(opts, async ({ withEngine, migrations }) => {
    if (how === "rolled-back") await withEngine((e) => e.markMigrationRolledBack({ migrationName }));
    else await withEngine(async (e) => e.markMigrationApplied({ migrationName, migrationsList: await migrations() }));
  });
}

/** The CLI's slug rule for migration names (ASCII subset of slugify with "_"). */
export function migrationSlug(raw: string): string {
  return raw
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

/**
 * Creates a migration from the difference between prisma/migrations and schema.prisma
 * (= prisma migrate dev --name), then applies it unless createOnly. Returns the folder or null if in sync.
 */
export async function createMigration(
  opts: MigrationOptions & { name: string; createOnly?: boolean; forceReset?: boolean },
): Promise<string | null> {
  const log = opts.log ?? console.log;
  return withRunner(opts, async ({ withEngine, migrations, schemaFile, migrationsDir }) => {
    const schema = { files: [schemaFile] };
    const diag = await withEngine(async (e) => e.devDiagnostic({ migrationsList: await migrations(), filters }));
    if (diag.action.tag === "reset") {
      if (!opts.forceReset) throw new Error(`Die Datenbank muss zurückgesetzt werden: ${diag.action.reason} (mit --force-reset erneut aufrufen; alle Daten gehen verloren)`);
      await withEngine((e) => e.reset({ filter: filters }));
    }
    await withEngine(async (e) => e.applyMigrations({ migrationsList: await migrations(), filters }));
    const out = await withEngine(async (e) => {
      await e.devDiagnostic({ migrationsList: await migrations(), filters }); // primes the shadow DB factory
      const loss = await e.evaluateDataLoss({ migrationsList: await migrations(), schema, filters });
      for (const w of loss.warnings) log(`WARNUNG: ${w.message}`);
      if (loss.unexecutableSteps.length) throw new Error(loss.unexecutableSteps.map((s) => s.message).join("\n"));
      return e.createMigration({ draft: Boolean(opts.createOnly), migrationName: migrationSlug(opts.name), migrationsList: await migrations(), schema, filters });
    });
    if (out.migrationScript === null) return null;
    // exactly what the prisma 7.10 CLI writes: folder mode 0o777, script verbatim, lockfile text
    const dir = path.join(migrationsDir, out.generatedMigrationName);
    await fs.mkdir(dir, { recursive: true, mode: 0o777 });
    await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript, "utf8");
    await fs.writeFile(
      path.join(migrationsDir, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      "utf8",
    );
    if (!opts.createOnly) await withEngine(async (e) => e.applyMigrations({ migrationsList: await migrations(), filters }));
    return dir;
  });
}
