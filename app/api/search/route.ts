import { apiRoute } from "@/lib/http/api-route";
import { searchKnowledgeBase } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/** Search for 115 agents and editors: effective article per family for a region, active incidents first (docs/search.md). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) =>
    Response.json(await searchKnowledgeBase(actor, Object.fromEntries(new URL(req.url).searchParams)), { headers: { "Cache-Control": "no-store" } }),
  );
}
