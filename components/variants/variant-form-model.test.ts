import { describe, expect, it } from "vitest";
import { htmlToDoc } from "@/lib/editor/server";
import { applyVariantStep, baseEffective } from "@/lib/variants/effective-content";
import { parseVariantChanges } from "@/lib/variants/schema";
import type { ArticleContent } from "@/lib/articles/content";
import { changesPayload, fieldIdOfProblem, initialFormState, previewChanges, sortVariantProblems, withMode, type VariantFormState } from "./variant-form-model";

const base: ArticleContent = {
  title: "Muss ich für den Antrag etwas bezahlen?", shortAnswer: "Nein, der Antrag ist kostenlos.", bodyJson: htmlToDoc("<p>Es fallen keine Gebühren an.</p>"),
  bodyHtml: "", bodyText: "", keywords: ["Kosten"], categories: ["Verfahren"], leikaKeys: [], contactHints: null, internalNote: null,
  validFrom: null, validUntil: null, reviewDue: null,
};

function state(overrides: Partial<VariantFormState> = {}): VariantFormState {
  return { ...initialFormState({}), ...overrides };
}

describe("variant form model", () => {
  it("starts with every field inherited and sends nothing for inherited fields", () => {
    const s = initialFormState({});
    expect(Object.values(s).every((f) => f.mode === "INHERIT")).toBe(true);
    expect(changesPayload(s)).toEqual({});
    expect(previewChanges(s)).toEqual([]);
  });

  it("restores the stored choices", () => {
    const s = initialFormState({ shortAnswer: { mode: "APPEND", text: "In Hessen: Amt vor Ort." }, keywords: { mode: "REPLACE", items: ["Gebühr", "Kosten"] }, validity: { mode: "REPLACE", validFrom: "2026-01-01", validUntil: null } });
    expect(s.shortAnswer).toEqual({ mode: "APPEND", text: "In Hessen: Amt vor Ort." });
    expect(s.keywords).toEqual({ mode: "REPLACE", text: "Gebühr, Kosten" });
    expect(s.validity).toEqual({ mode: "REPLACE", validFrom: "2026-01-01", validUntil: "" });
  });

  it("sends a payload the server accepts, and previews exactly what the server would store", () => {
    const s = state({
      title: { mode: "REPLACE", text: "Kostet der Antrag in Hessen etwas?" },
      shortAnswer: { mode: "APPEND", text: "  In Hessen berät das Amt für Versorgung und Soziales.  " },
      body: { mode: "APPEND", doc: htmlToDoc("<p>Ergänzung mit <strong>Telefonnummer</strong>.</p>") },
      keywords: { mode: "APPEND", text: "Hessen, Beratung; Hessen" },
      categories: { mode: "REPLACE", items: ["Verfahren", "Inhalt"] },
      validity: { mode: "REPLACE", validFrom: "2026-03-01", validUntil: "" },
      contactHints: { mode: "APPEND", text: "Servicetelefon 0611 000" },
    });
    const parsed = parseVariantChanges(changesPayload(s));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const byField = (list: { field: string }[]) => [...list].sort((a, b) => a.field.localeCompare(b.field));
    expect(byField(previewChanges(s))).toEqual(byField(parsed.changes));
  });

  it("previews the parent's text with the local addition after it, marked with the region", () => {
    const s = state({ shortAnswer: { mode: "APPEND", text: "In Hessen zusätzlich: Beratung vor Ort." }, body: { mode: "APPEND", doc: htmlToDoc("<p>Beratung in Kassel und Wiesbaden.</p>") } });
    const preview = applyVariantStep(baseEffective(base, "Freie Hansestadt Bremen"), { level: "land", orgName: "Land Hessen", changes: previewChanges(s) });
    expect(preview.shortAnswer.text).toBe("Nein, der Antrag ist kostenlos. In Hessen zusätzlich: Beratung vor Ort.");
    expect(preview.body.map((b) => b.orgName)).toEqual(["Freie Hansestadt Bremen", "Land Hessen"]);
    expect(preview.title.text).toBe(base.title);
  });

  it("leaves out of the preview what is still empty; the server refuses it with a field error", () => {
    const s = state({ title: { mode: "REPLACE", text: "  " }, body: { mode: "APPEND", doc: { type: "doc", content: [{ type: "paragraph" }] } } });
    expect(previewChanges(s)).toEqual([]);
    const parsed = parseVariantChanges(changesPayload(s));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => fieldIdOfProblem(p.path)).sort()).toEqual(["variante-antwort", "variante-titel"]);
  });

  it("starts 'ersetzen' from the parent's value and 'ergänzen' from nothing, keeping what was typed", () => {
    const parent = baseEffective({ ...base, validFrom: new Date("2026-01-01T00:00:00Z") }, "Freie Hansestadt Bremen");
    let s = withMode(initialFormState({}), "shortAnswer", "REPLACE", parent);
    expect(s.shortAnswer).toEqual({ mode: "REPLACE", text: base.shortAnswer });
    s = withMode(s, "shortAnswer", "APPEND", parent); // an untouched copy is no addition
    expect(s.shortAnswer).toEqual({ mode: "APPEND", text: "" });
    s = withMode({ ...s, shortAnswer: { mode: "APPEND", text: "In Hessen: Amt vor Ort." } }, "shortAnswer", "REPLACE", parent);
    expect(s.shortAnswer.text).toBe("In Hessen: Amt vor Ort.");
    s = withMode(s, "shortAnswer", "INHERIT", parent);
    expect(changesPayload(s)).toEqual({});
    expect(withMode(s, "shortAnswer", "APPEND", parent).shortAnswer.text).toBe("In Hessen: Amt vor Ort.");

    expect(withMode(s, "keywords", "REPLACE", parent).keywords.text).toBe("Kosten");
    expect(withMode(s, "categories", "REPLACE", parent).categories.items).toEqual(["Verfahren"]);
    expect(withMode(s, "validity", "REPLACE", parent).validity).toEqual({ mode: "REPLACE", validFrom: "2026-01-01", validUntil: "" });
    expect(withMode(s, "body", "REPLACE", parent).body.doc).toEqual({ type: "doc", content: base.bodyJson.content });
    expect(withMode(s, "body", "APPEND", parent).body.doc).toBeNull();
  });

  it("maps server problems to the fields, in page order, and keeps form-level ones first", () => {
    const { fieldErrors, summary } = sortVariantProblems([
      { path: "changes.validity.validUntil", message: "Gültig bis: liegt vor „Gültig ab“" },
      { path: "changes.title.mode", message: "Bitte „ersetzen“ oder „ergänzen“ wählen" },
      { path: "changes.keywords.items.2", message: "zu lang" },
      { path: "baseRevisionId", message: "Die bearbeitete Version fehlt" },
    ]);
    expect(summary.map((x) => x.fieldId)).toEqual([null, "variante-titel-modus", "variante-schlagworte", "variante-gueltig-bis"]);
    expect(fieldErrors["variante-titel-modus"]).toBe("Bitte „ersetzen“ oder „ergänzen“ wählen");
    expect(fieldIdOfProblem("changes.body")).toBe("variante-antwort");
    expect(fieldIdOfProblem("changes.body.mode")).toBe("variante-antwort-modus");
    expect(fieldIdOfProblem("changeNote")).toBe("variante-aenderungsnotiz");
  });
});
