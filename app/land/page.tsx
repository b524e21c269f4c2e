import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { RegionServicesTable } from "@/components/dashboard/region-services-table";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getLandStart } from "@/lib/dashboard/get-land-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.land;
export const metadata: Metadata = { title: PAGE.title };

export default async function LandStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "land")) forbidden();
  const start = await getLandStart(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        <p className="kern-body">
          Sie passen die Basisartikel der mitgenutzten Onlinedienste mit Landesvarianten an die Gegebenheiten Ihres
          Landes an.
        </p>
      </StartPageHeading>
      {start.services.length === 0 ? (
        <EmptyState>Ihr Land nutzt in EfA-Wissen noch keinen Onlinedienst eines anderen Landes mit.</EmptyState>
      ) : (
        <RegionServicesTable caption="Onlinedienste, die Ihr Land mitnutzt" services={start.services} ownerLabel="Ihr Land" />
      )}
    </div>
  );
}
