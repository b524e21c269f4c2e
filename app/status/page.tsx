import type { Metadata } from "next";
import { HealthReportView } from "@/components/health/health-report-view";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Systemstatus" };

export default async function StatusPage() {
  const report = await checkHealth();
  return <HealthReportView report={report} />;
}
