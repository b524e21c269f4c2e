import { followDatabase } from "./change-feed";
import { createPrismaClient, type Db } from "./db-client";
import { requireDatabaseUrl } from "./env";

/** The one Prisma client of this process (kept on globalThis so dev reloads do not open new pools). */
const globalForDb = globalThis as unknown as { efaDb?: Db };

export function db(): Db {
  if (!globalForDb.efaDb) {
    const url = requireDatabaseUrl();
    globalForDb.efaDb = createPrismaClient(url);
    followDatabase(url);
  }
  return globalForDb.efaDb;
}

/** Points this process at a database chosen at run time (scripts that start or find the database). */
export function useDatabase(url: string): Db {
  if (globalForDb.efaDb) void globalForDb.efaDb.$disconnect();
  globalForDb.efaDb = createPrismaClient(url);
  followDatabase(url);
  return globalForDb.efaDb;
}

/** Closes the process-wide client and stops following its changes (scripts and tests, at their end). */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.efaDb;
  globalForDb.efaDb = undefined;
  followDatabase(undefined);
  await client?.$disconnect();
}
