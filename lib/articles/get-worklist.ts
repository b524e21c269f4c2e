import { db } from "../db";
import type { Actor } from "../auth/actor";
import { articleListScope } from "../policies/article-policy";
import { actorParentOrgId } from "./load-article";

export interface WorkItem {
  id: string;
  title: string;
  service: string;
  type: string;
  date: string | null;
  author: string | null;
}

export interface Worklist {
  drafts: WorkItem[];
  inReview: WorkItem[];
  reviewOverdue: WorkItem[];
  expiringSoon: WorkItem[];
  incidentsToConfirm: WorkItem[];
}

const LIMIT = 100;

/**
 * The BeV's and reviewers' to-do lists: drafts (and sent back), revisions waiting for review, articles whose
 * Wiedervorlage has passed, published articles that expire within 30 days, incidents still to be checked.
 */
export async function getWorklist(actor: Actor, now = new Date()): Promise<Worklist> {
  const client = db();
  const scope = { AND: [articleListScope(actor, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind)), { parentId: null, archivedAt: null }] };
  const in30 = new Date(now.getTime() + 30 * 86_400_000);
  const select = {
    id: true, type: true, service: { select: { name: true } },
    headRevision: { select: { title: true, createdAt: true, reviewDue: true, author: { select: { name: true } } } },
    publishedRevision: { select: { title: true, validUntil: true, publishedAt: true, author: { select: { name: true } } } },
  } as const;
  const [drafts, inReview, overdue, expiring, toConfirm] = await Promise.all([
    client.article.findMany({ where: { ...scope, headRevision: { status: { in: ["DRAFT", "REJECTED"] } } }, select, orderBy: { updatedAt: "desc" }, take: LIMIT }),
    client.article.findMany({ where: { ...scope, headRevision: { status: "IN_REVIEW" } }, select, orderBy: { updatedAt: "asc" }, take: LIMIT }),
    client.article.findMany({ where: { ...scope, headRevision: { reviewDue: { lt: now } } }, select, orderBy: { updatedAt: "asc" }, take: LIMIT }),
    client.article.findMany({ where: { ...scope, publishedRevision: { validUntil: { gte: now, lte: in30 } } }, select, orderBy: { updatedAt: "asc" }, take: LIMIT }),
    client.article.findMany({ where: { ...scope, publishedRevision: { needsPostReview: true } }, select, orderBy: { updatedAt: "asc" }, take: LIMIT }),
  ]);
  type Row = (typeof drafts)[number];
  const item = (r: Row, date: Date | null | undefined, fromPublished = false): WorkItem => ({
    id: r.id, type: r.type, service: r.service.name,
    title: (fromPublished ? r.publishedRevision?.title : r.headRevision?.title) ?? r.headRevision?.title ?? "(ohne Titel)",
    date: date?.toISOString() ?? null,
    author: (fromPublished ? r.publishedRevision?.author?.name : r.headRevision?.author?.name) ?? null,
  });
  return {
    drafts: drafts.map((r) => item(r, r.headRevision?.createdAt)),
    inReview: inReview.map((r) => item(r, r.headRevision?.createdAt)),
    reviewOverdue: overdue.map((r) => item(r, r.headRevision?.reviewDue)),
    expiringSoon: expiring.map((r) => item(r, r.publishedRevision?.validUntil, true)),
    incidentsToConfirm: toConfirm.map((r) => item(r, r.publishedRevision?.publishedAt, true)),
  };
}
