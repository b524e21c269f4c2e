import Link from "next/link";
import type { ActiveIncident } from "@/lib/incidents/list-active-incidents";
import { STOERUNGSKLASSE_LABELS } from "@/lib/articles/vocabulary";
import type { AlertVariant } from "@/components/ui/alert";
import { formatDateTime } from "@/components/ui/format";

const VARIANT: Record<ActiveIncident["klasse"], AlertVariant> = {
  BETRIEBSVERHINDERND: "danger",
  BETRIEBSBEHINDERND: "warning",
  LEICHT: "info",
};

interface IncidentBannerProps {
  incidents: readonly ActiveIncident[];
  /** accessible name of the region, e.g. "Aktive Störungen in Ihrer Region" */
  label: string;
  /** whether each entry names the service (not needed on an article of that service) */
  showService?: boolean;
}

/** Compact KERN alerts for active incidents: class, service, title, Sprechtext, since when, link to the notice. */
export function IncidentBanner({ incidents, label, showService = true }: IncidentBannerProps) {
  if (incidents.length === 0) return null;
  return (
    <section className="efa-incident-banner" aria-label={label}>
      <ul className="efa-incident-banner__list">
        {incidents.map((i) => (
          <li key={i.articleId} className={`kern-alert kern-alert--${VARIANT[i.klasse]} efa-incident-banner__item`}>
            <div className="kern-alert__header">
              <span className={`kern-icon kern-icon--${VARIANT[i.klasse]}`} aria-hidden="true" />
              <span className="kern-title">
                Störung ({STOERUNGSKLASSE_LABELS[i.klasse]}){showService ? `: ${i.serviceName}` : ""} – {i.title}
              </span>
            </div>
            <div className="kern-alert__body">
              {i.shortAnswer ? (
                <p className="kern-body">
                  <strong>Sprechtext:</strong> {i.shortAnswer}
                </p>
              ) : null}
              <p className="kern-body kern-body--small">
                Seit {formatDateTime(i.startedAt)} Uhr
                {i.affectedRegions.length > 0 ? ` · betrifft ${i.affectedRegions.join(", ")}` : " · betrifft alle mitnutzenden Länder"}
                {i.workaround ? ` · Workaround: ${i.workaround.title}` : ""} ·{" "}
                <Link className="kern-link kern-link--small" href={`/artikel/${encodeURIComponent(i.articleId)}`}>
                  Störungsmeldung öffnen<span className="kern-sr-only">: {i.title}</span>
                </Link>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
