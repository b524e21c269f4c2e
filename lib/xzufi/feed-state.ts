import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db-client";

/**
 * The feed state of a region (table XzufiFeedEntry): per Leistung the hash of the XML last exported, the Stand
 * of the export that saw it change or leave the region, and the Stand of the export that last saw it. Every
 * export keeps it current while it streams (exports of a region run one at a time), so an incremental export
 * (since = the Stand of an earlier export) sends exactly what changed after it, plus explicit deletes: a
 * consumer applying all increments in order ends with the full export (xzufi/README.md).
 */

export interface SeenItem {
  leikaKey: string;
  hash: string;
}

/**
 * Records the Leistungen of one page as seen by the export with Stand `stand`; a new hash (or a Leistung back in
 * the region) stamps changedAt with it. With `withChangedAt`, returns each key's changedAt after the write, in the
 * same statement (an incremental export needs it; a full one sends everything and skips reading 1,000 rows back).
 */
export async function recordSeen(client: Db, regionArs: string, items: readonly SeenItem[], stand: Date, withChangedAt = true): Promise<Map<string, Date>> {
  if (!items.length) return new Map();
  const upsert = Prisma.sql`
    INSERT INTO "XzufiFeedEntry" ("regionArs", "leikaKey", "hash", "changedAt", "deletedAt", "seenAt")
    SELECT ${regionArs}, k, h, ${stand}::timestamp(3), NULL::timestamp(3), ${stand}::timestamp(3)
    FROM unnest(${items.map((i) => i.leikaKey)}::text[], ${items.map((i) => i.hash)}::text[]) AS t(k, h)
    ON CONFLICT ("regionArs", "leikaKey") DO UPDATE SET
      "changedAt" = CASE WHEN "XzufiFeedEntry"."hash" <> EXCLUDED."hash" OR "XzufiFeedEntry"."deletedAt" IS NOT NULL
                         THEN EXCLUDED."changedAt" ELSE "XzufiFeedEntry"."changedAt" END,
      "hash" = EXCLUDED."hash",
      "deletedAt" = NULL,
      "seenAt" = EXCLUDED."seenAt"`;
  if (!withChangedAt) {
    await client.$executeRaw(upsert);
    return new Map();
  }
  const rows = await client.$queryRaw<{ leikaKey: string; changedAt: Date }[]>`${upsert} RETURNING "leikaKey", "changedAt"`;
  return new Map(rows.map((r) => [r.leikaKey, r.changedAt]));
}

/** Leistungen of the region (now) that this export has not seen: added behind its cursor while it ran. */
export async function unseenKeys(client: Db, regionArs: string, serviceIds: readonly string[], exportStartedAt: Date): Promise<string[]> {
  if (!serviceIds.length) return [];
  const rows = await client.$queryRaw<{ leikaKey: string }[]>`
    SELECT DISTINCT l."leikaKey" FROM "Leistung" l
    JOIN "ServiceLeistung" sl ON sl."leistungId" = l.id AND sl."serviceId" = ANY(${[...serviceIds]}::text[])
    LEFT JOIN "XzufiFeedEntry" f ON f."regionArs" = ${regionArs} AND f."leikaKey" = l."leikaKey"
    WHERE f."leikaKey" IS NULL OR f."seenAt" < ${exportStartedAt}::timestamp(3)
    ORDER BY l."leikaKey"`;
  return rows.map((r) => r.leikaKey);
}

/** Marks Leistungen that are no longer in the region as deleted (with the export's Stand); returns how many. */
export async function markDeleted(client: Db, regionArs: string, serviceIds: readonly string[], stand: Date): Promise<number> {
  return client.$executeRaw`
    UPDATE "XzufiFeedEntry" f SET "deletedAt" = ${stand}::timestamp(3)
    WHERE f."regionArs" = ${regionArs} AND f."deletedAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Leistung" l JOIN "ServiceLeistung" sl ON sl."leistungId" = l.id
        WHERE l."leikaKey" = f."leikaKey" AND sl."serviceId" = ANY(${[...serviceIds]}::text[])
      )`;
}

/** Keys deleted from the region after `since`, in key order. */
export async function deletedSince(client: Db, regionArs: string, since: Date): Promise<string[]> {
  const rows = await client.xzufiFeedEntry.findMany({ where: { regionArs, deletedAt: { gt: since } }, select: { leikaKey: true }, orderBy: { leikaKey: "asc" } });
  return rows.map((r) => r.leikaKey);
}
