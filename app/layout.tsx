import "@kern-ux/native/dist/fonts/fira-sans.css";
import "@kern-ux/native/dist/kern.min.css";
import "./globals.css";
import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { AgentIncidentSlot } from "@/components/articles/agent-incident-slot";
import { IncidentBanner } from "@/components/articles/incident-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, type SignedInPerson } from "@/components/layout/site-header";
import { navItemsFor } from "@/components/layout/nav-items";
import { ORG_KIND_LABELS, ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { START_PAGES } from "@/lib/dashboard/start-pages";
import { incidentRegionOf, listActiveIncidents, type ActiveIncident } from "@/lib/incidents/list-active-incidents";

export const metadata: Metadata = {
  title: { default: "EfA-Wissen", template: "%s – EfA-Wissen" },
  description: "Wissensmanagement und FAQ-Redaktion für den Support der EfA-Onlinedienste (BeV, MiV, Kommunen, 115)",
  robots: { index: false, follow: false },
};

// The header must still render (without a person) when the session cannot be read, e.g. on /status
// while the database is down; the layout has no error boundary above it except global-error.
async function currentActor(): Promise<Actor | null> {
  try {
    return await getActor();
  } catch (e) {
    unstable_rethrow(e);
    console.error("[layout] Sitzung konnte nicht gelesen werden", e);
    return null;
  }
}

// 115 agents see the active incidents of their region on every page; a failure to read them must not break the page.
async function agentIncidents(actor: Actor | null): Promise<ActiveIncident[]> {
  if (actor?.role !== "AGENT") return [];
  try {
    return await listActiveIncidents(await incidentRegionOf(actor.organisation));
  } catch (e) {
    console.error("[layout] Aktive Störungen konnten nicht gelesen werden", e);
    return [];
  }
}

function personOf(actor: Actor): SignedInPerson {
  return {
    name: actor.name,
    roleLabel: ROLE_LABELS[actor.role],
    organisationName: actor.organisation.name,
    organisationKindLabel: ORG_KIND_LABELS[actor.organisation.kind],
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const incidents = await agentIncidents(actor);
  return (
    <html lang="de" data-kern-theme="light">
      <body>
        <a className="efa-skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader person={actor ? personOf(actor) : null} navItems={actor ? navItemsFor(actor.role) : []} />
        <main id="inhalt" className="efa-main" tabIndex={-1}>
          <div className="kern-container">
            {actor?.role === "AGENT" ? (
              <AgentIncidentSlot hiddenOn={START_PAGES.servicecenter.path}>
                <IncidentBanner incidents={incidents} label="Aktive Störungen in Ihrer Region" />
              </AgentIncidentSlot>
            ) : null}
            {children}
          </div>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
