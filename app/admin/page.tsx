import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminOverviewView } from "@/components/dashboard/admin-overview-view";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { requireActor } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/dashboard/get-admin-overview";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.admin;
export const metadata: Metadata = { title: PAGE.title };

export default async function AdminStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "admin")) forbidden();
  const overview = await getAdminOverview(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        <p className="kern-body">
          Überblick über die gesamte Installation. Den Zustand von Datenbank und Suche zeigt der{" "}
          <Link className="kern-link" href="/status">
            Systemstatus
          </Link>
          .
        </p>
      </StartPageHeading>
      <AdminOverviewView overview={overview} />
    </div>
  );
}
