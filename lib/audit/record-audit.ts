import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db-client";

/** Who an audit row names: a user, or a process such as the bundle import. */
export interface AuditActor {
  id: string | null;
  label: string;
}

export const IMPORT_ACTOR: AuditActor = { id: null, label: "Import (Wissenspaket)" };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  articleId?: string;
  fromRevisionId?: string | null;
  toRevisionId?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Writes one audit row inside the caller's transaction (STYLE.md rule 6). */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      articleId: entry.articleId,
      fromRevisionId: entry.fromRevisionId ?? null,
      toRevisionId: entry.toRevisionId ?? null,
      details: entry.details,
    },
  });
}
