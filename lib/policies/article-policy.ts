import type { Prisma } from "../../generated/prisma/client";
import type { ArticleType, RevisionStatus } from "../../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who may do what with an article (STYLE.md rule 2). Every service calls authorize(); the UI receives
 * allowedArticleActions() instead of restating the rules.
 */
export const ARTICLE_ACTIONS = [
  "read", "create", "edit", "submit", "approve", "reject", "archive", "restore",
  "publishIncident", "confirmIncident", "resolveIncident", "viewHistory",
] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

/** What the rules need to know about an article and its service. */
export interface ArticleResource {
  type: ArticleType;
  isVariant: boolean;
  /** base: the operating Land; variant: its region */
  ownerOrgId: string;
  /** variants of Kommunen: the Kommune's Land */
  ownerParentOrgId: string | null;
  operatorOrgId: string;
  coUserOrgIds: readonly string[];
  headStatus: RevisionStatus | null;
  headAuthorId: string | null;
  hasPublished: boolean;
  isArchived: boolean;
  needsPostReview: boolean;
  isIncidentResolved: boolean;
}

/** The Land an actor belongs to (its own organisation for a Land, the parent for a Kommune). */
function actorLandId(actor: Actor, parentOfActorOrg: string | null): string {
  return actor.organisation.kind === "KOMMUNE" && parentOfActorOrg ? parentOfActorOrg : actor.organisation.id;
}

function isEditorOf(actor: Actor, r: ArticleResource): boolean {
  if (actor.kind !== "user") return false;
  if (!r.isVariant) return actor.role === "BEV" && actor.organisation.id === r.operatorOrgId;
  // variants: the region's own editors (MiV for a Land, Kommune editors for a Kommune)
  if (actor.organisation.id !== r.ownerOrgId) return false;
  return actor.organisation.kind === "LAND" ? actor.role === "MIV" : actor.role === "KOMMUNE";
}

/** Second pair of eyes: a reviewer (or another editor) of the owning organisation. */
function isReviewerOf(actor: Actor, r: ArticleResource): boolean {
  if (actor.kind !== "user") return false;
  const org = actor.organisation.id;
  const ownsIt = r.isVariant ? org === r.ownerOrgId || (r.ownerParentOrgId !== null && org === r.ownerParentOrgId) : org === r.operatorOrgId;
  if (!ownsIt) return false;
  return actor.role === "REVIEWER" || isEditorOf(actor, r);
}

function canRead(actor: Actor, r: ArticleResource, actorParentOrgId: string | null): boolean {
  if (actor.role === "ADMIN") return true;
  const land = actorLandId(actor, actorParentOrgId);
  const usesService = land === r.operatorOrgId || r.coUserOrgIds.includes(land);
  if (!usesService) return false;
  if (actor.role === "AGENT" || actor.role === "XZUFI") return r.hasPublished && !r.isArchived;
  return true;
}

/**
 * Whether `actor` may do `action`. `actorParentOrgId` is the Land of a Kommune actor (null otherwise);
 * workflow state (e.g. "approve" needs a revision in review) is part of the rule.
 */
export function canArticle(actor: Actor, action: ArticleAction, r: ArticleResource, actorParentOrgId: string | null = null): boolean {
  const isAuthor = r.headAuthorId !== null && r.headAuthorId === actor.id;
  const isIncident = r.type === "INCIDENT";
  switch (action) {
    case "read":
      return canRead(actor, r, actorParentOrgId);
    case "viewHistory":
      return canRead(actor, r, actorParentOrgId) && actor.role !== "AGENT" && actor.role !== "XZUFI";
    case "create":
    case "edit":
    case "restore":
      return isEditorOf(actor, r) && !r.isArchived;
    case "submit":
      return isEditorOf(actor, r) && r.headStatus === "DRAFT" && !r.isArchived;
    case "approve":
    case "reject":
      return isReviewerOf(actor, r) && !isAuthor && r.headStatus === "IN_REVIEW";
    case "archive":
      return isEditorOf(actor, r) && !r.isArchived && (r.hasPublished || r.headStatus !== null);
    case "publishIncident":
      // S7: a BeV publishes an incident at once; a reviewer checks it afterwards
      return isIncident && !r.isVariant && isEditorOf(actor, r) && (r.headStatus === "DRAFT" || r.headStatus === "IN_REVIEW" || r.headStatus === "REJECTED");
    case "confirmIncident":
      return isIncident && r.needsPostReview && isReviewerOf(actor, r) && !isAuthor;
    case "resolveIncident":
      return isIncident && !r.isVariant && isEditorOf(actor, r) && r.hasPublished && !r.isIncidentResolved && !r.isArchived;
  }
}

