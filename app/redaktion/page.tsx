import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { WorklistView } from "@/components/articles/worklist-view";
import { EditorServicesTable } from "@/components/dashboard/editor-services-table";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { requireActor } from "@/lib/auth/session";
import { getWorklist } from "@/lib/articles/get-worklist";
import { getEditorStart } from "@/lib/dashboard/get-editor-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.redaktion;
export const metadata: Metadata = { title: PAGE.title };

export default async function RedaktionStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "redaktion")) forbidden();
  const [start, worklist] = await Promise.all([getEditorStart(actor), getWorklist(actor)]);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        <p className="kern-body">
          Sie pflegen die Basisartikel der Onlinedienste, die Ihr Land betreibt, und veröffentlichen Störungsmeldungen.
        </p>
      </StartPageHeading>
      {start.services.length > 0 ? (
        <div className="kern-flex kern-flex-wrap kern-gap-md">
          <Link className="kern-btn kern-btn--primary" href="/artikel/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neuer Artikel</span>
          </Link>
          <Link className="kern-btn kern-btn--secondary" href="/artikel">
            <span className="kern-label">Alle Artikel</span>
          </Link>
        </div>
      ) : null}
      <WorklistView worklist={worklist} />
      <EditorServicesTable services={start.services} />
    </div>
  );
}
