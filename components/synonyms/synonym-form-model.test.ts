import { describe, expect, it } from "vitest";
import { groupLabel, hasErrors, NO_ERRORS, summaryOf, termErrorsFrom, termFieldId, termsPayload } from "./synonym-form-model";

describe("synonym form model", () => {
  it("puts each API problem at its term, the group or the form", () => {
    const errors = termErrorsFrom(
      [
        { path: "terms.2", message: "„Perso“ steht schon in der Gruppe „Perso, Personalausweis“; ein Begriff gehört zu genau einer Gruppe." },
        { path: "terms.0", message: "Ein Begriff darf nicht leer sein." },
        { path: "terms.0", message: "zweite Meldung" },
        { path: "terms", message: "Eine Synonymgruppe braucht mindestens zwei verschiedene Begriffe." },
        { path: "id", message: "unbekannt" },
      ],
      "Nicht gespeichert.",
    );
    expect(errors.terms).toEqual({ 0: "Ein Begriff darf nicht leer sein.", 2: expect.stringContaining("steht schon in der Gruppe") });
    expect(errors.group).toBe("Eine Synonymgruppe braucht mindestens zwei verschiedene Begriffe.");
    expect(errors.form).toBe("unbekannt");
    expect(hasErrors(errors)).toBe(true);
    expect(summaryOf(errors, "neu")).toEqual([
      { fieldId: "neu-begriff-1", message: "Begriff 1: Ein Begriff darf nicht leer sein." },
      { fieldId: "neu-begriff-3", message: expect.stringMatching(/^Begriff 3: „Perso“/) },
      { fieldId: "neu-begriff-1", message: "Eine Synonymgruppe braucht mindestens zwei verschiedene Begriffe." },
    ]);
  });

  it("falls back to the response's message when no field is named", () => {
    expect(termErrorsFrom([], "Diese Synonymgruppe gibt es nicht (mehr).")).toEqual({ terms: {}, group: null, form: "Diese Synonymgruppe gibt es nicht (mehr)." });
    expect(hasErrors(NO_ERRORS)).toBe(false);
  });

  it("sends the terms trimmed, empty ones included, and names fields and groups", () => {
    expect(termsPayload([" Perso ", "", "Personalausweis"])).toEqual({ terms: ["Perso", "", "Personalausweis"] });
    expect(termFieldId("bearbeiten", 0)).toBe("bearbeiten-begriff-1");
    expect(groupLabel(["Perso", "Personalausweis"])).toBe("„Perso, Personalausweis“");
  });
});
