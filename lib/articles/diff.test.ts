import { describe, expect, it } from "vitest";
import { diffLists, diffWords, tokenize } from "./diff";

describe("word diff", () => {
  it("keeps the text when joined", () => {
    const text = "Bitte prüfen Sie, ob die Online-Ausweisfunktion aktiv ist.";
    expect(tokenize(text).join("")).toBe(text);
  });
  it("marks changed words only", () => {
    expect(diffWords("Die Bearbeitung dauert drei Wochen.", "Die Bearbeitung dauert etwa vier Wochen.")).toEqual([
      { kind: "same", text: "Die Bearbeitung dauert " },
      { kind: "removed", text: "drei " },
      { kind: "added", text: "etwa vier " },
      { kind: "same", text: "Wochen." },
    ]);
  });
  it("handles empty sides", () => {
    expect(diffWords("", "neu")).toEqual([{ kind: "added", text: "neu" }]);
    expect(diffWords("alt", "")).toEqual([{ kind: "removed", text: "alt" }]);
    expect(diffWords("", "")).toEqual([]);
  });
  it("restores both texts from the parts", () => {
    const before = "Antrag stellen, Nachweise hochladen, absenden.";
    const after = "Antrag online stellen, Nachweise als PDF hochladen und absenden.";
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});

describe("list diff", () => {
  it("reports added and removed entries regardless of order", () => {
    expect(diffLists(["Anmeldung", "Technik"], ["Technik", "Formular"])).toEqual({ kept: ["Technik"], added: ["Formular"], removed: ["Anmeldung"] });
  });
});
