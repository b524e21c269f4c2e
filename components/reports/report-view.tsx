import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatDateTime } from "@/components/ui/format";
import type { S6Part, S6Report } from "@/lib/reports/s6-report";
import { DayChart } from "./day-chart";
import { barValue, formatCount, formatDuration, share, type ReportCount } from "./report-format";

const LEVEL: Record<string, string> = { SECOND: "Second Level", THIRD: "Third Level" };
const KIND: Record<string, string> = { TECHNICAL: "technisch", FACHLICH: "fachlich" };

/** A count with a bar behind it (the bar is decoration; the number is the content). */
function CountCell({ count, max }: { count: ReportCount; max: number }) {
  const value = barValue(count);
  const width = max > 0 && value > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0;
  return (
    <td className="kern-table__cell kern-table__cell--numeric efa-bar-cell">
      <span className="efa-bar-cell__bar" style={{ width: `${width}%` }} aria-hidden="true" />
      <span className="efa-bar-cell__value">{formatCount(count)}</span>
    </td>
  );
}

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/** A list as a table: rank (unless `isRanked` is false), label column(s), then the count with its bar. */
function RankTable<T extends { count: ReportCount }>({ caption, rows, columns, countHeader, empty, isRanked = true }: { caption: string; rows: T[]; columns: Column<T>[]; countHeader: string; empty: string; isRanked?: boolean }) {
  if (!rows.length) return <EmptyState>{empty}</EmptyState>;
  const max = Math.max(...rows.map((r) => barValue(r.count)));
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {isRanked ? <th className="kern-table__header" scope="col">Rang</th> : null}
            {columns.map((c) => (
              <th className="kern-table__header" scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
            <th className="kern-table__header kern-table__header--numeric" scope="col">{countHeader}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row, i) => (
            <tr className="kern-table__row" key={i}>
              {isRanked ? <td className="kern-table__cell">{i + 1}.</td> : null}
              {columns.map((c, j) =>
                j === 0 ? (
                  <th className="kern-table__header" scope="row" key={c.header}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td className="kern-table__cell" key={c.header}>
                    {c.cell(row)}
                  </td>
                ),
              )}
              <CountCell count={row.count} max={max} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="kern-stack efa-report-section" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>
        {title}
      </h2>
      {intro ? <p className="kern-body">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Key figures of a part. */
function Totals({ part }: { part: S6Part<ReportCount> }) {
  const t = part.totals;
  const feedback = [t.feedbackGeloest, t.feedbackNichtGeloest, t.feedbackWeitergeleitet];
  const feedbackTotal = feedback.every((c) => typeof c === "number") ? feedback.reduce<number>((s, c) => s + (c as number), 0) : null;
  const items: [string, ReportCount, string | null][] = [
    ["Suchen", t.searches, null],
    ["Suchen ohne Treffer", t.searchesWithoutResults, share(t.searchesWithoutResults, t.searches)],
    ["Suchen mit geöffnetem Artikel", t.searchesWithOpenedArticle, share(t.searchesWithOpenedArticle, t.searches)],
    ["Rückmeldung „Gelöst“", t.feedbackGeloest, feedbackTotal === null ? null : share(t.feedbackGeloest, feedbackTotal)],
    ["Rückmeldung „Nicht gelöst“", t.feedbackNichtGeloest, feedbackTotal === null ? null : share(t.feedbackNichtGeloest, feedbackTotal)],
    ["Weitergeleitet", t.feedbackWeitergeleitet, feedbackTotal === null ? null : share(t.feedbackWeitergeleitet, feedbackTotal)],
  ];
  return (
    <dl className="efa-stat-grid">
      {items.map(([label, count, detail]) => (
        <div className="efa-stat" key={label}>
          <dt>{label}</dt>
          <dd>
            {formatCount(count)}
            {detail ? <span className="efa-stat__detail">{detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** BeV: the key figures of every Land side by side. */
function LandComparison({ parts }: { parts: S6Part<ReportCount>[] }) {
  const max = Math.max(1, ...parts.map((p) => barValue(p.totals.searches)));
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">Kennzahlen je Land</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Land</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">Suchen</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">ohne Treffer</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">„Gelöst“</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">„Nicht gelöst“</th>
            <th className="kern-table__header kern-table__header--numeric" scope="col">Weitergeleitet</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {parts.map((p) => (
            <tr className="kern-table__row" key={p.land?.ars ?? "alle"}>
              <th className="kern-table__header" scope="row">
                {p.land ? `${p.land.name} (${p.land.ars})` : "Alle Länder"}
              </th>
              <CountCell count={p.totals.searches} max={max} />
              <td className="kern-table__cell kern-table__cell--numeric">{formatCount(p.totals.searchesWithoutResults)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatCount(p.totals.feedbackGeloest)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatCount(p.totals.feedbackNichtGeloest)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatCount(p.totals.feedbackWeitergeleitet)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who and what the report covers, in one sentence. */
export function reportScopeText(report: S6Report<ReportCount>): string {
  const period = `${formatDate(report.period.from)} bis ${formatDate(report.period.to)} (${report.period.days} Tage)`;
  const service = report.service ? `Onlinedienst „${report.service.name}“` : "alle Onlinedienste";
  if (report.kind === "LAND") return `Land ${report.land?.name ?? report.organisation.name}, ${service}, ${period}.`;
  const lands = report.land ? `Land ${report.land.name}` : "alle Länder, die die Dienste nutzen";
  return `Dienste Ihres Landes (${report.services.map((s) => s.name).join(", ") || "keine"}), ${report.service ? service + ", " : ""}${lands}, ${period}.`;
}

/**
 * The S6 report: key figures, searches per day and week, queries, articles, reasons, forwards, incidents.
 * Renders exact or anonymised counts alike ("< 5").
 */
export function ReportView({ report }: { report: S6Report<ReportCount> }) {
  const total = report.parts[0];
  if (!total) return null;
  const perLand = report.parts.slice(1);
  return (
    <div className="kern-stack-lg">
      <Section id="kennzahlen" title="Kennzahlen">
        <Totals part={total} />
      </Section>
      {perLand.length ? (
        <Section id="je-land" title="Je Land" intro="Die Kennzahlen der Länder, die die Dienste nutzen. Ein Land im Filter zeigt dessen Listen im Einzelnen.">
          <LandComparison parts={perLand} />
        </Section>
      ) : null}
      <Section id="suchen-tag" title="Suchen je Tag">
        <DayChart id="chart-tage" days={total.searchesPerDay} />
      </Section>
      <Section id="suchen-woche" title="Suchen je Kalenderwoche">
        <RankTable
          caption="Suchen je Kalenderwoche"
          isRanked={false}
          rows={total.searchesPerWeek}
          countHeader="Suchen"
          empty="Keine Suchen im Zeitraum."
          columns={[
            { header: "Woche", cell: (w) => `KW ${Number(w.week.slice(6))}/${w.week.slice(0, 4)}` },
            { header: "Tage", cell: (w) => `${formatDate(w.from)} – ${formatDate(w.to)}` },
          ]}
        />
      </Section>
      <Section id="anfragen" title="Häufigste Anfragen" intro="Was Agentinnen und Agenten gesucht haben, in Kleinschreibung; persönliche Angaben sind durch Platzhalter wie [Telefon] ersetzt.">
        <RankTable caption="Häufigste Anfragen" rows={total.topQueries} countHeader="Anzahl" empty="Keine Anfragen im Zeitraum." columns={[{ header: "Anfrage", cell: (q) => q.query }]} />
      </Section>
      <Section id="ohne-treffer" title="Anfragen ohne Treffer" intro="Hinweise auf fehlende Inhalte: Anfragen, zu denen die Suche nichts fand.">
        <RankTable caption="Anfragen ohne Treffer" rows={total.zeroResultQueries} countHeader="Anzahl" empty="Keine Anfragen ohne Treffer im Zeitraum." columns={[{ header: "Anfrage", cell: (q) => q.query }]} />
      </Section>
      <Section id="geoeffnet" title="Meistgeöffnete Artikel" intro="Varianten zählen bei ihrem Basisartikel.">
        <RankTable
          caption="Meistgeöffnete Artikel"
          rows={total.openedArticles}
          countHeader="Geöffnet"
          empty="Im Zeitraum wurde kein Artikel aus einer Suche geöffnet."
          columns={[{ header: "Artikel", cell: (a) => a.title }, { header: "Onlinedienst", cell: (a) => serviceName(report, a.serviceKey) }]}
        />
      </Section>
      <Section id="nicht-geloest" title="Artikel mit den meisten „Nicht gelöst“" intro="Mit den häufigsten Gründen, die Agentinnen und Agenten angegeben haben.">
        <RankTable
          caption="Artikel mit den meisten Rückmeldungen „Nicht gelöst“"
          rows={total.notSolvedArticles}
          countHeader="„Nicht gelöst“"
          empty="Keine Rückmeldung „Nicht gelöst“ im Zeitraum."
          columns={[
            { header: "Artikel", cell: (a) => a.title },
            {
              header: "Gründe",
              cell: (a) =>
                a.reasons.length ? (
                  <ul className="efa-reasons">
                    {a.reasons.map((r) => (
                      <li key={r.reason}>
                        {r.reason}: {formatCount(r.count)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      </Section>
      <Section id="weiterleitungen" title="Weiterleitungen je Ziel" intro="Tickets, die Agentinnen und Agenten an ein Ziel der Kommunikationsmatrix weitergegeben haben.">
        <RankTable
          caption="Weiterleitungen je Ziel"
          rows={total.forwards}
          countHeader="Weiterleitungen"
          empty="Keine Weiterleitungen im Zeitraum."
          columns={[
            { header: "Ziel", cell: (f) => f.name },
            { header: "Ebene", cell: (f) => (f.level && f.kind ? `${LEVEL[f.level] ?? f.level}, ${KIND[f.kind] ?? f.kind}` : "–") },
          ]}
        />
      </Section>
      <Section id="stoerungen" title="Störungen im Zeitraum">
        {report.incidents.length ? (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped">
              <caption className="kern-sr-only">Störungen im Zeitraum mit Dauer</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">Störung</th>
                  <th className="kern-table__header" scope="col">Klasse</th>
                  <th className="kern-table__header" scope="col">Beginn</th>
                  <th className="kern-table__header" scope="col">Ende</th>
                  <th className="kern-table__header" scope="col">Dauer</th>
                  <th className="kern-table__header" scope="col">Betroffen</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {report.incidents.map((i) => (
                  <tr className="kern-table__row" key={i.key}>
                    <th className="kern-table__header" scope="row">
                      {i.title}
                      <span className="efa-stat__detail">{serviceName(report, i.serviceKey)}</span>
                    </th>
                    <td className="kern-table__cell">{i.klasseLabel}</td>
                    <td className="kern-table__cell">{formatDateTime(i.startedAt)}</td>
                    <td className="kern-table__cell">{i.resolvedAt ? formatDateTime(i.resolvedAt) : "dauert an"}</td>
                    <td className="kern-table__cell">{i.durationMinutes === null ? "–" : formatDuration(i.durationMinutes)}</td>
                    <td className="kern-table__cell">{i.affectedLands.length ? i.affectedLands.join(", ") : "alle Länder"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState>Keine Störung im Zeitraum.</EmptyState>
        )}
      </Section>
    </div>
  );
}

function serviceName(report: S6Report<ReportCount>, key: string): string {
  return report.services.find((s) => s.key === key)?.name ?? key;
}
