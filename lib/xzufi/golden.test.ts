import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readLikePvog, pvogText, type PvogNode } from "../../tests/pvog-reader";
import { isStringLatin } from "../../xzufi/string-latin";
import { newWriteReport, writeDocument } from "../../xzufi/write";
import { baseCase, goldenContext, goldenHead, kommuneVariantCase, landVariantCase } from "./golden-fixtures";
import { toXzufiLeistung } from "./to-xzufi";

/**
 * Golden files: the exact bytes of a transfer document for a Leistung with base content, with a Land variant,
 * and with a Kommune variant plus an active incident. A change to the output must show up here as a diff of
 * xzufi/golden/*.xml; regenerate deliberately with UPDATE_GOLDEN=1.
 */
const GOLDEN_DIR = path.resolve(import.meta.dirname, "../../xzufi/golden");
const CASES = { "basis-bremen": baseCase, "land-variante-hessen": landVariantCase, "kommune-variante-frankfurt-stoerung": kommuneVariantCase } as const;

function render(name: keyof typeof CASES) {
  const { regionArs, facts } = CASES[name]();
  const report = newWriteReport();
  const xml = writeDocument(goldenHead(), [toXzufiLeistung(facts, goldenContext(regionArs))], [], report);
  return { xml, report, regionArs };
}

describe("golden files", () => {
  for (const name of Object.keys(CASES) as (keyof typeof CASES)[]) {
    it(`${name}: byte-identical to xzufi/golden/${name}.xml`, () => {
      const { xml } = render(name);
      const file = path.join(GOLDEN_DIR, `${name}.xml`);
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, xml, "utf8");
      expect(xml).toBe(readFileSync(file, "utf8"));
      expect(render(name).xml).toBe(xml); // deterministic
      expect(isStringLatin(xml)).toBe(true);
    });
  }

  it("reports what String.Latin could not map, and transliterates quotes and dashes", () => {
    const { xml, report } = render("kommune-variante-frankfurt-stoerung");
    expect(report.unmappableCount).toBe(1);
    expect(report.unmappable).toEqual([{ where: "L99041008000000-064120000000/inhalt", codePoint: "U+1F44D" }]);
    expect(report.transliterated).toBeGreaterThanOrEqual(3);
    expect(xml).toContain('In Frankfurt: "Amt für Versorgung" - Zeil 5 ?');
  });
});

const leistungOf = (name: keyof typeof CASES) => {
  const doc = readLikePvog(render(name).xml);
  expect(doc.leistungen).toHaveLength(1);
  return { doc, l: doc.leistungen[0] as PvogNode };
};
const texts = (l: PvogNode) => new Map((l.modulText as PvogNode[]).map((m) => [String((m.leikaTextmodul as PvogNode).code), m]));

