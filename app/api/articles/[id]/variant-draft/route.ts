import { apiRoute, readJson } from "@/lib/http/api-route";
import { saveVariantDraft } from "@/lib/variants/save-variant-draft";

export const dynamic = "force-dynamic";

/** Saves a variant's changes as a new draft: body {baseRevisionId, changes, changeNote?, internalNote?, rebase?}; 409 on a stale base. */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await saveVariantDraft(actor, (await ctx.params).id, await readJson(req))));
}
