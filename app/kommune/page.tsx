import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { OwnVariantsTable } from "@/components/dashboard/own-variants-table";
import { RegionServicesTable } from "@/components/dashboard/region-services-table";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getKommuneStart } from "@/lib/dashboard/get-kommune-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.kommune;
export const metadata: Metadata = { title: PAGE.title };

export default async function KommuneStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "kommune")) forbidden();
  const start = await getKommuneStart(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        {start.land ? <p className="kern-body">Land: {start.land.name}</p> : null}
      </StartPageHeading>

      <section className="kern-stack" aria-labelledby="kommune-varianten">
        <h2 className="kern-heading-medium" id="kommune-varianten">
          Ihre Varianten
        </h2>
        <OwnVariantsTable
          variants={start.variants}
          caption="Varianten Ihrer Kommune"
          empty="Ihre Kommune hat noch keine Varianten. Eine Variante passt einen veröffentlichten Artikel (der Basis oder Ihres Landes) an die örtlichen Gegebenheiten an oder ergänzt ihn: Öffnen Sie dazu den Artikel und wählen Sie „Variante anlegen“."
        />
      </section>

      <section className="kern-stack" aria-labelledby="kommune-dienste">
        <h2 className="kern-heading-medium" id="kommune-dienste">
          Verfügbare Onlinedienste
        </h2>
        {start.land === null ? (
          <EmptyState>
            Ihre Kommune ist keinem Land zugeordnet, daher stehen keine Onlinedienste zur Verfügung. Bitte wenden Sie sich
            an die Administration.
          </EmptyState>
        ) : start.services.length === 0 ? (
          <EmptyState>Ihr Land betreibt oder nutzt in EfA-Wissen noch keinen Onlinedienst.</EmptyState>
        ) : (
          <RegionServicesTable
            caption="Onlinedienste, die in Ihrer Kommune verfügbar sind"
            services={start.services}
            ownerLabel="Ihre Kommune"
          />
        )}
      </section>
    </div>
  );
}