const MESSAGES: Record<ArticleAction, string> = {
  read: "Sie dürfen diesen Artikel nicht lesen.",
  viewHistory: "Sie dürfen die Versionen dieses Artikels nicht einsehen.",
  create: "Artikel zu diesem Dienst schreibt die Redaktion des betreibenden Landes.",
  edit: "Diesen Artikel bearbeitet nur die Redaktion, der er gehört.",
  restore: "Diesen Artikel bearbeitet nur die Redaktion, der er gehört.",
  submit: "Zur Prüfung geben kann nur die Redaktion einen Entwurf.",
  approve: "Freigeben kann nur eine zweite Person (Prüfung oder eine andere Redakteurin derselben Organisation), nicht wer die Version geschrieben hat, und nur eine Version in Prüfung.",
  reject: "Zurückweisen kann nur eine zweite Person derselben Organisation, und nur eine Version in Prüfung.",
  archive: "Archivieren kann nur die Redaktion, der der Artikel gehört.",
  publishIncident: "Sofort veröffentlichen kann nur die Redaktion des betreibenden Landes, und nur Störungsmeldungen.",
  confirmIncident: "Bestätigen kann nur eine zweite Person der Prüfung, und nur eine nachträglich zu prüfende Störungsmeldung.",
  resolveIncident: "Als behoben markieren kann nur die Redaktion des betreibenden Landes eine veröffentlichte, noch offene Störung.",
};

/** Throws FORBIDDEN (or CONFLICT when only the workflow state is wrong) with a German message. */
export function authorizeArticle(actor: Actor, action: ArticleAction, r: ArticleResource, actorParentOrgId: string | null = null): void {
  if (canArticle(actor, action, r, actorParentOrgId)) return;
  throw new AppError("FORBIDDEN", MESSAGES[action]);
}

/** The actions the UI may offer for this article. */
export function allowedArticleActions(actor: Actor, r: ArticleResource, actorParentOrgId: string | null = null): ArticleAction[] {
  return ARTICLE_ACTIONS.filter((a) => canArticle(actor, a, r, actorParentOrgId));
}

/** Prisma `where` for the articles an actor may list (base articles of services its Land operates or co-uses). */
export function articleListScope(actor: Actor, actorParentOrgId: string | null = null): Prisma.ArticleWhereInput {
  if (actor.role === "ADMIN") return {};
  const land = actorLandId(actor, actorParentOrgId);
  const service: Prisma.OnlineServiceWhereInput = { OR: [{ operatorId: land }, { coUsers: { some: { organisationId: land } } }] };
  if (actor.role === "AGENT" || actor.role === "XZUFI") return { service, publishedRevisionId: { not: null }, archivedAt: null };
  return { service };
}

/**
 * Prisma `where` for the articles whose revisions in review the actor's organisation checks (the rule of
 * isReviewerOf): base articles of the services it operates, its own variants, and the variants of its Kommunen.
 */
export function reviewableArticleScope(actor: Actor): Prisma.ArticleWhereInput {
  const org = actor.organisation.id;
  return {
    OR: [
      { parentId: null, service: { operatorId: org } },
      { parentId: { not: null }, ownerOrgId: org },
      { parentId: { not: null }, ownerOrg: { parentId: org } },
    ],
  };
}
