import { db } from "../db";
import type { Actor } from "../auth/actor";
import { allowedArticleActions, authorizeArticle, type ArticleAction } from "../policies/article-policy";
import { actorParentOrgId, loadArticleResource } from "./load-article";
import { presentRevision, type RevisionView } from "./present-article";
import { readArticleState } from "./read-article-state";

export interface ArticleView {
  id: string;
  key: string;
  type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  isVariant: boolean;
  isArchived: boolean;
  service: { id: string; key: string; name: string; leistungen: { leikaKey: string; name: string }[]; coUsers: { ars: string; name: string }[] };
  /** what agents see now */
  published: (RevisionView & { needsPostReview: boolean; publishedAt: string | null }) | null;
  /** the newest revision, if it is not the published one (a draft, in review or sent back) */
  pending: (RevisionView & { reviewComment: string | null }) | null;
  headRevisionId: string | null;
  allowedActions: ArticleAction[];
  workarounds: { id: string; title: string }[];
}

/** One base article as its editors and reviewers see it: published state, pending draft, allowed actions. */
export async function getArticle(actor: Actor, articleId: string): Promise<ArticleView> {
  const client = db();
  const { article, resource } = await loadArticleResource(client, articleId);
  const parent = await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind);
  authorizeArticle(actor, "read", resource, parent);
  const state = await readArticleState(client, articleId);
  const isAgent = actor.role === "AGENT" || actor.role === "XZUFI";
  const [service, publishedRow, headRow, workarounds] = await Promise.all([
    client.onlineService.findUniqueOrThrow({
      where: { id: article.serviceId },
      select: { id: true, key: true, name: true, leistungen: { select: { leistung: { select: { leikaKey: true, name: true } } } }, coUsers: { select: { organisation: { select: { ars: true, name: true } } } } },
    }),
    article.publishedRevisionId ? client.revision.findUnique({ where: { id: article.publishedRevisionId }, select: { needsPostReview: true, publishedAt: true } }) : null,
    article.headRevisionId ? client.revision.findUnique({ where: { id: article.headRevisionId }, select: { reviewComment: true } }) : null,
    article.type === "INCIDENT"
      ? client.article.findMany({ where: { serviceId: article.serviceId, type: "WORKAROUND", archivedAt: null, parentId: null }, select: { id: true, publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } } })
      : [],
  ]);
  const published = state.published?.content ? state.published : null;
  const isPending = (st: string | undefined) => st === "DRAFT" || st === "IN_REVIEW" || st === "REJECTED";
  const head = state.head?.content && state.head.id !== state.published?.id && isPending(state.head.status) ? state.head : null;
  return {
    id: article.id, key: article.key, type: article.type, isVariant: resource.isVariant, isArchived: resource.isArchived,
    service: {
      id: service.id, key: service.key, name: service.name,
      leistungen: service.leistungen.map((l) => l.leistung).sort((x, y) => x.name.localeCompare(y.name, "de")),
      coUsers: service.coUsers.map((c) => c.organisation).sort((x, y) => x.ars.localeCompare(y.ars)),
    },
    published: published?.content
      ? { ...presentRevision({ ...published, content: isAgent ? { ...published.content, internalNote: null } : published.content }), needsPostReview: publishedRow?.needsPostReview ?? false, publishedAt: publishedRow?.publishedAt?.toISOString() ?? null }
      : null,
    pending: !isAgent && head?.content ? { ...presentRevision({ ...head, content: head.content }), reviewComment: headRow?.reviewComment ?? null } : null,
    headRevisionId: isAgent ? null : article.headRevisionId,
    allowedActions: allowedArticleActions(actor, resource, parent),
    workarounds: workarounds.map((w) => ({ id: w.id, title: w.publishedRevision?.title ?? w.headRevision?.title ?? "(ohne Titel)" })),
  };
}

export interface RevisionListItem {
  id: string;
  number: number;
  status: string;
  createdAt: string;
  author: string | null;
  changeNote: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
  isPublished: boolean;
  isHead: boolean;
}

/** The history of an article, newest first. */
export async function listRevisions(actor: Actor, articleId: string): Promise<RevisionListItem[]> {
  const client = db();
  const { article, resource } = await loadArticleResource(client, articleId);
  authorizeArticle(actor, "viewHistory", resource, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  const rows = await client.revision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, status: true, createdAt: true, changeNote: true, reviewComment: true, author: { select: { name: true } }, reviewedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id, number: r.number, status: r.status, createdAt: r.createdAt.toISOString(), author: r.author?.name ?? null, changeNote: r.changeNote,
    reviewedBy: r.reviewedBy?.name ?? null, reviewComment: r.reviewComment, isPublished: r.id === article.publishedRevisionId, isHead: r.id === article.headRevisionId,
  }));
}
