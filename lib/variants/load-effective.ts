import type { Db, Tx } from "../db-client";
import type { ArticleContent, VariantChangeInput } from "../articles/content";
import { toRevisionState } from "../articles/read-article-state";
import { effectiveContent, type EffectiveContent, type VariantStep } from "./effective-content";

const revisionInclude = { changes: true, incident: { include: { affectedRegions: { select: { organisationId: true } } } } } as const;

export interface ChainNode {
  articleId: string;
  key: string;
  level: "base" | "land" | "kommune";
  orgId: string;
  orgName: string;
  parentId: string | null;
  publishedRevisionId: string | null;
  headRevisionId: string | null;
  archivedAt: Date | null;
}

/** The article and its ancestors, base first (at most base -> Land -> Kommune). */
export async function loadChain(client: Db | Tx, articleId: string): Promise<ChainNode[]> {
  const chain: ChainNode[] = [];
  let id: string | null = articleId;
  while (id && chain.length < 4) {
    const a: {
      id: string; key: string; parentId: string | null; publishedRevisionId: string | null; headRevisionId: string | null; archivedAt: Date | null;
      ownerOrg: { id: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" };
    } | null = await client.article.findUnique({
      where: { id },
      select: { id: true, key: true, parentId: true, publishedRevisionId: true, headRevisionId: true, archivedAt: true, ownerOrg: { select: { id: true, name: true, kind: true } } },
    });
    if (!a) break;
    chain.unshift({
      articleId: a.id, key: a.key, level: a.parentId === null ? "base" : a.ownerOrg.kind === "KOMMUNE" ? "kommune" : "land",
      orgId: a.ownerOrg.id, orgName: a.ownerOrg.name, parentId: a.parentId, publishedRevisionId: a.publishedRevisionId, headRevisionId: a.headRevisionId, archivedAt: a.archivedAt,
    });
    id = a.parentId;
  }
  return chain;
}

async function baseContent(client: Db | Tx, revisionId: string): Promise<ArticleContent | null> {
  const row = await client.revision.findUnique({ where: { id: revisionId }, include: revisionInclude });
  return row ? toRevisionState(row, false).content : null;
}

async function variantChanges(client: Db | Tx, revisionId: string): Promise<{ changes: VariantChangeInput[]; parentRevisionId: string | null }> {
  const row = await client.revision.findUnique({ where: { id: revisionId }, include: revisionInclude });
  if (!row) return { changes: [], parentRevisionId: null };
  const s = toRevisionState(row, true);
  return { changes: s.changes, parentRevisionId: s.parentRevisionId };
}

export interface EffectiveArticle {
  content: EffectiveContent;
  /** per variant level: the parent revision it rests on vs. the parent's published revision now */
  drift: { articleId: string; orgName: string; restsOn: string | null; parentPublished: string | null; isStale: boolean }[];
  /** some variant of the chain rests on an older parent revision */
  isStale: boolean;
}

/**
 * Effective content of an article: the base's published revision and every variant's published changes.
 * `own: "head"` takes the article's own newest revision instead (the editor's preview); `at` names other
 * revisions for chain members (e.g. the parent revision a variant rests on). Null when something in the
 * chain has no such revision.
 */
export async function loadEffective(
  client: Db | Tx,
  articleId: string,
  own: "published" | "head" = "published",
  at: ReadonlyMap<string, string> = new Map(),
): Promise<EffectiveArticle | null> {
  const chain = await loadChain(client, articleId);
  const [root, ...variants] = chain;
  if (!root) return null;
  const pick = (n: ChainNode) => at.get(n.articleId) ?? (n.articleId === articleId && own === "head" ? n.headRevisionId : n.publishedRevisionId);
  const rootRevision = pick(root);
  if (!rootRevision) return null;
  const base = await baseContent(client, rootRevision);
  if (!base) return null;
  const steps: VariantStep[] = [];
  const drift: EffectiveArticle["drift"] = [];
  let parent = root;
  for (const v of variants) {
    const revisionId = pick(v);
    if (!revisionId) return null;
    const { changes, parentRevisionId } = await variantChanges(client, revisionId);
    steps.push({ level: v.level === "kommune" ? "kommune" : "land", orgName: v.orgName, changes });
    drift.push({ articleId: v.articleId, orgName: v.orgName, restsOn: parentRevisionId, parentPublished: parent.publishedRevisionId, isStale: parentRevisionId !== parent.publishedRevisionId });
    parent = v;
  }
  return { content: effectiveContent(base, root.orgName, steps), drift, isStale: drift.some((d) => d.isStale) };
}
