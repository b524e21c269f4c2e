import { formatDate } from "@/components/ui/format";
import { DayBarChart } from "./day-bar-chart";
import { dayBars, dayTicks, peakDay, type ReportDay } from "./day-chart-data";
import { formatCount } from "./report-format";

const WEEKDAY = new Intl.DateTimeFormat("de-DE", { weekday: "short", timeZone: "UTC" });

/**
 * Searches per day as a bar chart (recharts) with the values as a table: the picture is decoration for sighted
 * readers (aria-hidden), the caption says what it shows and the table holds every value for everyone.
 */
export function DayChart({ id, days }: { id: string; days: ReportDay[] }) {
  const peak = peakDay(days);
  return (
    <figure className="efa-chart" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="kern-body">
        Suchen je Tag, {formatDate(days[0]?.date ?? "")} bis {formatDate(days.at(-1)?.date ?? "")}
        {peak ? `; die meisten am ${formatDate(peak.date)} (${formatCount(peak.count)})` : ""}. Wochenenden sind heller dargestellt.
      </figcaption>
      <DayBarChart bars={dayBars(days)} ticks={dayTicks(days)} />
      <details className="efa-chart__table">
        <summary className="kern-body">Werte als Tabelle</summary>
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">Suchen je Tag</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th className="kern-table__header" scope="col">Tag</th>
                <th className="kern-table__header kern-table__header--numeric" scope="col">Suchen</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {days.map((d) => (
                <tr className="kern-table__row" key={d.date}>
                  <th className="kern-table__header" scope="row">
                    {WEEKDAY.format(new Date(`${d.date}T00:00:00Z`))} {formatDate(d.date)}
                  </th>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatCount(d.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
