import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { noteChange } from "./change-feed";
import { requireDatabaseUrl } from "./env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The tables a statement writes: Prisma's `INSERT INTO "public"."Article"`, and the same in raw SQL. */
const WRITTEN_TABLE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:"public"\.)?"(\w+)"/gi;

export function writtenTables(sql: string): string[] {
  return [...sql.matchAll(WRITTEN_TABLE)].map((m) => m[1] as string);
}

/**
 * A new Prisma client on the configured (or given) database; scripts and tests own their client. Each
 * statement that writes a table counts as a change for this process's caches when it is sent
 * (lib/change-feed.ts); other processes learn of it from the database's notification after the commit.
 */
export function createPrismaClient(url: string = requireDatabaseUrl()): PrismaClient {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // Prisma sends independent statements of one transaction at once. pg queues them on the connection but
    // warns (and pg 9 will refuse); they wait here for the one before, in the order sent, instead.
    let previous: Promise<unknown> = Promise.resolve();
    client.query = ((config: unknown, ...rest: unknown[]) => {
      const sql = typeof config === "string" ? config : (config as { text?: string } | null)?.text;
      if (sql) for (const table of writtenTables(sql)) noteChange(table);
      const usesCallback = typeof rest.at(-1) === "function" || typeof (config as { submit?: unknown } | null)?.submit === "function";
      if (usesCallback) return query(config, ...rest);
      const send = () => query(config, ...rest) as Promise<unknown>;
      const result = previous.then(send, send);
      previous = result.catch(() => undefined);
      return result;
    }) as typeof client.query;
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

const pools = new WeakMap<object, pg.Pool>();
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
/** timestamp(3) columns hold UTC, as Prisma writes and reads them */
const utcTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : oid === TIMESTAMPTZ ? (v: string) => new Date(v) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/**
 * The rows of one read statement, straight from the client's pool: the same result as `$queryRaw` for text,
 * numbers, booleans, JSON, arrays and timestamps (UTC), without Prisma's query interpreter, which costs about
 * 0.6 ms of the event loop per statement (docs/search.md). For the reads of every search; a transaction client
 * reads through Prisma.
 */
export async function readRows<T>(client: Db | Tx, query: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(client);
  if (!pool) return (client as Db).$queryRaw<T[]>(query);
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return (await pool.query({ text: query.text, values, types: utcTypes })).rows as T[];
}
