import { db } from "../db";

export interface OutboxBacklog {
  pending: number;
  /** Age of the oldest pending entry in whole seconds; null when nothing is pending. */
  oldestAgeSeconds: number | null;
}

/** Pending work for the search index: how much, and how long the oldest entry has waited. */
export async function getOutboxBacklog(now: Date = new Date()): Promise<OutboxBacklog> {
  const [pending, oldest] = await Promise.all([
    db().searchOutbox.count({ where: { status: "PENDING" } }),
    db().searchOutbox.findFirst({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
  ]);
  return {
    pending,
    oldestAgeSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / 1000)) : null,
  };
}
