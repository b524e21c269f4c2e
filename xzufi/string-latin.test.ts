import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { isStringLatin, newLatinReport, toStringLatin } from "./string-latin";
import { leistungFragment, newWriteReport, documentEnd, documentStart } from "./write";
import { baseCase, goldenContext, goldenHead } from "../lib/xzufi/golden-fixtures";
import { toXzufiLeistung } from "../lib/xzufi/to-xzufi";

describe("String.Latin", () => {
  it("keeps German and Latin-1/Extended-A text as it is", () => {
    const report = newLatinReport();
    const text = "Größe, Maß, Ärger – no: Łódź, Šibenik, Ørsted, Curaçao, 10 € «Zitat»";
    expect(toStringLatin(text.replace(" – no:", ""), report, "x")).toBe("Größe, Maß, Ärger Łódź, Šibenik, Ørsted, Curaçao, 10 € «Zitat»");
    expect(report).toEqual({ transliterated: 0, unmappable: [], unmappableCount: 0 });
  });

  it("transliterates typographic quotes, dashes, ellipsis, special spaces and ligatures", () => {
    const report = newLatinReport();
    expect(toStringLatin("„Antrag“ – ‚kurz‘ — so… 10\u202f% ﬁnal\u200b → ok™", report, "x")).toBe('"Antrag" - \'kurz\' - so... 10 % final -> ok(TM)');
    expect(report.transliterated).toBe(12);
    expect(report.unmappableCount).toBe(0);
  });

  it("normalises decomposed umlauts (NFC) instead of reporting them", () => {
    const report = newLatinReport();
    expect(toStringLatin("Gro\u0308\u00dfe", report, "x")).toBe("Größe");
    expect(report.unmappableCount).toBe(0);
  });

  it("replaces and reports what has no standard mapping: emoji, CJK, control characters, lone surrogates", () => {
    const report = newLatinReport();
    expect(toStringLatin("ok 👍 東京 \u0007 \ud800 \uffff", report, "L1/inhalt")).toBe("ok ? ?? ? ? ?");
    expect(report.unmappableCount).toBe(6);
    expect(report.unmappable[0]).toEqual({ where: "L1/inhalt", codePoint: "U+1F44D" });
    expect(report.unmappable.map((u) => u.codePoint)).toContain("U+0007");
  });

  it("never lets the writer emit invalid XML, whatever the text", () => {
    const { facts } = baseCase();
    const hostile = { ...facts, name: "A\u0000B\u001b]]><!-- \ud83d & <x> \"' \uffff\ufffe", searchTerms: ["\u0008x", "<script>"], description: "Zeile\r\nzwei\rdrei" };
    const report = newWriteReport();
    const xml = documentStart(goldenHead(), report) + leistungFragment(toXzufiLeistung(hostile, goldenContext("04")), report) + documentEnd();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(isStringLatin(xml)).toBe(true);
    expect(xml).not.toContain("\r");
    expect(report.unmappableCount).toBeGreaterThanOrEqual(6);
  });
});
