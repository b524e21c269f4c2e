import { describe, expect, it } from "vitest";
import { multiWordTerms, prepareQuery } from "./prepare-query";

describe("prepareQuery", () => {
  it("drops function words and fillers, also at the end", () => {
    expect(prepareQuery("Wie kann ich meinen Perso verlängern?")).toBe("Perso verlängern?");
    expect(prepareQuery("was kostet der Elterngeldantrag was")).toBe("kostet Elterngeldantrag");
  });

  it("folds ß like the documents", () => {
    expect(prepareQuery("Hauptstraße")).toBe("Hauptstrasse");
  });

  it("keeps the small words of multi-word synonyms", () => {
    const phrases = multiWordTerms([["Punkte in Flensburg", "Fahreignungsregister"], ["Agentur für Arbeit", "Arbeitsamt"]]);
    expect(phrases).toEqual(["punkte in flensburg", "agentur für arbeit"]);
    expect(prepareQuery("habe ich Punkte in Flensburg", phrases)).toBe("Punkte in Flensburg");
    expect(prepareQuery("Termin bei der Agentur für Arbeit", phrases)).toBe("Termin Agentur für Arbeit");
    expect(prepareQuery("Punkte in der Flensburg", phrases)).toBe("Punkte Flensburg");
  });

  it("a query of stop words only stays as typed", () => {
    expect(prepareQuery("wie geht das")).toBe("wie geht das");
  });
});
