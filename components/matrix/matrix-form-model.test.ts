import { describe, expect, it } from "vitest";
import { fieldId, formErrorsFrom, formSummary, hoursValue, restrictionPayload, targetPayload, TARGET_FIELDS } from "./matrix-form-model";

describe("matrix form model", () => {
  it("reads hours as numbers, keeps other text for the server's message, empty is missing", () => {
    expect([hoursValue("8"), hoursValue(" 2,5 "), hoursValue("-1"), hoursValue("acht"), hoursValue(""), hoursValue(null)]).toEqual([8, 2.5, -1, "acht", undefined, undefined]);
  });

  it("builds the payloads from form data", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ level: "SECOND", kind: "FACHLICH", name: " Stelle ", channel: "EMAIL", contact: "a@b.example", serviceHours: "Mo-Fr 8-16", "reactionHours.BETRIEBSVERHINDERND": "2", "reactionHours.BETRIEBSBEHINDERND": "8", "reactionHours.LEICHT": "16", "resolutionHours.LEICHT": "x" })) form.set(k, v);
    expect(targetPayload(form)).toMatchObject({ name: "Stelle", reactionHours: { BETRIEBSVERHINDERND: 2, LEICHT: 16 }, resolutionHours: { BETRIEBSVERHINDERND: undefined, LEICHT: "x" } });
    form.set("reason", " nur über den Landes-Desk ");
    expect(restrictionPayload(form)).toEqual({ level: "SECOND", kind: "FACHLICH", reason: "nur über den Landes-Desk" });
  });

  it("puts problems at their fields, in form order, and the rest on the form", () => {
    const errors = formErrorsFrom([{ path: "resolutionHours.LEICHT", message: "zu kurz" }, { path: "contact", message: "keine Adresse" }, { path: "serviceKey", message: "unbekannt" }], "x", TARGET_FIELDS);
    expect(errors).toEqual({ fields: { "resolutionHours.LEICHT": "zu kurz", contact: "keine Adresse" }, form: "unbekannt" });
    expect(formSummary(errors, "neu", TARGET_FIELDS)).toEqual([
      { fieldId: "neu-contact", message: "Kontakt: keine Adresse" },
      { fieldId: fieldId("neu", "resolutionHours.LEICHT"), message: "Erledigungszeit leicht: zu kurz" },
    ]);
    expect(formErrorsFrom([], "Keine Verbindung", TARGET_FIELDS)).toEqual({ fields: {}, form: "Keine Verbindung" });
  });
});
