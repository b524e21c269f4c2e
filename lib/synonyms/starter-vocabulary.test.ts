import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { synonymTermsKey } from "../bundle/validate-bundle";
import { PROJECT_ROOT } from "../system/project-root";
import { STARTER_SYNONYMS_PATH, starterVocabularySchema, vocabularyProblems } from "./starter-vocabulary";

const read = (file: string): unknown => JSON.parse(readFileSync(path.join(PROJECT_ROOT, file), "utf8"));
const vocabulary = starterVocabularySchema.parse(read(STARTER_SYNONYMS_PATH));

describe("starter vocabulary (prisma/seed/synonyms.json)", () => {
  it("has at least 150 groups, each with a known source, and no term in two groups", () => {
    expect(vocabulary.groups.length).toBeGreaterThanOrEqual(150);
    expect(vocabularyProblems(vocabulary)).toEqual([]);
  });

  it("translates callers' words into the administration's", () => {
    const groupOf = (term: string) => vocabulary.groups.find((g) => g.terms.some((t) => t.toLowerCase() === term.toLowerCase()))?.terms ?? [];
    expect(groupOf("Fahrzeugbrief")).toContain("Zulassungsbescheinigung Teil II");
    expect(groupOf("Umzug melden")).toContain("Wohnsitzanmeldung");
    expect(groupOf("Perso")).toContain("Personalausweis");
    expect(groupOf("Knöllchen")).toContain("Verwarnungsgeld");
    expect(groupOf("Kfz")).toContain("Auto");
    expect(groupOf("Angelschein")).toContain("Fischereischein");
  });

  it("merges with the demo bundle's groups without conflicts: each demo group is in it unchanged or shares no term", () => {
    const demo = (read("prisma/seed/demo-bundle.json") as { synonyms: string[][] }).synonyms;
    const keys = new Set(vocabulary.groups.map((g) => synonymTermsKey(g.terms)));
    const owner = new Map(vocabulary.groups.flatMap((g) => g.terms.map((t) => [t.toLowerCase(), synonymTermsKey(g.terms)] as const)));
    for (const group of demo) {
      const key = synonymTermsKey(group);
      if (keys.has(key)) continue;
      for (const t of group) expect(owner.get(t.toLowerCase()), `${t} of demo group ${group.join(", ")}`).toBeUndefined();
    }
  });

  it("the rule check finds a term in two groups and an unknown source", () => {
    const broken = { ...vocabulary, groups: [{ terms: ["A", "B"], source: "duden" }, { terms: ["b", "C"], source: "nirgends" }] };
    expect(vocabularyProblems(broken)).toEqual(["groups[1].source: unbekannte Quelle nirgends", "groups[1]: „b“ steht schon in groups[0]"]);
  });
});
