import { apiRoute } from "@/lib/http/api-route";
import { searchOrganisations } from "@/lib/organisations/search-organisations";

export const dynamic = "force-dynamic";

/** Länder and Kommunen by name or ARS, for choosing the caller's region on the agent screen. */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) =>
    Response.json(await searchOrganisations(actor, Object.fromEntries(new URL(req.url).searchParams)), { headers: { "Cache-Control": "no-store" } }),
  );
}
