import { apiRoute } from "@/lib/http/api-route";
import { deleteRoutingRestriction } from "@/lib/routing/save-routing-target";

export const dynamic = "force-dynamic";

/** Allows a path again. */
export async function DELETE(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => {
    await deleteRoutingRestriction(actor, (await ctx.params).id);
    return new Response(null, { status: 204 });
  });
}
