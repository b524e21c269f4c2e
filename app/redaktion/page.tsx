import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { EditorServicesTable } from "@/components/dashboard/editor-services-table";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { requireActor } from "@/lib/auth/session";
import { getEditorStart } from "@/lib/dashboard/get-editor-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.redaktion;
export const metadata: Metadata = { title: PAGE.title };

export default async function RedaktionStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "redaktion")) forbidden();
  const start = await getEditorStart(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        <p className="kern-body">
          Sie pflegen die Basisartikel der Onlinedienste, die Ihr Land betreibt, und veröffentlichen Störungsmeldungen.
        </p>
      </StartPageHeading>
      <EditorServicesTable services={start.services} />
    </div>
  );
}
