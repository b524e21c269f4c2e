import { db } from "../db";
import type { Actor } from "../auth/actor";
import { articleListScope, canArticle, type ArticleResource } from "../policies/article-policy";
import { actorParentOrgId } from "./load-article";

/** A Land that operates or co-uses a service (the choices for "Betroffene Länder" of an incident). */
export interface ServiceLand {
  id: string;
  ars: string;
  name: string;
  isOperator: boolean;
}

/** What the article form needs to know about a service the actor may write for. */
export interface EditableService {
  id: string;
  name: string;
  leistungen: { leikaKey: string; name: string }[];
  /** the operator first, then the co-using Länder by ARS */
  laender: ServiceLand[];
  /** base workarounds of the service, for linking an incident to one */
  workarounds: { id: string; title: string }[];
}

const landSelect = { id: true, ars: true, name: true } as const;

function laenderOf(operator: { id: string; ars: string; name: string }, coUsers: { organisation: { id: string; ars: string; name: string } }[]): ServiceLand[] {
  const others = coUsers
    .map((c) => c.organisation)
    .filter((o) => o.id !== operator.id)
    .sort((x, y) => x.ars.localeCompare(y.ars))
    .map((o) => ({ ...o, isOperator: false }));
  return [{ ...operator, isOperator: true }, ...others];
}

/** Services the actor may create base articles for (the policy decides per service), with Leistungen, Länder and workarounds. */
export async function listEditableServices(actor: Actor): Promise<EditableService[]> {
  if (actor.kind !== "user") return [];
  const client = db();
  const rows = await client.onlineService.findMany({
    where: { operatorId: actor.organisation.id },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, operatorId: true,
      operator: { select: landSelect },
      coUsers: { select: { organisationId: true, organisation: { select: landSelect } } },
      leistungen: { select: { leistung: { select: { leikaKey: true, name: true } } } },
      articles: {
        where: { type: "WORKAROUND", parentId: null, archivedAt: null },
        select: { id: true, key: true, publishedRevision: { select: { title: true } }, headRevision: { select: { title: true } } },
      },
    },
  });
  return rows
    .filter((s) => {
      const resource: ArticleResource = {
        type: "FAQ", isVariant: false, ownerOrgId: s.operatorId, ownerParentOrgId: null, operatorOrgId: s.operatorId,
        coUserOrgIds: s.coUsers.map((c) => c.organisationId), headStatus: null, headAuthorId: null, hasPublished: false,
        isArchived: false, needsPostReview: false, isIncidentResolved: false,
      };
      return canArticle(actor, "create", resource);
    })
    .map((s) => ({
      id: s.id,
      name: s.name,
      leistungen: s.leistungen.map((l) => l.leistung).sort((x, y) => x.name.localeCompare(y.name, "de")),
      laender: laenderOf(s.operator, s.coUsers),
      workarounds: s.articles
        .map((a) => ({ id: a.id, title: a.publishedRevision?.title ?? a.headRevision?.title ?? a.key }))
        .sort((x, y) => x.title.localeCompare(y.title, "de")),
    }));
}

/** Services that have articles the actor may list (for the service filter of the article list). */
export async function listServiceOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
  const client = db();
  const scope = articleListScope(actor, await actorParentOrgId(client, actor.organisation.id, actor.organisation.kind));
  return client.onlineService.findMany({ where: { articles: { some: scope } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The operating and co-using Länder of a service (names for the affected regions of an incident). */
export async function listServiceLaender(serviceId: string): Promise<ServiceLand[]> {
  const s = await db().onlineService.findUnique({
    where: { id: serviceId },
    select: { operator: { select: landSelect }, coUsers: { select: { organisation: { select: landSelect } } } },
  });
  return s ? laenderOf(s.operator, s.coUsers) : [];
}
