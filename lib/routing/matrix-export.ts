import { STOERUNGSKLASSEN } from "../articles/vocabulary";
import { neutraliseFormula, toCsv } from "../reports/csv";
import type { MatrixView } from "./get-matrix";

/**
 * The standardised export of the effective Kommunikationsmatrix of one service in one Land (docs/matrix.md).
 * CSV like the S6 report (lib/reports/csv.ts): semicolon, UTF-8 with BOM, CRLF, one header line; columns are
 * only ever added at the end. Codes (SECOND, EMAIL, …) rather than labels, so files of all Länder compare. Pure.
 */

export const MATRIX_FORMAT_VERSION = 1;

export const MATRIX_CSV_COLUMNS = [
  "dienst",
  "dienst_name",
  "land",
  "land_name",
  "ebene",
  "art",
  "herkunft",
  "name",
  "kanal",
  "kontakt",
  "servicezeiten",
  "feiertage_land",
  "reaktion_betriebsverhindernd_h",
  "reaktion_betriebsbehindernd_h",
  "reaktion_leicht_h",
  "erledigung_betriebsverhindernd_h",
  "erledigung_betriebsbehindernd_h",
  "erledigung_leicht_h",
  "zulaessig",
  "hinweis",
] as const;

/** The effective matrix as JSON (format "efa-kommunikationsmatrix", version 1). */
export function matrixJson(view: MatrixView, exportedAt: Date) {
  return {
    format: "efa-kommunikationsmatrix" as const,
    version: MATRIX_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    service: { key: view.service.key, name: view.service.name, operatorArs: view.service.operatorArs },
    land: view.land,
    targets: view.effective.map((t) => ({
      level: t.level,
      kind: t.kind,
      origin: t.isRegional ? ("LAND" as const) : ("BASE" as const),
      name: t.name,
      channel: t.channel,
      contact: t.contact,
      serviceHours: t.serviceHours,
      holidayLandArs: t.holidayLandArs,
      reactionHours: Object.fromEntries(STOERUNGSKLASSEN.map((k) => [k, t.hours[k].reaction])),
      resolutionHours: Object.fromEntries(STOERUNGSKLASSEN.map((k) => [k, t.hours[k].resolution])),
      isAllowed: t.notAllowedReason === null,
      notAllowedReason: t.notAllowedReason,
    })),
    restrictions: view.restrictions.map((r) => ({ level: r.level, kind: r.kind, reason: r.reason })),
  };
}

/** The effective matrix as CSV: one line per target, not allowed paths included with zulaessig "nein". */
export function matrixCsv(view: MatrixView): string {
  const text = (s: string) => neutraliseFormula(s);
  return toCsv([
    MATRIX_CSV_COLUMNS,
    ...view.effective.map((t) => [
      view.service.key,
      text(view.service.name),
      view.land.ars,
      text(view.land.name),
      t.level,
      t.kind,
      t.isRegional ? "land" : "basis",
      text(t.name),
      t.channel,
      text(t.contact),
      text(t.serviceHours),
      t.holidayLandArs,
      ...STOERUNGSKLASSEN.map((k) => t.hours[k].reaction),
      ...STOERUNGSKLASSEN.map((k) => t.hours[k].resolution),
      t.notAllowedReason === null ? "ja" : "nein",
      text(t.notAllowedReason ?? ""),
    ]),
  ]);
}

/** kommunikationsmatrix_<dienst>_land-<ars>.csv|json */
export function matrixFileName(view: Pick<MatrixView, "service" | "land">, format: "csv" | "json"): string {
  return `kommunikationsmatrix_${view.service.key}_land-${view.land.ars}.${format}`.replace(/[^A-Za-z0-9._-]/g, "-");
}
