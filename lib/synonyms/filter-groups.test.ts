import { describe, expect, it } from "vitest";
import { filterSynonymGroups, foldForFilter } from "./filter-groups";

const groups = [
  { id: "1", terms: ["Perso", "Personalausweis"] },
  { id: "2", terms: ["Führerschein", "Fahrerlaubnis"] },
  { id: "3", terms: ["Straße", "Strasse"] },
  { id: "4", terms: ["Knöllchen", "Verwarnungsgeld"] },
];
const ids = (q: string | undefined) => filterSynonymGroups(groups, q).map((g) => g.id);

describe("filterSynonymGroups", () => {
  it("finds groups with a term containing the text, regardless of case", () => {
    expect(ids("perso")).toEqual(["1"]);
    expect(ids("SCHEIN")).toEqual(["2"]);
    expect(ids("geld")).toEqual(["4"]);
  });
  it("ignores umlauts and ß, and takes ae/oe/ue for ä/ö/ü", () => {
    expect(ids("fuhrer")).toEqual(["2"]);
    expect(ids("fuehrer")).toEqual(["2"]);
    expect(ids("knoellchen")).toEqual(["4"]);
    expect(ids("strasse")).toEqual(["3"]);
  });
  it("gives all groups without a text and none for an unknown one", () => {
    expect(ids(undefined)).toEqual(["1", "2", "3", "4"]);
    expect(ids("   ")).toEqual(["1", "2", "3", "4"]);
    expect(ids("Zulassung")).toEqual([]);
  });
  it("folds text for matching", () => {
    expect(foldForFilter("  Führer  Schein ß ")).toBe("fuhrer schein ss");
  });
});