describe("read the way PVOG consumers do", () => {
  it("finds the root, its attributes, the nachrichtenkopf and one schreibe per leistung", () => {
    const { doc } = leistungOf("basis-bremen");
    expect(doc.rootName).toBe("transfer");
    expect(doc.root).toMatchObject({ _xzufiVersion: "2.2.0", _produktbezeichnung: "EfA-Wissen", _produkthersteller: expect.any(String), _produktversion: "0.1.0" });
    expect(Object.keys(doc.root).filter((k) => k.startsWith("_xmlns"))).toEqual([]); // removed with the prefixes
    expect(doc.root.nachrichtenkopf).toEqual({ nachrichtUUID: "6f1e1c9e-8a4b-5c2d-9e3f-0a1b2c3d4e5f", erstelltDatumZeit: "2026-11-20T07:00:00Z", sender: "EfA-Wissen (efa-wissen)" });
    expect(doc.schreibe).toHaveLength(1);
    expect(Object.keys(doc.schreibe[0] as PvogNode)).toEqual(["leistung"]);
    expect(doc.loesche).toEqual([]);
  });

  it("reads id, referenzLeiKa, text modules with code and inhalt[@languageCode], Gebiet, Version, Sprache", () => {
    const { l } = leistungOf("basis-bremen");
    expect(l.id).toEqual({ text: "L99041008000000-04", _schemeAgencyID: "efa-wissen", _schemeID: "leistungsbeschreibung" });
    expect((l.referenzLeiKa as PvogNode).code).toBe("99041008000000");
    const modules = l.modulText as PvogNode[];
    expect(modules.map((m) => (m.leikaTextmodul as PvogNode).code)).toEqual(["02", "05", "23"]);
    expect(modules.map((m) => m.positionDarstellung)).toEqual(["1", "2", "3"]);
    for (const m of modules) {
      expect(m.leikaTextmodul).toMatchObject({ _listURI: "urn:de:xzufi:codeliste:leistungstextmodulleika", _listVersionID: "20240216" });
      expect((m.inhalt as PvogNode[]).map((i) => i._languageCode)).toEqual(["de"]);
    }
    const byCode = texts(l);
    expect(pvogText((byCode.get("02")?.inhalt as PvogNode[])[0])).toBe("Elterngeld");
    expect(pvogText((byCode.get("05")?.inhalt as PvogNode[])[0])).toBe("<p>Eltern erhalten Elterngeld, wenn sie ihr Kind nach der Geburt selbst betreuen.</p><p>Es ersetzt einen Teil des Einkommens.</p>");
    const ansprechpunkt = pvogText((byCode.get("23")?.inhalt as PvogNode[])[0]);
    expect(ansprechpunkt).toContain('<li><strong>Service Desk Elterngeld digital</strong> (2nd Level, technisch): Ticketsystem <a href="https://servicedesk.example/elterngeld-digital">');
    expect(ansprechpunkt).toContain("Reaktionszeit 2/8/16 Std.");
    expect(l.gueltigkeitGebietID).toEqual({ text: "04", _schemeID: "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:rs" });
    expect(l.versionsinformation).toEqual({
      erstelltDatumZeit: "2026-01-05T08:00:00Z",
      erstelltDurch: "EfA-Wissen (efa-wissen)",
      geaendertDatumZeit: "2026-10-02T09:15:00Z",
      geaendertDurch: "Freie Hansestadt Bremen",
      version: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(l.sprachversion).toEqual({ languageCode: "de", sprachbezeichnungDeutsch: "Deutsch", sprachbezeichnungNativ: "Deutsch" });
  });

  it("reads FAQs and workarounds as Auskunftshinweise, the review as fachliche Freigabe, terms with their types", () => {
    const { l } = leistungOf("basis-bremen");
    const hinweise = (l.modulAuskunftshinweis as PvogNode[]).map((m) => pvogText((m.inhalt as PvogNode[])[0]));
    expect(hinweise).toHaveLength(3);
    expect(hinweise[0]).toMatch(/^<h3>Kann ich Elterngeld online beantragen\?<\/h3><p><strong>Sprechtext:<\/strong> Ja\. Elterngeld digital/);
    expect(hinweise[0]).toContain('<a href="https://www.elterngeld-digital.example/">Elterngeld digital</a>');
    expect(hinweise[1]).toContain("<p><strong>Kontakthinweise:</strong> Elterngeldstelle des Wohnorts<br>Auskunft auch über die 115</p>");
    expect(hinweise[2]).toMatch(/^<h3>Workaround: Der Antrag lässt sich nicht als PDF speichern<\/h3>/);
    expect((l.modulAuskunftshinweis as PvogNode[])[0]?.gueltigkeit).toEqual({ beginn: "2026-01-01" });
    expect(l.modulFachlicheFreigabe).toEqual({ fachlichFreigegebenAm: "2026-10-02", fachlichFreigegebenDurch: { text: "Freie Hansestadt Bremen", _languageCode: "de" } });
    const terms = ((l.modulBegriffImKontext as PvogNode).begriffImKontext as PvogNode[]).map((b) => [pvogText(b.begriff), (b.typ as PvogNode).code, (b.begriff as PvogNode)._languageCode]);
    expect(terms).toEqual([
      ["Elterngeld beantragen", "001", "de"],
      ["Basiselterngeld", "001", "de"],
      ["Elterngeld digital", "002", "de"],
      ["ElterngeldDigital", "002", "de"],
      ["Elterngeldkasse", "002", "de"],
      ["Elterngeld online", "003", "de"],
      ["Onlineantrag", "003", "de"],
      ["Elterngeldstelle", "003", "de"],
      ["Zuständigkeit", "003", "de"],
      ["PDF", "003", "de"],
      ["Kann ich Elterngeld online beantragen?", "999", "de"],
      ["Welche Stelle ist für mein Elterngeld zuständig?", "999", "de"],
      ["Der Antrag lässt sich nicht als PDF speichern", "999", "de"],
    ]);
  });

  it("shows the Land variant's effective text and Hessen's routing target for Hessen", () => {
    const { l } = leistungOf("land-variante-hessen");
    expect((l.id as PvogNode).text).toBe("L99041008000000-06");
    expect(pvogText(l.gueltigkeitGebietID)).toBe("06");
    const zustaendig = pvogText(((l.modulAuskunftshinweis as PvogNode[])[1]?.inhalt as PvogNode[])[0]);
    expect(zustaendig).toMatch(/^<h3>Welches Amt für Versorgung und Soziales ist in Hessen zuständig\?<\/h3>/);
    expect(zustaendig).toContain("<p><strong>Ergänzung für Land Hessen:</strong></p><p>In Hessen: die Ämter");
    const ansprechpunkt = pvogText((texts(l).get("23")?.inhalt as PvogNode[])[0]);
    expect(ansprechpunkt).toContain('<strong>Fachliche Leitstelle Elterngeld Hessen</strong> (2nd Level, fachlich, nur Land Hessen): E-Mail <a href="mailto:elterngeld@hessen.example">');
    expect(l.versionsinformation).toMatchObject({ geaendertDatumZeit: "2026-10-20T07:00:00Z", geaendertDurch: "Land Hessen" });
    expect(l.modulFachlicheFreigabe).toEqual({ fachlichFreigegebenAm: "2026-10-15", fachlichFreigegebenDurch: { text: "Land Hessen", _languageCode: "de" } });
  });

  it("shows the Kommune variant on top of the Land's, and the active incident in Hinweise (16)", () => {
    const { l } = leistungOf("kommune-variante-frankfurt-stoerung");
    expect(pvogText(l.gueltigkeitGebietID)).toBe("064120000000");
    const byCode = texts(l);
    expect([...byCode.keys()]).toEqual(["02", "05", "16", "23"]);
    const hinweis = pvogText((byCode.get("16")?.inhalt as PvogNode[])[0]);
    expect(hinweis).toBe(
      "<h3>Störung: Anträge erreichen die Elterngeldstellen in Hessen verzögert</h3><p><strong>Störung (betriebsbehindernd) seit 20.11.2026, 07:30 Uhr</strong></p>" +
        "<p>Ihr Antrag ist angekommen; die Bearbeitung beginnt wenige Tage später.</p><p>Umgehungslösung: Der Antrag lässt sich nicht als PDF speichern</p>",
    );
    const zustaendig = pvogText(((l.modulAuskunftshinweis as PvogNode[])[1]?.inhalt as PvogNode[])[0]);
    expect(zustaendig).toMatch(/^<h3>Welches Amt für Versorgung und Soziales ist in Hessen zuständig\?<\/h3>/);
    expect(zustaendig).toContain('<p><strong>Sprechtext:</strong> Zuständig ist die Elterngeldstelle Ihres Wohnorts. In Frankfurt: "Amt für Versorgung" - Zeil 5 ?</p>');
    expect(zustaendig).toContain("Kontakthinweise:</strong> Bürgeramt Frankfurt, Telefon 115");
    expect(l.versionsinformation).toMatchObject({ geaendertDatumZeit: "2026-11-20T06:35:00Z", geaendertDurch: "Freie Hansestadt Bremen" });
  });
});
