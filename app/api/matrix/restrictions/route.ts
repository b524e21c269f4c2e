import { apiRoute, readJson } from "@/lib/http/api-route";
import { createRoutingRestriction } from "@/lib/routing/save-routing-target";

export const dynamic = "force-dynamic";

/** Marks a path (level and kind) as not allowed for a Land (its MIV). */
export async function POST(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await createRoutingRestriction(actor, await readJson(req)), { status: 201 }));
}
