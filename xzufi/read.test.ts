import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "./constants";
import { readTransferDocument, XzufiReadError, type ReadProblem } from "./read";

const NS = "http://xoev.de/schemata/xzufi/2_2_0";

function doc(body: string, rootAttrs = `xmlns:xzufi="${NS}" xzufiVersion="2.2.0" produktbezeichnung="LRS"`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xzufi:transfer ${rootAttrs}>
  <xzufi:nachrichtenkopf><xzufi:sender>Landesredaktion</xzufi:sender></xzufi:nachrichtenkopf>
${body}
</xzufi:transfer>
`;
}

function leistung(leikaKey: string, extra = ""): string {
  return `  <xzufi:schreibe>
    <xzufi:leistung>
      <xzufi:id schemeAgencyID="lrs-he" schemeID="x">4711</xzufi:id>
      <xzufi:referenzLeiKa><code>${leikaKey}</code></xzufi:referenzLeiKa>
      <xzufi:modulText><xzufi:leikaTextmodul><code>02</code></xzufi:leikaTextmodul><xzufi:inhalt languageCode="en">Parental allowance</xzufi:inhalt><xzufi:inhalt languageCode="de">Elterngeld &amp; mehr</xzufi:inhalt></xzufi:modulText>
      <xzufi:modulText><xzufi:leikaTextmodul><code>06</code></xzufi:leikaTextmodul><xzufi:inhalt languageCode="de">&lt;p&gt;Volltext&lt;/p&gt;</xzufi:inhalt></xzufi:modulText>
      <xzufi:modulBegriffImKontext>
        <xzufi:begriffImKontext><xzufi:begriff languageCode="de">Basiselterngeld</xzufi:begriff><xzufi:typ><code>001</code></xzufi:typ></xzufi:begriffImKontext>
        <xzufi:begriffImKontext><xzufi:begriff languageCode="de">Frage?</xzufi:begriff><xzufi:typ><code>999</code></xzufi:typ></xzufi:begriffImKontext>
      </xzufi:modulBegriffImKontext>${extra}
    </xzufi:leistung>
  </xzufi:schreibe>`;
}

function problemsOf(input: string | Uint8Array): { message: string; problems: ReadProblem[] } {
  try {
    readTransferDocument(input);
  } catch (e) {
    if (e instanceof XzufiReadError) return { message: e.message, problems: e.problems };
    throw e;
  }
  throw new Error("expected the document to be refused");
}

describe("reading XZuFi transfer documents", () => {
  it("reads schreibe/leistung (id, LeiKa key, 02, 05 or 06, search terms of typ 001) and loesche", () => {
    const xml = doc(`${leistung("99041008000000")}
  <xzufi:schreibe><xzufi:organisationseinheit><xzufi:id>1</xzufi:id></xzufi:organisationseinheit></xzufi:schreibe>
  <xzufi:loesche klasse="Leistung"><xzufi:id schemeAgencyID="lrs-he">4712</xzufi:id></xzufi:loesche>`);
    const read = readTransferDocument(xml);
    expect(read.leistungen).toEqual([
      {
        position: 1, line: 4, id: { value: "4711", schemeAgencyID: "lrs-he", schemeID: "x" }, leikaKey: "99041008000000",
        name: "Elterngeld & mehr", descriptionHtml: "<p>Volltext</p>", searchTerms: ["Basiselterngeld"],
      },
    ]);
    expect(read.loeschungen).toEqual([{ position: 1, line: 17, klasse: "Leistung", id: { value: "4712", schemeAgencyID: "lrs-he", schemeID: "" } }]);
    expect(read.skipped).toEqual({ organisationseinheit: 1 });
    expect(read.sender).toBe("Landesredaktion");
  });

  it("decodes character references and accepts a byte order mark", () => {
    const read = readTransferDocument(`\ufeff${doc(leistung("99041008000000").replace("Elterngeld &amp; mehr", "Gr&#246;&#xDF;e"))}`);
    expect(read.leistungen[0]?.name).toBe("Größe");
  });

  it("refuses a DOCTYPE with an external entity (XXE) before parsing, with its position", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${doc(leistung("99041008000000").replace("Elterngeld &amp; mehr", "&xxe;")).split("\n").slice(1).join("\n")}`;
    const { message, problems } = problemsOf(xxe);
    expect(message).toMatch(/DOCTYPE.*XXE/);
    expect(problems).toEqual([{ path: "Zeile 2, Spalte 1", message: "DOCTYPE ist nicht erlaubt" }]);
  });

  it("refuses billion laughs at once, without expanding anything", () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`)].join("\n");
    const started = performance.now();
    const { message } = problemsOf(`<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${lol}\n]>\n<lolz>&lol9;</lolz>`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(message).toContain("DOCTYPE");
    expect(problemsOf(`<a>\n<!ENTITY x "y"></a>`).problems[0]).toEqual({ path: "Zeile 2, Spalte 1", message: "ENTITY ist nicht erlaubt" });
  });

  it("refuses entities XML does not know, with their position", () => {
    const { problems } = problemsOf(doc(leistung("99041008000000").replace("Elterngeld &amp; mehr", "Eltern&nbsp;geld")));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toMatch(/^Zeile 8, Spalte \d+$/);
    expect(problems[0]?.message).toContain("&nbsp;");
  });

  it("names line and column of malformed XML", () => {
    const { message, problems } = problemsOf(doc(`  <xzufi:schreibe>\n    <xzufi:leistung>\n  </xzufi:schreibe>`));
    expect(message).toMatch(/kein wohlgeformtes XML \(Zeile 6, Spalte \d+\)/);
    expect(problems[0]?.message).toContain("leistung");
  });

  it("refuses another namespace, another XZuFi version and a wrong xzufiVersion", () => {
    expect(problemsOf(doc(leistung("99041008000000"), `xmlns:xzufi="urn:example" xzufiVersion="2.2.0"`)).message).toContain("nicht im XZuFi-2.2.0-Namensraum");
    expect(problemsOf(doc(leistung("99041008000000"), `xmlns:xzufi="http://xoev.de/schemata/xzufi/2_3_1" xzufiVersion="2.3.1"`)).message).toContain("XZuFi-2.3.1-Dokument");
    expect(problemsOf(doc(leistung("99041008000000"), `xmlns:xzufi="${NS}" xzufiVersion="2.1.0"`)).message).toContain('xzufiVersion="2.1.0"');
    expect(problemsOf(doc("", `xzufiVersion="2.2.0"`).replace(/xzufi:/g, "")).message).toContain("keinem Namensraum");
  });

  it("refuses a LeiKa key of the wrong format and a missing name, naming schreibe, element and line", () => {
    const xml = doc(`${leistung("99041008000000")}\n${leistung("9904-1008").replace(/<xzufi:modulText>.*?<\/xzufi:modulText>/, "")}`);
    const { message, problems } = problemsOf(xml);
    expect(message).toContain("2 Probleme; es wurde nichts geschrieben");
    expect(problems[0]).toEqual({ path: "schreibe[2]/leistung/referenzLeiKa (Zeile 19, Spalte 7)", message: expect.stringContaining("„9904-1008“ ist kein LeiKa-Schlüssel") });
    expect(problems[1]?.message).toContain("keine Leistungsbezeichnung");
  });

  it("refuses files that are too large, not UTF-8, or declare another encoding", () => {
    expect(problemsOf(new Uint8Array(MAX_IMPORT_BYTES + 1)).message).toContain("zu groß");
    expect(problemsOf(new Uint8Array([0x3c, 0x61, 0x3e, 0xe4, 0x3c, 0x2f, 0x61, 0x3e])).message).toContain("nicht in UTF-8");
    expect(problemsOf(doc(leistung("99041008000000")).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')).message).toContain("ISO-8859-1");
  });
});
