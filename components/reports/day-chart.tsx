import { formatDate } from "@/components/ui/format";
import { barValue, formatCount, type ReportCount } from "./report-format";

const WEEKDAY = new Intl.DateTimeFormat("de-DE", { weekday: "short", timeZone: "UTC" });

/**
 * Searches per day as SVG bars with the values as a table: the picture is decoration for sighted readers
 * (aria-hidden), the caption says what it shows and the table holds every value for everyone.
 */
export function DayChart({ id, days }: { id: string; days: { date: string; count: ReportCount }[] }) {
  const max = Math.max(1, ...days.map((d) => barValue(d.count)));
  const width = 720;
  const height = 180;
  const gap = days.length > 60 ? 0 : 2;
  const bar = width / Math.max(1, days.length);
  const peak = days.reduce<{ date: string; count: ReportCount } | null>((best, d) => (best === null || barValue(d.count) > barValue(best.count) ? d : best), null);
  const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  return (
    <figure className="efa-chart" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="kern-body">
        Suchen je Tag, {formatDate(days[0]?.date ?? "")} bis {formatDate(days.at(-1)?.date ?? "")}
        {peak ? `; die meisten am ${formatDate(peak.date)} (${formatCount(peak.count)})` : ""}. Wochenenden sind heller dargestellt.
      </figcaption>
      <svg className="efa-chart__svg" viewBox={`0 0 ${width} ${height + 20}`} aria-hidden="true" focusable="false" preserveAspectRatio="none">
        <line x1="0" y1={height} x2={width} y2={height} className="efa-chart__axis" />
        {days.map((d, i) => {
          const h = Math.round((barValue(d.count) / max) * (height - 4));
          return (
            <rect
              key={d.date}
              x={i * bar + gap / 2}
              y={height - h}
              width={Math.max(1, bar - gap)}
              height={h}
              className={isWeekend(d.date) ? "efa-chart__bar efa-chart__bar--light" : "efa-chart__bar"}
            />
          );
        })}
      </svg>
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
