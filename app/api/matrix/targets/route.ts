import { apiRoute, readJson } from "@/lib/http/api-route";
import { createRoutingTarget } from "@/lib/routing/save-routing-target";

export const dynamic = "force-dynamic";

/** Adds a routing target: regionArs null = base matrix (BEV of the operating Land), else the Land's entry (its MIV). */
export async function POST(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await createRoutingTarget(actor, await readJson(req)), { status: 201 }));
}
