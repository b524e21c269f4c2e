import { apiRoute, readJson } from "@/lib/http/api-route";
import { deleteSynonymGroup, updateSynonymGroup } from "@/lib/synonyms/save-synonym-group";

export const dynamic = "force-dynamic";

/** Replaces the terms of a synonym group (ADMIN, BEV). */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await updateSynonymGroup(actor, (await ctx.params).id, await readJson(req))));
}

/** Deletes a synonym group (ADMIN, BEV). */
export async function DELETE(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => {
    await deleteSynonymGroup(actor, (await ctx.params).id);
    return new Response(null, { status: 204 });
  });
}
