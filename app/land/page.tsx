import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { BaseArticlesForVariants } from "@/components/dashboard/base-articles-for-variants";
import { OwnVariantsTable } from "@/components/dashboard/own-variants-table";
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

      <section className="kern-stack" aria-labelledby="land-varianten">
        <h2 className="kern-heading-medium" id="land-varianten">
          Ihre Varianten
        </h2>
        <OwnVariantsTable
          variants={start.variants}
          caption="Varianten Ihres Landes"
          empty="Ihr Land hat noch keine Varianten. Legen Sie unten zu einem Basisartikel eine Variante an, um ihn zu ersetzen oder zu ergänzen."
        />
      </section>

      <section className="kern-stack" aria-labelledby="land-basisartikel">
        <h2 className="kern-heading-medium" id="land-basisartikel">
          Basisartikel zum Anpassen
        </h2>
        <p className="kern-body">
          Die veröffentlichten Artikel der Onlinedienste, die Ihr Land mitnutzt. Eine Variante übernimmt den Basisartikel und ändert nur,
          was in Ihrem Land anders ist.
        </p>
        <BaseArticlesForVariants groups={start.baseArticles} />
      </section>

      <section className="kern-stack" aria-labelledby="land-dienste">
        <h2 className="kern-heading-medium" id="land-dienste">
          Mitgenutzte Onlinedienste
        </h2>
        {start.services.length === 0 ? (
          <EmptyState>Ihr Land nutzt in EfA-Wissen noch keinen Onlinedienst eines anderen Landes mit.</EmptyState>
        ) : (
          <RegionServicesTable caption="Onlinedienste, die Ihr Land mitnutzt" services={start.services} ownerLabel="Ihr Land" />
        )}
      </section>
    </div>
  );
}
