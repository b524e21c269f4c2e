import { apiRoute } from "@/lib/http/api-route";
import { s6CsvFileName, s6ReportCsv } from "@/lib/reports/csv";
import { getS6Export, getS6Report } from "@/lib/reports/get-s6-report";

export const dynamic = "force-dynamic";

/**
 * S6 statistics (issue 8): GET /api/reports/s6?from=&to=&service=&land=&format=json|csv. MiV: its Land; BeV:
 * its services, in total and per Land. JSON has exact counts; CSV is the export for other organisations
 * (k-anonymised, docs/reports.md).
 */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    if (query.format === "csv") {
      const report = await getS6Export(actor, query);
      return new Response(s6ReportCsv(report), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${s6CsvFileName(report)}"`,
          "Cache-Control": "no-store",
        },
      });
    }
    const { report } = await getS6Report(actor, query);
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  });
}
