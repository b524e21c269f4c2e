import { apiRoute } from "@/lib/http/api-route";
import { getArticle } from "@/lib/articles/get-article";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await getArticle(actor, (await ctx.params).id)));
}
