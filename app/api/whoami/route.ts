import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** Who the caller is (session or API token): lets machine clients check their token. */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) =>
    Response.json(
      { kind: actor.kind, name: actor.name, role: actor.role, organisation: { ars: actor.organisation.ars, name: actor.organisation.name } },
      { headers: { "Cache-Control": "no-store" } },
    ),
  );
}
