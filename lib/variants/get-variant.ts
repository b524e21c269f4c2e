import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import type { VariantChangeInput } from "../articles/content";
import { actorParentOrgId, loadArticleResource } from "../articles/load-article";
import { readArticleState } from "../articles/read-article-state";
import { docToHtml, type EditorDoc } from "../editor/server";
import { allowedArticleActions, authorizeArticle, type ArticleAction } from "../policies/article-policy";
import type { EffectiveContent } from "./effective-content";
import { loadChain, loadEffective } from "./load-effective";
import { presentEffective, type EffectiveView } from "./present-effective";

/** A variant's own choice for one field, as the variant editor shows it. */
export interface FieldChoice {
  mode: "REPLACE" | "APPEND";
  text?: string;
  items?: string[];
  html?: string;
  doc?: EditorDoc;
  validFrom?: string | null;
  validUntil?: string | null;
}
export type ChangesView = Partial<Record<"title" | "shortAnswer" | "body" | "keywords" | "categories" | "contactHints" | "validity", FieldChoice>>;

export interface VariantView {
  id: string;
  type: string;
  region: { id: string; name: string; level: "land" | "kommune" };
  service: { id: string; name: string };
  parent: { id: string; title: string; orgName: string; isArchived: boolean };
  baseId: string;
  /** what agents in the region see now (null while the variant is not published) */
  effectivePublished: EffectiveView | null;
  /** preview with the newest revision (the editor's) */
  effectivePreview: EffectiveView | null;
  /** the parent's effective content now, beside which the editor chooses */
  parentNow: EffectiveView | null;
  /** the parent as it was when this variant's newest revision was made (differs when the base changed) */
  parentThen: EffectiveView | null;
  /** the parent's effective content now, unpresented: the variant editor's live preview merges onto it (editors only) */
  parentEffective: EffectiveContent | null;
  changes: ChangesView;
  publishedChanges: ChangesView | null;
  head: { id: string; number: number; status: string; reviewComment: string | null; internalNote: string | null } | null;
  /** the newest revision or the published one rests on an older parent revision ("Basis geändert") */
  isStale: boolean;
  /** the newest revision rests on an older parent revision: re-basing is what is left to do */
  isHeadStale: boolean;
  /** what agents see rests on an older parent revision (they get a note) */
  isPublishedStale: boolean;
  isParentArchived: boolean;
  headRevisionId: string | null;
  allowedActions: (ArticleAction | "rebase")[];
}

const FIELD_NAME: Record<VariantChangeInput["field"], keyof ChangesView> = {
  TITLE: "title", SHORT_ANSWER: "shortAnswer", BODY: "body", KEYWORDS: "keywords", CATEGORIES: "categories", CONTACT_HINTS: "contactHints", VALIDITY: "validity",
};

export function presentChanges(changes: readonly VariantChangeInput[]): ChangesView {
  const out: ChangesView = {};
  for (const c of changes) {
    const v = c.value as Record<string, unknown>;
    const choice: FieldChoice = { mode: c.mode };
    if (typeof v.text === "string") choice.text = v.text;
    if (Array.isArray(v.items)) choice.items = v.items.filter((i): i is string => typeof i === "string");
    if (v.doc && typeof v.doc === "object") {
      choice.doc = v.doc as EditorDoc;
      choice.html = docToHtml(v.doc as EditorDoc);
    }
    if ("validFrom" in v || "validUntil" in v) {
      choice.validFrom = (v.validFrom as string | null) ?? null;
      choice.validUntil = (v.validUntil as string | null) ?? null;
    }
    out[FIELD_NAME[c.field]] = choice;
  }
  return out;
}

/** A variant with everything its editor needs: parent beside it, preview, drift and the three-way comparison. */
export async function getVariant(actor: Actor, articleId: string): Promise<VariantView> {
  const client = db();
  const { article, resource } = await loadArticleResource(client, articleId);
  if (!resource.isVariant || !article.parentId) throw new AppError("NOT_FOUND", "Dieser Artikel ist keine Variante.");
  const parentOrg = await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind);
  authorizeArticle(actor, "read", resource, parentOrg);
  const [chain, state, region, service, parent] = await Promise.all([
    loadChain(client, articleId),
    readArticleState(client, articleId),
    client.organisation.findUniqueOrThrow({ where: { id: article.ownerOrgId }, select: { id: true, name: true, kind: true } }),
    client.onlineService.findUniqueOrThrow({ where: { id: article.serviceId }, select: { id: true, name: true } }),
    client.article.findUniqueOrThrow({
      where: { id: article.parentId },
      select: { id: true, archivedAt: true, publishedRevisionId: true, ownerOrg: { select: { name: true } }, publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } },
    }),
  ]);
  const isAgent = actor.role === "AGENT" || actor.role === "XZUFI";
  const restsOn = state.head?.parentRevisionId ?? null;
  const [effectivePublished, effectivePreview, parentNow, parentThen] = await Promise.all([
    loadEffective(client, articleId, "published"),
    isAgent ? null : loadEffective(client, articleId, "head"),
    loadEffective(client, parent.id, "published"),
    restsOn && restsOn !== parent.publishedRevisionId ? loadEffective(client, parent.id, "published", new Map([[parent.id, restsOn]])) : null,
  ]);
  const isHeadStale = Boolean(restsOn && parent.publishedRevisionId && restsOn !== parent.publishedRevisionId);
  const isPublishedStale = Boolean(effectivePublished?.isStale);
  const actions: (ArticleAction | "rebase")[] = allowedArticleActions(actor, resource, parentOrg);
  // only when the newest revision is stale: after a re-base the draft already rests on the new parent
  if (isHeadStale && actions.includes("edit")) actions.push("rebase");
  const headRow = state.head ? await client.revision.findUnique({ where: { id: state.head.id }, select: { reviewComment: true } }) : null;
  return {
    id: article.id, type: article.type,
    region: { id: region.id, name: region.name, level: region.kind === "KOMMUNE" ? "kommune" : "land" },
    service,
    parent: { id: parent.id, title: parent.publishedRevision?.title ?? parent.headRevision?.title ?? "", orgName: parent.ownerOrg.name, isArchived: parent.archivedAt !== null },
    baseId: chain[0]?.articleId ?? parent.id,
    effectivePublished: effectivePublished ? presentEffective(effectivePublished.content) : null,
    effectivePreview: effectivePreview ? presentEffective(effectivePreview.content) : null,
    parentNow: parentNow ? presentEffective(parentNow.content) : null,
    parentThen: parentThen ? presentEffective(parentThen.content) : null,
    parentEffective: isAgent ? null : (parentNow?.content ?? null),
    changes: isAgent ? {} : presentChanges(state.head?.changes ?? []),
    publishedChanges: state.published ? presentChanges(state.published.changes) : null,
    head: !isAgent && state.head ? { id: state.head.id, number: state.head.number, status: state.head.status, reviewComment: headRow?.reviewComment ?? null, internalNote: state.head.internalNote } : null,
    isStale: isHeadStale || isPublishedStale,
    isHeadStale,
    isPublishedStale,
    isParentArchived: parent.archivedAt !== null,
    headRevisionId: isAgent ? null : article.headRevisionId,
    allowedActions: actions,
  };
}
