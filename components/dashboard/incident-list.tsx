import Link from "next/link";
import type { ActiveIncident } from "@/lib/dashboard/get-agent-start";
import { STOERUNGSKLASSE_LABELS } from "@/lib/articles/vocabulary";
import type { AlertVariant } from "@/components/ui/alert";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";

const VARIANT: Record<ActiveIncident["klasse"], AlertVariant> = {
  BETRIEBSVERHINDERND: "danger",
  BETRIEBSBEHINDERND: "warning",
  LEICHT: "info",
};

/** 115: active incidents, most severe first, each with the Sprechtext for the caller. */
export function IncidentList({ incidents }: { incidents: ActiveIncident[] }) {
  if (incidents.length === 0) {
    return <EmptyState>Zurzeit liegen keine aktiven Störungen vor.</EmptyState>;
  }
  return (
    <ul className="efa-incident-list">
      {incidents.map((i) => (
        <li key={i.articleId}>
          <Alert variant={VARIANT[i.klasse]} title={`${i.serviceName}: ${i.title}`} titleAs="h3">
            <p className="kern-body">
              Störungsklasse: {STOERUNGSKLASSE_LABELS[i.klasse]} · seit {formatDateTime(i.startedAt)} Uhr · betrifft{" "}
              {i.affectedRegions.length === 0 ? "alle mitnutzenden Länder" : i.affectedRegions.join(", ")}
            </p>
            {i.shortAnswer ? (
              <p className="kern-body">
                <strong>Sprechtext:</strong> {i.shortAnswer}
              </p>
            ) : null}
            {i.workaround ? <p className="kern-body">Workaround: {i.workaround.title}</p> : null}
            <p className="kern-body">
              <Link className="kern-link" href={`/artikel/${encodeURIComponent(i.articleId)}`}>
                Störungsmeldung öffnen<span className="kern-sr-only">: {i.title}</span>
              </Link>
            </p>
          </Alert>
        </li>
      ))}
    </ul>
  );
}
