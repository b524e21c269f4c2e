import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AgentSearch } from "@/components/servicecenter/agent-search";
import { Alert } from "@/components/ui/alert";
import { requireActor, getActor } from "@/lib/auth/session";
import { START_PAGES } from "@/lib/dashboard/start-pages";
import { canSearch } from "@/lib/policies/search-policy";
import { getAgentScreen } from "@/lib/servicecenter/get-agent-screen";
import { firstParam, type SearchParams } from "../_lib/page-errors";

const PAGE = START_PAGES.servicecenter;
const EDITOR_TITLE = "Suche wie das 115-Servicecenter";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getActor();
  return { title: actor?.role === "AGENT" ? PAGE.title : EDITOR_TITLE };
}

/** The 115 agent screen: region, search as you type, active incidents, hits (docs/agent-screen.md). Editors may try it. */
export default async function ServicecenterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor(PAGE.path);
  if (actor.kind !== "user" || !canSearch(actor)) forbidden();
  const screen = await getAgentScreen(actor, firstParam((await searchParams).region));
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">{actor.role === "AGENT" ? PAGE.title : EDITOR_TITLE}</h1>
        <p className="kern-body">
          {actor.organisation.name} · Antworten gelten für die Region der anrufenden Person: je Thema genau die Fassung, die dort gilt.
        </p>
      </div>
      {screen.regionProblem ? (
        <Alert variant="warning" title="Region nicht übernommen" titleAs="h2">
          <p className="kern-body">{screen.regionProblem}</p>
        </Alert>
      ) : null}
      <AgentSearch region={screen.region} defaultRegion={screen.defaultRegion} initialIncidents={screen.incidents} />
    </div>
  );
}
