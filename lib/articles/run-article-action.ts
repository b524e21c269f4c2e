import { db } from "../db";
import type { Tx } from "../db-client";
import type { Actor } from "../auth/actor";
import { authorizeArticle, type ArticleAction } from "../policies/article-policy";
import { actorParentOrgId, loadArticleResource } from "./load-article";

type Loaded = Awaited<ReturnType<typeof loadArticleResource>>;

/** Runs a workflow step in a transaction on the locked article, after the policy allowed it. */
export async function runArticleAction<T>(actor: Actor, articleId: string, action: ArticleAction, step: (tx: Tx, loaded: Loaded) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    const loaded = await loadArticleResource(tx, articleId, { lock: true });
    authorizeArticle(actor, action, loaded.resource, await actorParentOrgId(tx, actor.organisation.id, actor.organisation.kind));
    return step(tx, loaded);
  });
}
