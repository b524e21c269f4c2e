import { apiRoute, readJson } from "@/lib/http/api-route";
import { deleteRoutingTarget, updateRoutingTarget } from "@/lib/routing/save-routing-target";

export const dynamic = "force-dynamic";

/** Replaces the fields of a routing target (service and region stay). */
export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await updateRoutingTarget(actor, (await ctx.params).id, await readJson(req))));
}

/** Deletes a routing target. */
export async function DELETE(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => {
    await deleteRoutingTarget(actor, (await ctx.params).id);
    return new Response(null, { status: 204 });
  });
}
