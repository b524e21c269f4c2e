import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { ReviewQueueTable } from "@/components/dashboard/review-queue-table";
import { StartPageHeading } from "@/components/dashboard/start-page-heading";
import { requireActor } from "@/lib/auth/session";
import { getReviewerStart } from "@/lib/dashboard/get-reviewer-start";
import { canViewStartPage, START_PAGES } from "@/lib/dashboard/start-pages";

const PAGE = START_PAGES.pruefung;
export const metadata: Metadata = { title: PAGE.title };

export default async function PruefungStartPage() {
  const actor = await requireActor(PAGE.path);
  if (!canViewStartPage(actor, "pruefung")) forbidden();
  const queue = await getReviewerStart(actor);
  return (
    <div className="kern-stack-lg">
      <StartPageHeading title={PAGE.title} organisation={actor.organisation}>
        <p className="kern-body">
          Revisionen der Onlinedienste Ihres Landes, die vor der Veröffentlichung eine zweite Prüfung brauchen.
        </p>
      </StartPageHeading>
      <ReviewQueueTable queue={queue} />
    </div>
  );
}
