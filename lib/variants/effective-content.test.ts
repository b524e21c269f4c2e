import { describe, expect, it } from "vitest";
import type { ArticleContent } from "../articles/content";
import { docToHtml } from "../editor/server";
import { effectiveBodyDoc, effectiveContent } from "./effective-content";

const p = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const base: ArticleContent = {
  title: "Wie beantrage ich Elterngeld?", shortAnswer: "Online über Elterngeld digital.", bodyJson: p("Antrag online stellen."), bodyHtml: "", bodyText: "",
  keywords: ["Elterngeld"], categories: ["Inhalt"], leikaKeys: ["99041008000000"], contactHints: null, internalNote: "nur intern",
  validFrom: new Date("2026-01-01T00:00:00Z"), validUntil: null, reviewDue: null,
};

describe("effective content", () => {
  it("is the base when there is no variant", () => {
    const e = effectiveContent(base, "Bremen", []);
    expect(e.title.text).toBe(base.title);
    expect(e.body).toEqual([{ level: "base", orgName: "Bremen", doc: base.bodyJson }]);
    expect(e.chain).toEqual([{ level: "base", orgName: "Bremen" }]);
  });

  it("accumulates appends along base -> Land -> Kommune and lets replace win", () => {
    const e = effectiveContent(base, "Bremen", [
      { level: "land", orgName: "Hessen", changes: [
        { field: "SHORT_ANSWER", mode: "APPEND", value: { text: "In Hessen hilft das Bürgertelefon." } },
        { field: "BODY", mode: "APPEND", value: { doc: p("Hessen: Nachweise per Post möglich.") } },
        { field: "KEYWORDS", mode: "APPEND", value: { items: ["Hessen", "Elterngeld"] } },
      ] },
      { level: "kommune", orgName: "Frankfurt am Main", changes: [
        { field: "SHORT_ANSWER", mode: "APPEND", value: { text: "In Frankfurt berät das Bürgeramt." } },
        { field: "BODY", mode: "APPEND", value: { doc: p("Bürgeramt Frankfurt, Zeil 3.") } },
        { field: "TITLE", mode: "REPLACE", value: { text: "Elterngeld in Frankfurt beantragen" } },
        { field: "CONTACT_HINTS", mode: "APPEND", value: { text: "Bürgeramt, Tel. 069 000" } },
        { field: "VALIDITY", mode: "REPLACE", value: { validFrom: "2026-03-01", validUntil: "2026-12-31" } },
      ] },
    ]);
    expect(e.shortAnswer.text).toBe("Online über Elterngeld digital. In Hessen hilft das Bürgertelefon. In Frankfurt berät das Bürgeramt.");
    expect(e.shortAnswer.parts.map((x) => x.level)).toEqual(["base", "land", "kommune"]);
    expect(e.title).toEqual({ text: "Elterngeld in Frankfurt beantragen", parts: [{ level: "kommune", orgName: "Frankfurt am Main", text: "Elterngeld in Frankfurt beantragen" }] });
    expect(e.body.map((s) => s.level)).toEqual(["base", "land", "kommune"]);
    expect(e.keywords).toEqual(["Elterngeld", "Hessen"]);
    expect(e.contactHints?.text).toBe("Bürgeramt, Tel. 069 000");
    expect(e.validFrom?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(e.validUntil?.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(docToHtml(effectiveBodyDoc(e.body))).toBe(
      "<p>Antrag online stellen.</p><p><strong>Ergänzung für Hessen:</strong></p><p>Hessen: Nachweise per Post möglich.</p><p><strong>Ergänzung für Frankfurt am Main:</strong></p><p>Bürgeramt Frankfurt, Zeil 3.</p>",
    );
  });

  it("a replaced body drops the parent's answer and earlier additions", () => {
    const e = effectiveContent(base, "Bremen", [
      { level: "land", orgName: "Hessen", changes: [{ field: "BODY", mode: "APPEND", value: { doc: p("Zusatz Hessen") } }] },
      { level: "kommune", orgName: "Wiesbaden", changes: [{ field: "BODY", mode: "REPLACE", value: { doc: p("Eigene Antwort Wiesbaden") } }] },
    ]);
    expect(e.body.map((s) => s.orgName)).toEqual(["Wiesbaden"]);
    expect(docToHtml(effectiveBodyDoc(e.body))).toBe("<p>Eigene Antwort Wiesbaden</p>");
  });
});

describe("effective content over random chains (property-style)", () => {
  // small deterministic PRNG so failures reproduce
  let seed = 20261123;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(l: readonly T[]): T => l[Math.floor(rnd() * l.length)] as T;
  const word = () => pick(["Antrag", "Nachweis", "BundID", "Frist", "Gebühr", "Bürgeramt", "online"]);

  it("keeps the parent in front of appends, lets the last replace win, and never loses inherited keywords", () => {
    for (let run = 0; run < 300; run++) {
      const depth = Math.floor(rnd() * 3); // 0..2 variant levels
      const steps = Array.from({ length: depth }, (_, i) => ({
        level: (i === 0 ? "land" : "kommune") as "land" | "kommune",
        orgName: i === 0 ? "Land" : "Kommune",
        changes: (["TITLE", "SHORT_ANSWER", "KEYWORDS"] as const)
          .filter(() => rnd() < 0.6)
          .map((field) => {
            const mode = rnd() < 0.5 ? ("REPLACE" as const) : ("APPEND" as const);
            return { field, mode, value: field === "KEYWORDS" ? { items: [word(), word()] } : { text: `${word()} ${word()}` } };
          }),
      }));
      const full = effectiveContent(base, "Bremen", steps);
      const parent = effectiveContent(base, "Bremen", steps.slice(0, -1));
      expect(full.chain).toHaveLength(depth + 1);
      const last = steps.at(-1);
      for (const field of ["TITLE", "SHORT_ANSWER"] as const) {
        const key = field === "TITLE" ? "title" : "shortAnswer";
        const change = last?.changes.find((c) => c.field === field);
        const text = (change?.value as { text?: string } | undefined)?.text ?? "";
        if (!change) expect(full[key].text).toBe(parent[key].text);
        else if (change.mode === "REPLACE") expect(full[key].text).toBe(text);
        else {
          expect(full[key].text.startsWith(parent[key].text)).toBe(true);
          expect(full[key].text.endsWith(text)).toBe(true);
        }
        expect(full[key].parts.map((p) => p.text).join(key === "title" ? " – " : " ")).toBe(full[key].text);
      }
      const kw = last?.changes.find((c) => c.field === "KEYWORDS");
      if (!kw || kw.mode === "APPEND") expect(parent.keywords.every((k) => full.keywords.includes(k))).toBe(true);
      expect(new Set(full.keywords).size).toBe(full.keywords.length);
    }
  });
});
