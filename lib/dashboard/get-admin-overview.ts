import type { OrgKind, Role } from "../../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { ROLES } from "../auth/actor";
import { db } from "../db";
import { getOutboxBacklog, type OutboxBacklog } from "../health/get-outbox-backlog";
import { assertCanViewStartPage } from "./start-pages";

export interface AdminOverview {
  organisations: { total: number; byKind: Record<OrgKind, number> };
  users: { total: number; active: number; byRole: Record<Role, { total: number; active: number }> };
  services: number;
  articles: { total: number; published: number; archived: number };
  activeApiTokens: number;
  outbox: OutboxBacklog;
}

/** Admin start page: installation-wide counts (the admin sees across organisations). */
export async function getAdminOverview(actor: Actor, now: Date = new Date()): Promise<AdminOverview> {
  assertCanViewStartPage(actor, "admin");
  const client = db();

  const [orgRows, userRows, services, articlesTotal, articlesPublished, articlesArchived, activeApiTokens, outbox] =
    await Promise.all([
      client.organisation.groupBy({ by: ["kind"], _count: { _all: true } }),
      client.user.groupBy({ by: ["role", "isActive"], _count: { _all: true } }),
      client.onlineService.count(),
      client.article.count(),
      client.article.count({ where: { publishedRevisionId: { not: null }, archivedAt: null } }),
      client.article.count({ where: { archivedAt: { not: null } } }),
      client.apiToken.count({ where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
      getOutboxBacklog(now),
    ]);

  const byKind: Record<OrgKind, number> = { BUND: 0, LAND: 0, KOMMUNE: 0 };
  for (const r of orgRows) byKind[r.kind] = r._count._all;

  const byRole = Object.fromEntries(ROLES.map((role) => [role, { total: 0, active: 0 }])) as Record<
    Role,
    { total: number; active: number }
  >;
  for (const r of userRows) {
    byRole[r.role].total += r._count._all;
    if (r.isActive) byRole[r.role].active += r._count._all;
  }

  return {
    organisations: { total: orgRows.reduce((n, r) => n + r._count._all, 0), byKind },
    users: {
      total: userRows.reduce((n, r) => n + r._count._all, 0),
      active: userRows.reduce((n, r) => n + (r.isActive ? r._count._all : 0), 0),
      byRole,
    },
    services,
    articles: { total: articlesTotal, published: articlesPublished, archived: articlesArchived },
    activeApiTokens,
    outbox,
  };
}
