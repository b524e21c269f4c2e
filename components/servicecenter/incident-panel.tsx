import Link from "next/link";
import type { AlertVariant } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { answerHref, type IncidentItem } from "./search-client";

const VARIANT: Record<IncidentItem["klasse"], AlertVariant> = { BETRIEBSVERHINDERND: "danger", BETRIEBSBEHINDERND: "warning", LEICHT: "info" };

interface IncidentPanelProps {
  incidents: readonly IncidentItem[];
  /** the region the incidents are shown for (links open the region's effective articles) */
  regionArs: string;
  headingId: string;
  heading: string;
  /** text when there is none (null: render nothing) */
  emptyText: string | null;
}

/**
 * Active incidents of the region's services, most severe first: Störungsklasse, since when (German time),
 * Sprechtext for the caller and the workaround. Shown above the hits for every query.
 */
export function IncidentPanel({ incidents, regionArs, headingId, heading, emptyText }: IncidentPanelProps) {
  if (incidents.length === 0 && emptyText === null) return null;
  return (
    <section className="kern-stack-sm efa-agent-incidents" aria-labelledby={headingId}>
      <h2 className="kern-heading-small" id={headingId}>
        {heading}
      </h2>
      {incidents.length === 0 ? (
        <EmptyState>{emptyText}</EmptyState>
      ) : (
        <ul className="efa-incident-banner__list">
          {incidents.map((i) => (
            <li key={i.articleId} className={`kern-alert kern-alert--${VARIANT[i.klasse]}`}>
              <div className="kern-alert__header">
                <span className={`kern-icon kern-icon--${VARIANT[i.klasse]}`} aria-hidden="true" />
                <h3 className="kern-title">
                  Störung ({i.klasseLabel}): {i.service.name} – {i.title}
                </h3>
              </div>
              <div className="kern-alert__body">
                {i.shortAnswer ? (
                  <p className="kern-body">
                    <strong>Sprechtext:</strong> {i.shortAnswer}
                  </p>
                ) : null}
                <p className="kern-body kern-body--small">
                  Störungsklasse {i.klasseLabel} · seit {formatDateTime(i.startedAt)} Uhr · betrifft{" "}
                  {i.affectedRegions.length === 0 ? "alle mitnutzenden Länder" : i.affectedRegions.join(", ")}
                </p>
                <p className="kern-body kern-body--small">
                  {i.workaround ? (
                    <>
                      <Link className="kern-link kern-link--small" href={answerHref(i.workaround.articleId, { region: regionArs })}>
                        Workaround: {i.workaround.title}
                      </Link>
                      {" · "}
                    </>
                  ) : (
                    "Kein Workaround bekannt · "
                  )}
                  <Link className="kern-link kern-link--small" href={answerHref(i.articleId, { region: regionArs })}>
                    Störungsmeldung öffnen<span className="kern-sr-only">: {i.title}</span>
                  </Link>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
