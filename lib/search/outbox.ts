import type { Tx } from "../db-client";

export type OutboxEntity = "article" | "synonyms";

/**
 * Notes that the search index must follow a change. Written in the same transaction as the change; the
 * worker re-reads the row later and retries until Meilisearch has taken it (STYLE.md rules 6 and 7).
 */
export async function enqueueSearchWork(tx: Tx, entityType: OutboxEntity, entityId: string): Promise<void> {
  await tx.searchOutbox.create({ data: { entityType, entityId } });
}
