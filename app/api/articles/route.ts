import { apiRoute, readJson } from "@/lib/http/api-route";
import { createArticle } from "@/lib/articles/create-article";
import { listArticles } from "@/lib/articles/list-articles";

export const dynamic = "force-dynamic";

/** Lists base articles the caller may see (filters as query parameters). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await listArticles(actor, Object.fromEntries(new URL(req.url).searchParams))));
}

/** Creates an article with its first draft revision. */
export async function POST(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await createArticle(actor, await readJson(req)), { status: 201 }));
}
