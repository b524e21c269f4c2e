import { toBerlin } from "../matrix/working-time";
import type { AnonymisedCount } from "./k-anonymity";
import type { S6Part, S6Report } from "./s6-report";

/**
 * CSV for the S6 report in a documented, stable column format (docs/reports.md), so Länder can compare
 * their figures. RFC 4180: fields with the delimiter, a quote, CR or LF are quoted, quotes doubled, lines end
 * with CRLF. Semicolon as delimiter and a UTF-8 byte order mark, so German Excel opens the file directly
 * with umlauts intact. Pure.
 */

export const CSV_DELIMITER = ";";
export const CSV_BOM = "\uFEFF";
/** Version of the column format; columns are only ever added at the end. */
export const S6_CSV_FORMAT_VERSION = 1;

export const S6_CSV_COLUMNS = [
  "abschnitt",
  "zeitraum_von",
  "zeitraum_bis",
  "land",
  "dienst",
  "schluessel",
  "bezeichnung",
  "anzahl",
  "beginn",
  "ende",
  "dauer_minuten",
  "stoerungsklasse",
] as const;

type Column = (typeof S6_CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string | number | null>>;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number | null | undefined, delimiter: string = CSV_DELIMITER): string {
  const text = value === null || value === undefined ? "" : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: BOM, CRLF after every line (also the last). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], delimiter: string = CSV_DELIMITER): string {
  return CSV_BOM + rows.map((row) => row.map((v) => csvField(v, delimiter)).join(delimiter) + "\r\n").join("");
}

/**
 * Free text that a spreadsheet would run as a formula (=, +, -, @ or a control character first) gets an
 * apostrophe in front (CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An instant as ISO 8601 in German local time with its offset: "2026-11-20T07:30:00+01:00". */
export function berlinIso(iso: string): string {
  const instant = new Date(iso);
  const t = toBerlin(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  const offsetMinutes = Math.round((Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}+${pad(Math.floor(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

const germanDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

const LEVEL: Record<string, string> = { SECOND: "Second Level", THIRD: "Third Level" };
const KIND: Record<string, string> = { TECHNICAL: "technisch", FACHLICH: "fachlich" };

function partRows(report: S6Report<AnonymisedCount>, part: S6Part<AnonymisedCount>): CsvRow[] {
  const land = part.land?.ars ?? report.land?.ars ?? "alle";
  const dienst = report.service?.key ?? "alle";
  const base = { zeitraum_von: report.period.from, zeitraum_bis: report.period.to, land, dienst };
  const rows: CsvRow[] = [];
  const totals: [string, string, AnonymisedCount][] = [
    ["suchen", "Suchen", part.totals.searches],
    ["suchen_ohne_treffer", "Suchen ohne Treffer", part.totals.searchesWithoutResults],
    ["suchen_mit_geoeffnetem_artikel", "Suchen mit geöffnetem Artikel", part.totals.searchesWithOpenedArticle],
    ["rueckmeldung_geloest", "Rückmeldung „Gelöst“", part.totals.feedbackGeloest],
    ["rueckmeldung_nicht_geloest", "Rückmeldung „Nicht gelöst“", part.totals.feedbackNichtGeloest],
    ["rueckmeldung_weitergeleitet", "Rückmeldung „Weitergeleitet“", part.totals.feedbackWeitergeleitet],
  ];
  for (const [key, label, count] of totals) rows.push({ abschnitt: "summe", ...base, schluessel: key, bezeichnung: label, anzahl: count });
  for (const d of part.searchesPerDay) rows.push({ abschnitt: "suchen_tag", ...base, schluessel: d.date, bezeichnung: germanDate(d.date), anzahl: d.count });
  for (const w of part.searchesPerWeek) rows.push({ abschnitt: "suchen_woche", ...base, schluessel: w.week, bezeichnung: `${germanDate(w.from)}–${germanDate(w.to)}`, anzahl: w.count });
  for (const q of part.topQueries) rows.push({ abschnitt: "anfrage_haeufig", ...base, schluessel: q.query, anzahl: q.count });
  for (const q of part.zeroResultQueries) rows.push({ abschnitt: "anfrage_ohne_treffer", ...base, schluessel: q.query, anzahl: q.count });
  for (const a of part.openedArticles) rows.push({ abschnitt: "artikel_geoeffnet", ...base, dienst: a.serviceKey || dienst, schluessel: a.key, bezeichnung: a.title, anzahl: a.count });
  for (const a of part.notSolvedArticles) rows.push({ abschnitt: "artikel_nicht_geloest", ...base, dienst: a.serviceKey || dienst, schluessel: a.key, bezeichnung: a.title, anzahl: a.count });
  for (const a of part.notSolvedArticles) {
    for (const r of a.reasons) rows.push({ abschnitt: "nicht_geloest_grund", ...base, dienst: a.serviceKey || dienst, schluessel: a.key, bezeichnung: r.reason, anzahl: r.count });
  }
  for (const f of part.forwards) {
    const what = f.level && f.kind ? ` (${LEVEL[f.level] ?? f.level}, ${KIND[f.kind] ?? f.kind})` : "";
    rows.push({ abschnitt: "weiterleitung", ...base, dienst: f.serviceKey ?? dienst, schluessel: f.routingTargetId ?? "", bezeichnung: `${f.name}${what}`, anzahl: f.count });
  }
  return rows;
}

/**
 * The S6 report as CSV (only ever the anonymised report: CSV is the format for other organisations).
 * One header line, then the rows of the total part, of each Land's part, and the incidents.
 */
export function s6ReportCsv(report: S6Report<AnonymisedCount>): string {
  const rows: CsvRow[] = report.parts.flatMap((part) => partRows(report, part));
  for (const i of report.incidents) {
    rows.push({
      abschnitt: "stoerung",
      zeitraum_von: report.period.from,
      zeitraum_bis: report.period.to,
      land: report.land?.ars ?? "alle",
      dienst: i.serviceKey,
      schluessel: i.key,
      bezeichnung: i.title,
      anzahl: 1,
      beginn: berlinIso(i.startedAt),
      ende: i.resolvedAt ? berlinIso(i.resolvedAt) : "",
      dauer_minuten: i.durationMinutes,
      stoerungsklasse: i.klasse,
    });
  }
  const textColumns: readonly Column[] = ["schluessel", "bezeichnung"];
  return toCsv([
    S6_CSV_COLUMNS,
    ...rows.map((row) => S6_CSV_COLUMNS.map((column) => {
      const value = row[column];
      return typeof value === "string" && textColumns.includes(column) ? neutraliseFormula(value) : value;
    })),
  ]);
}

/** File name of the CSV download: s6-bericht_<land or betreiber>_<from>_<to>.csv */
export function s6CsvFileName(report: Pick<S6Report<unknown>, "kind" | "organisation" | "land" | "service" | "period">): string {
  const who = report.kind === "LAND" ? `land-${report.land?.ars ?? report.organisation.ars}` : `betreiber-${report.organisation.ars}${report.land ? `_land-${report.land.ars}` : ""}`;
  const name = `s6-bericht_${who}${report.service ? `_${report.service.key}` : ""}_${report.period.from}_${report.period.to}.csv`;
  return name.replace(/[^A-Za-z0-9._-]/g, "-");
}
