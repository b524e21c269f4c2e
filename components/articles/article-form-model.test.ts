import { describe, expect, it } from "vitest";
import { articleBody, fieldOfPath, sortProblems, splitKeywords } from "./article-form-model";

describe("fieldOfPath", () => {
  it("maps API problem paths to form fields", () => {
    expect(fieldOfPath("title")).toBe("title");
    expect(fieldOfPath("keywords.3")).toBe("keywords");
    expect(fieldOfPath("incident.affectedArs.1")).toBe("incident.affectedArs");
    expect(fieldOfPath("serviceId")).toBeNull();
    expect(fieldOfPath("")).toBeNull();
  });
});

describe("sortProblems", () => {
  it("keeps the first message per field and orders the summary like the form", () => {
    const { fieldErrors, summary } = sortProblems([
      { path: "validUntil", message: "Gültig bis: liegt vor „Gültig ab“" },
      { path: "title", message: "Titel: bitte ausfüllen" },
      { path: "title", message: "Titel: zweite Meldung" },
      { path: "type", message: "Typ: bitte wählen" },
    ]);
    expect(fieldErrors).toEqual({ title: "Titel: bitte ausfüllen", validUntil: "Gültig bis: liegt vor „Gültig ab“" });
    expect(summary.map((s) => s.fieldId)).toEqual([null, "artikel-titel", "artikel-titel", "artikel-gueltig-bis"]);
  });
});

describe("article body", () => {
  it("splits keywords on commas, semicolons and lines", () => {
    expect(splitKeywords("BundID, Nutzerkonto;Passwort\n BundID ,")).toEqual(["BundID", "Nutzerkonto", "Passwort"]);
  });

  it("sends the editor document and incident times as ISO", () => {
    const data = new FormData();
    data.set("title", "T");
    data.set("shortAnswer", "S");
    data.set("keywords", "a, b");
    data.append("categories", "Technik");
    data.set("klasse", "LEICHT");
    data.set("startedAt", "2026-01-15T09:30");
    data.set("resolvedAt", "");
    data.append("affectedArs", "06");
    data.set("workaroundArticleId", "");
    const doc = { type: "doc", content: [] };
    const body = articleBody(data, doc, true);
    expect(body.body).toBe(doc);
    expect(body.keywords).toEqual(["a", "b"]);
    expect(body.categories).toEqual(["Technik"]);
    expect(body.incident).toEqual({ klasse: "LEICHT", startedAt: "2026-01-15T08:30:00.000Z", resolvedAt: "", affectedArs: ["06"], workaroundArticleId: null });
    expect(articleBody(data, doc, false)).not.toHaveProperty("incident");
  });
});
