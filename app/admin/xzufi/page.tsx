import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ExportOverviewView } from "@/components/xzufi/export-overview-view";
import { requireActor } from "@/lib/auth/session";
import { canViewXzufiExports } from "@/lib/policies/xzufi-policy";
import { getXzufiExportOverview } from "@/lib/xzufi/list-exports";

export const metadata: Metadata = { title: "XZuFi-Export" };
export const dynamic = "force-dynamic";

/** The XZuFi export (ADMIN): download for a region, last exports per region (xzufi/README.md). */
export default async function XzufiExportPage() {
  const actor = await requireActor("/admin/xzufi");
  if (!canViewXzufiExports(actor)) forbidden();
  const overview = await getXzufiExportOverview(actor);
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">XZuFi-Export</h1>
        <p className="kern-body">
          Veröffentlichte Inhalte als Leistungsbeschreibungen im Standard XZuFi 2.2.0, je Region. Maschinen holen sie mit einem API-Token der Rolle
          „XZuFi-Abruf“ (npm run kb -- token create --role XZUFI), täglich vollständig oder als Änderungen seit dem letzten Abruf.
        </p>
      </div>
      <ExportOverviewView overview={overview} />
    </div>
  );
}
