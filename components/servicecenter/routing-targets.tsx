import type { RoutingTargetView } from "@/lib/routing/list-routing-targets";
import type { RoutingDeadline } from "@/lib/routing/routing-deadlines";
import { EmptyState } from "@/components/ui/empty-state";
import { CHANNEL_LABELS, contactHref, SUPPORT_KIND_LABELS, SUPPORT_LEVEL_LABELS } from "./labels";

const LEVELS = ["SECOND", "THIRD"] as const;

function hours(t: RoutingTargetView, which: "reaction" | "resolution"): string {
  return `betriebsverhindernd ${t.hours.BETRIEBSVERHINDERND[which]} h, betriebsbehindernd ${t.hours.BETRIEBSBEHINDERND[which]} h, leicht ${t.hours.LEICHT[which]} h`;
}

interface RoutingTargetsProps {
  targets: readonly RoutingTargetView[];
  landName: string;
  /** deadlines per target id for a ticket raised now (lib/routing/routing-deadlines), when a Störungsklasse is known */
  deadlines?: Record<string, RoutingDeadline> | null;
  klasseLabel?: string | null;
}

function DeadlineCell({ deadline }: { deadline: RoutingDeadline | undefined }) {
  if (!deadline) return <td className="kern-table__cell">–</td>;
  if (!deadline.ok) return <td className="kern-table__cell">{deadline.error}</td>;
  return (
    <td className="kern-table__cell">
      <span className="efa-deadline">
        Reaktion bis <time dateTime={deadline.reactionDue}>{deadline.reaction}</time>
      </span>
      <br />
      <span className="efa-deadline">
        Lösung bis <time dateTime={deadline.resolutionDue}>{deadline.resolution}</time>
      </span>
    </td>
  );
}

/** The Kommunikationsmatrix of the service in the region, by level, with the deadlines of a ticket raised now. */
export function RoutingTargets({ targets, landName, deadlines = null, klasseLabel = null }: RoutingTargetsProps) {
  if (targets.length === 0) return <EmptyState>Für diesen Onlinedienst sind keine Weiterleitungsziele hinterlegt. Bitte die Leitstelle fragen.</EmptyState>;
  return (
    <div className="kern-stack-lg">
      {LEVELS.map((level) => {
        const rows = targets.filter((t) => t.level === level);
        if (!rows.length) return null;
        return (
          <div className="kern-stack-sm" key={level}>
            <h3 className="kern-heading-small" id={`weiterleitung-${level.toLowerCase()}`}>
              {SUPPORT_LEVEL_LABELS[level]}
            </h3>
            <div className="kern-table-responsive">
              <table className="kern-table" aria-labelledby={`weiterleitung-${level.toLowerCase()}`}>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th className="kern-table__header" scope="col">Ziel</th>
                    <th className="kern-table__header" scope="col">Art</th>
                    <th className="kern-table__header" scope="col">Kanal und Kontakt</th>
                    <th className="kern-table__header" scope="col">Servicezeit</th>
                    <th className="kern-table__header" scope="col">Reaktionszeit</th>
                    <th className="kern-table__header" scope="col">Erledigungszeit</th>
                    {deadlines ? (
                      <th className="kern-table__header" scope="col">
                        Fristen ab jetzt ({klasseLabel})
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {rows.map((t) => {
                    const href = contactHref(t.channel, t.contact);
                    return (
                      <tr className="kern-table__row" key={t.id}>
                        <th className="kern-table__header" scope="row">
                          {t.name}
                          <span className="efa-cell-note">{t.isRegional ? `Eintrag von ${landName}` : "Eintrag des betreibenden Landes"}</span>
                        </th>
                        <td className="kern-table__cell">{SUPPORT_KIND_LABELS[t.kind]}</td>
                        <td className="kern-table__cell">
                          {CHANNEL_LABELS[t.channel]}:{" "}
                          {href ? (
                            <a className="kern-link" href={href} {...(href.startsWith("http") ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
                              {t.contact}
                              {href.startsWith("http") ? <span className="kern-sr-only"> (öffnet in neuem Tab)</span> : null}
                            </a>
                          ) : (
                            t.contact
                          )}
                        </td>
                        <td className="kern-table__cell">{t.serviceHours}</td>
                        <td className="kern-table__cell">{hours(t, "reaction")}</td>
                        <td className="kern-table__cell">{hours(t, "resolution")}</td>
                        {deadlines ? <DeadlineCell deadline={deadlines[t.id]} /> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** "Second Level, technisch: Landes-Service-Desk Hessen" for the feedback choice. */
export function routingTargetLabel(t: Pick<RoutingTargetView, "level" | "kind" | "name">): string {
  return `${t.name} (${SUPPORT_LEVEL_LABELS[t.level]}, ${SUPPORT_KIND_LABELS[t.kind]})`;
}
