import { createPrismaClient, type Db } from "./db-client";

/** The one Prisma client of this process (kept on globalThis so dev reloads do not open new pools). */
const globalForDb = globalThis as unknown as { efaDb?: Db };

export function db(): Db {
  globalForDb.efaDb ??= createPrismaClient();
  return globalForDb.efaDb;
}

/** Points this process at a database chosen at run time (scripts that start or find the database). */
export function useDatabase(url: string): Db {
  if (globalForDb.efaDb) void globalForDb.efaDb.$disconnect();
  globalForDb.efaDb = createPrismaClient(url);
  return globalForDb.efaDb;
}

/** Closes the process-wide client (scripts and tests, at their end). */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.efaDb;
  globalForDb.efaDb = undefined;
  await client?.$disconnect();
}
