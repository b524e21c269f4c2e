import { apiRoute, readJson } from "@/lib/http/api-route";
import { saveDraft } from "@/lib/articles/save-draft";

export const dynamic = "force-dynamic";

/** Saves an edit as a new draft revision; 409 when someone saved in between (body.meta.headRevisionId). */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await saveDraft(actor, (await ctx.params).id, await readJson(req))));
}
