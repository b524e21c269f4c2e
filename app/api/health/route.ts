import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** Health for monitoring: 200 when everything works, 503 when degraded or down. */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
