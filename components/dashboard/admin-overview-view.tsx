import type { AdminOverview } from "@/lib/dashboard/get-admin-overview";
import { ORG_KIND_LABELS, ROLE_LABELS, ROLES } from "@/lib/auth/actor";
import { formatAge, formatNumber } from "@/components/ui/format";

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="efa-stat">
      <dt>{label}</dt>
      <dd>
        {formatNumber(value)}
        {detail ? <span className="efa-stat__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** Admin: installation-wide counts. */
export function AdminOverviewView({ overview }: { overview: AdminOverview }) {
  const { organisations, users, articles, outbox } = overview;
  return (
    <div className="kern-stack-lg">
      <section className="kern-stack" aria-labelledby="admin-bestand">
        <h2 className="kern-heading-medium" id="admin-bestand">
          Bestand
        </h2>
        <dl className="efa-stat-grid">
          <Stat
            label="Organisationen"
            value={organisations.total}
            detail={(["BUND", "LAND", "KOMMUNE"] as const)
              .map((k) => `${ORG_KIND_LABELS[k]}: ${formatNumber(organisations.byKind[k])}`)
              .join(" · ")}
          />
          <Stat label="Benutzerkonten" value={users.total} detail={`davon aktiv: ${formatNumber(users.active)}`} />
          <Stat label="Onlinedienste" value={overview.services} />
          <Stat
            label="Artikel"
            value={articles.total}
            detail={`veröffentlicht: ${formatNumber(articles.published)} · archiviert: ${formatNumber(articles.archived)}`}
          />
          <Stat label="Aktive API-Tokens" value={overview.activeApiTokens} />
          <Stat
            label="Ausstehende Änderungen für die Suche"
            value={outbox.pending}
            detail={outbox.oldestAgeSeconds !== null ? `älteste wartet seit ${formatAge(outbox.oldestAgeSeconds)}` : undefined}
          />
        </dl>
      </section>

      <div className="kern-table-responsive">
        <table className="kern-table kern-table--striped">
          <caption className="kern-title">Benutzerkonten nach Rolle</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">Rolle</th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">Konten</th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">davon aktiv</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {ROLES.map((role) => (
              <tr className="kern-table__row" key={role}>
                <th className="kern-table__header" scope="row">
                  {ROLE_LABELS[role]}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(users.byRole[role].total)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(users.byRole[role].active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
