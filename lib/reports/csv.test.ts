import { describe, expect, it } from "vitest";
import { berlinIso, csvField, neutraliseFormula, s6CsvFileName, s6ReportCsv, S6_CSV_COLUMNS, toCsv } from "./csv";
import { anonymiseReport } from "./k-anonymity";
import type { S6Report } from "./s6-report";

describe("CSV writer (RFC 4180)", () => {
  it("quotes only what needs quoting and doubles quotes", () => {
    expect(csvField("einfach")).toBe("einfach");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('sagt "Hallo"')).toBe('"sagt ""Hallo"""');
    expect(csvField("zwei\nZeilen")).toBe('"zwei\nZeilen"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField("a,b")).toBe("a,b");
    expect(csvField("a,b", ",")).toBe('"a,b"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(0)).toBe("0");
    expect(csvField("Ä Ö Ü ß „Gelöst“")).toBe("Ä Ö Ü ß „Gelöst“");
  });

  it("writes a BOM and CRLF after every line", () => {
    expect(toCsv([["a", "b"], ["1", null]])).toBe("\uFEFFa;b\r\n1;\r\n");
    expect(toCsv([])).toBe("\uFEFF");
  });

  it("neutralises spreadsheet formulas in free text", () => {
    expect(["=SUMME(A1)", "+49", "-x", "@a", "\tb", "normal", "[Telefon]"].map(neutraliseFormula)).toEqual(["'=SUMME(A1)", "'+49", "'-x", "'@a", "'\tb", "normal", "[Telefon]"]);
  });

  it("writes instants in German local time with their offset", () => {
    expect(berlinIso("2026-11-20T06:30:00.000Z")).toBe("2026-11-20T07:30:00+01:00");
    expect(berlinIso("2026-07-01T10:00:00.000Z")).toBe("2026-07-01T12:00:00+02:00");
  });
});

describe("S6 CSV", () => {
  const report: S6Report = {
    kind: "BETREIBER", organisation: { ars: "04", name: "Bremen" }, period: { from: "2026-11-01", to: "2026-11-02", days: 2 },
    service: { key: "elterngeld-digital", name: "Elterngeld digital" }, land: null, services: [], generatedAt: "2026-11-03T00:00:00.000Z", isAnonymised: false,
    parts: [{
      land: null,
      totals: { searches: 12, searchesWithoutResults: 2, searchesWithOpenedArticle: 9, feedbackGeloest: 5, feedbackNichtGeloest: 6, feedbackWeitergeleitet: 0 },
      searchesPerDay: [{ date: "2026-11-01", count: 5 }, { date: "2026-11-02", count: 7 }],
      searchesPerWeek: [{ week: "2026-W44", from: "2026-11-01", to: "2026-11-01", count: 5 }, { week: "2026-W45", from: "2026-11-02", to: "2026-11-02", count: 7 }],
      topQueries: [{ query: "=hyperlink(\"x\";1)", count: 6 }, { query: "selten", count: 1 }],
      zeroResultQueries: [],
      openedArticles: [{ key: "eg-bundid", title: "BundID; was tun?", serviceKey: "elterngeld-digital", count: 9 }],
      notSolvedArticles: [{ key: "eg-bundid", title: "BundID; was tun?", serviceKey: "elterngeld-digital", count: 6, reasons: [{ reason: "Antwort veraltet", count: 5 }] }],
      forwards: [],
    }],
    incidents: [{ key: "eg-stoerung", title: "Störung", serviceKey: "elterngeld-digital", klasse: "LEICHT", klasseLabel: "leicht", startedAt: "2026-11-01T08:00:00.000Z", resolvedAt: null, durationMinutes: null, isOngoing: true, affectedLands: [] }],
  };

  it("writes the documented columns and rows (golden)", () => {
    expect(s6ReportCsv(anonymiseReport(report))).toBe(
      "\uFEFF" +
        [
          S6_CSV_COLUMNS.join(";"),
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;suchen;Suchen;12;;;;",
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;suchen_ohne_treffer;Suchen ohne Treffer;< 5;;;;",
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;suchen_mit_geoeffnetem_artikel;Suchen mit geöffnetem Artikel;9;;;;",
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;rueckmeldung_geloest;Rückmeldung „Gelöst“;5;;;;",
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;rueckmeldung_nicht_geloest;Rückmeldung „Nicht gelöst“;6;;;;",
          "summe;2026-11-01;2026-11-02;alle;elterngeld-digital;rueckmeldung_weitergeleitet;Rückmeldung „Weitergeleitet“;0;;;;",
          "suchen_tag;2026-11-01;2026-11-02;alle;elterngeld-digital;2026-11-01;01.11.2026;5;;;;",
          "suchen_tag;2026-11-01;2026-11-02;alle;elterngeld-digital;2026-11-02;02.11.2026;7;;;;",
          "suchen_woche;2026-11-01;2026-11-02;alle;elterngeld-digital;2026-W44;01.11.2026–01.11.2026;5;;;;",
          "suchen_woche;2026-11-01;2026-11-02;alle;elterngeld-digital;2026-W45;02.11.2026–02.11.2026;7;;;;",
          'anfrage_haeufig;2026-11-01;2026-11-02;alle;elterngeld-digital;"\'=hyperlink(""x"";1)";;6;;;;',
          'artikel_geoeffnet;2026-11-01;2026-11-02;alle;elterngeld-digital;eg-bundid;"BundID; was tun?";9;;;;',
          'artikel_nicht_geloest;2026-11-01;2026-11-02;alle;elterngeld-digital;eg-bundid;"BundID; was tun?";6;;;;',
          "nicht_geloest_grund;2026-11-01;2026-11-02;alle;elterngeld-digital;eg-bundid;Antwort veraltet;5;;;;",
          "stoerung;2026-11-01;2026-11-02;alle;elterngeld-digital;eg-stoerung;Störung;1;2026-11-01T09:00:00+01:00;;;LEICHT",
        ].join("\r\n") +
        "\r\n",
    );
  });

  it("names the file after scope, service and period", () => {
    expect(s6CsvFileName(report)).toBe("s6-bericht_betreiber-04_elterngeld-digital_2026-11-01_2026-11-02.csv");
    expect(s6CsvFileName({ ...report, kind: "LAND", organisation: { ars: "06", name: "Hessen" }, land: { ars: "06", name: "Hessen" }, service: { key: "a b/ü", name: "x" } })).toBe("s6-bericht_land-06_a-b--_2026-11-01_2026-11-02.csv");
  });
});
