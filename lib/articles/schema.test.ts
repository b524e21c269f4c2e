import { describe, expect, it } from "vitest";
import { articleContentInput, incidentInput } from "./schema";

describe("article form input", () => {
  const minimal = { title: "Titel", shortAnswer: "Antwort", body: {} };
  it("treats absent optional fields as empty", () => {
    const r = articleContentInput.safeParse(minimal);
    expect(r.success && r.data).toMatchObject({ keywords: [], categories: [], validFrom: null, validUntil: null, reviewDue: null, contactHints: null });
  });
  it("names the field in every message", () => {
    const r = articleContentInput.safeParse({ ...minimal, title: " ", validFrom: "2026-13-45", categories: ["Kaffee"] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.message)).toEqual(expect.arrayContaining(["Titel: bitte ausfüllen", "Gültig ab: bitte ein Datum (TT.MM.JJJJ) angeben", "Kategorie: unbekannte Kategorie"]));
  });
  it("accepts a local date-time for incidents and checks the order", () => {
    expect(incidentInput.safeParse({ klasse: "LEICHT", startedAt: "2026-11-20T07:30" }).success).toBe(true);
    const r = incidentInput.safeParse({ klasse: "LEICHT", startedAt: "2026-11-20T07:30:00+01:00", resolvedAt: "2026-11-19T07:30:00+01:00" });
    expect(r.success).toBe(false);
  });
});
