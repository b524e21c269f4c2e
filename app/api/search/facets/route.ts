import { apiRoute } from "@/lib/http/api-route";
import { searchFacets } from "@/lib/search/search";

export const dynamic = "force-dynamic";

/** Facet counts (service, type, category) of a search; the agent screen asks for them once the hits are shown (docs/search.md). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) =>
    Response.json(await searchFacets(actor, Object.fromEntries(new URL(req.url).searchParams)), { headers: { "Cache-Control": "no-store" } }),
  );
}
