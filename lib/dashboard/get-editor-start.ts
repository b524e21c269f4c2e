import type { Actor } from "../auth/actor";
import { db } from "../db";
import { BASE_ARTICLE, countArticlesByService, IN_REVIEW, IN_WORK, PUBLISHED } from "./count-articles-by-service";
import { assertCanViewStartPage } from "./start-pages";

export interface EditorServiceSummary {
  id: string;
  key: string;
  name: string;
  url: string | null;
  publishedArticles: number;
  articlesInWork: number;
  articlesInReview: number;
  coUsingLaender: { id: string; name: string; ars: string }[];
}

export interface EditorStart {
  services: EditorServiceSummary[];
}

/** BeV start page: the online services the actor's Land operates, with article counts and co-using Länder. */
export async function getEditorStart(actor: Actor): Promise<EditorStart> {
  assertCanViewStartPage(actor, "redaktion");
  const operatorId = actor.organisation.id;

  const services = await db().onlineService.findMany({
    where: { operatorId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      key: true,
      name: true,
      url: true,
      coUsers: { select: { organisation: { select: { id: true, name: true, ars: true } } } },
    },
  });
  if (services.length === 0) return { services: [] };

  // Base articles of these services belong to the operating Land.
  const base = { ...BASE_ARTICLE, ownerOrgId: operatorId, serviceId: { in: services.map((s) => s.id) } };
  const [published, inWork, inReview] = await Promise.all([
    countArticlesByService({ ...base, ...PUBLISHED }),
    countArticlesByService({ ...base, ...IN_WORK }),
    countArticlesByService({ ...base, ...IN_REVIEW }),
  ]);

  return {
    services: services.map((s) => ({
      id: s.id,
      key: s.key,
      name: s.name,
      url: s.url,
      publishedArticles: published.get(s.id) ?? 0,
      articlesInWork: inWork.get(s.id) ?? 0,
      articlesInReview: inReview.get(s.id) ?? 0,
      coUsingLaender: s.coUsers.map((c) => c.organisation).sort((a, b) => a.ars.localeCompare(b.ars)),
    })),
  };
}
