import { apiRoute } from "@/lib/http/api-route";
import { getMatrix } from "@/lib/routing/get-matrix";
import { matrixCsv, matrixFileName, matrixJson } from "@/lib/routing/matrix-export";
import { parseMatrixQuery } from "@/lib/routing/matrix-query";

export const dynamic = "force-dynamic";

/** The effective Kommunikationsmatrix as a download: GET /api/matrix/export?service=&land=&format=csv|json (docs/matrix.md). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => {
    const q = parseMatrixQuery(new URL(req.url).searchParams);
    const view = await getMatrix(actor, q.service, q.land);
    const format = q.format ?? "csv";
    const headers = { "Content-Disposition": `attachment; filename="${matrixFileName(view, format)}"`, "Cache-Control": "no-store" };
    if (format === "json") return Response.json(matrixJson(view, new Date()), { headers });
    return new Response(matrixCsv(view), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  });
}
