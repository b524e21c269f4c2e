import { apiRoute, readJson } from "@/lib/http/api-route";
import { recordOpenedArticle } from "@/lib/search/record-opened-article";

export const dynamic = "force-dynamic";

/** Records the article the agent opened from this search: {"articleId": "…"}. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => {
    await recordOpenedArticle(actor, (await ctx.params).id, await readJson(req));
    return new Response(null, { status: 204 });
  });
}
