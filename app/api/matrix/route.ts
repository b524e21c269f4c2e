import { apiRoute } from "@/lib/http/api-route";
import { getMatrix } from "@/lib/routing/get-matrix";
import { parseMatrixQuery } from "@/lib/routing/matrix-query";

export const dynamic = "force-dynamic";

/** The Kommunikationsmatrix of a service for a Land: GET /api/matrix?service=&land= (BEV, MIV, ADMIN; docs/matrix.md). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => {
    const q = parseMatrixQuery(new URL(req.url).searchParams);
    return Response.json(await getMatrix(actor, q.service, q.land), { headers: { "Cache-Control": "no-store" } });
  });
}
