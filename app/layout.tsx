import "@kern-ux/native/dist/fonts/fira-sans.css";
import "@kern-ux/native/dist/kern.min.css";
import "./globals.css";
import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, type SignedInPerson } from "@/components/layout/site-header";
import { navItemsFor } from "@/components/layout/nav-items";
import { ORG_KIND_LABELS, ROLE_LABELS, type Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";

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
  return (
    <html lang="de" data-kern-theme="light">
      <body>
        <a className="efa-skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <SiteHeader person={actor ? personOf(actor) : null} navItems={actor ? navItemsFor(actor.role) : []} />
        <main id="inhalt" className="efa-main" tabIndex={-1}>
          <div className="kern-container">{children}</div>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
