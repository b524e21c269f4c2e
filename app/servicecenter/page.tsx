import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { IncidentList } from "@/components/dashboard/incident-list";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/session";
import { getAgentStart } from "@/lib/dashboard/get-agent-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.servicecenter;
export const metadata: Metadata = { title: PAGE.title };

export default async function ServicecenterStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "servicecenter")) forbidden();
  const start = await getAgentStart(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation} />

      <section className="kern-stack" aria-labelledby="agent-stoerungen">
        <h2 className="kern-heading-medium" id="agent-stoerungen">
          Aktive Störungen
        </h2>
        <p className="kern-body">
          {start.regionName
            ? `Störungen, die ${start.regionName} oder alle mitnutzenden Länder betreffen; die schwersten zuerst.`
            : "Störungen aller Regionen; die schwersten zuerst."}
        </p>
        <IncidentList incidents={start.incidents} />
      </section>

      <Alert variant="info" title="Suche folgt" titleAs="h2">
        <p className="kern-body">
          Die Suche in der Wissensdatenbank wird hier ergänzt. Bis dahin zeigt diese Seite die aktiven Störungen.
        </p>
      </Alert>
    </div>
  );
}
