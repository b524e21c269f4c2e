import { describe, expect, it } from "vitest";
import { articleIndexSettings, FILTERABLE_ATTRIBUTES, indexNames, INDEX_VERSION, SEARCHABLE_ATTRIBUTES, toMeiliSynonyms } from "./settings";
import { searchDocumentSchema } from "./document";

describe("index settings declared in code", () => {
  it("every searchable and filterable attribute is a field of the search document", () => {
    const fields = Object.keys(searchDocumentSchema.shape);
    for (const a of [...SEARCHABLE_ATTRIBUTES, ...FILTERABLE_ATTRIBUTES]) expect(fields).toContain(a);
  });

  it("German segmentation for the de_ fields, whole words for the rest, first pattern wins", () => {
    const s = articleIndexSettings([]);
    expect(s.localizedAttributes).toEqual([
      { attributePatterns: ["de_*"], locales: ["deu"] },
      { attributePatterns: ["*"], locales: ["eng"] },
    ]);
    expect(s.distinctAttribute).toBe("familyId");
    expect(s.rankingRules).toContain("rankBoost:desc");
    expect(s.typoTolerance?.enabled).toBe(true);
  });

  it("synonym groups map every term to the others, lower-case and with ß folded", () => {
    expect(toMeiliSynonyms([["Perso", "Personalausweis", "Ausweis"], ["Straße", "Strasse"], ["BundID", "Nutzerkonto Bund"]])).toEqual({
      perso: ["personalausweis", "ausweis"],
      personalausweis: ["perso", "ausweis"],
      ausweis: ["perso", "personalausweis"],
      bundid: ["nutzerkonto bund"],
      "nutzerkonto bund": ["bundid"],
    });
    expect(articleIndexSettings([["Knöllchen", "Verwarnungsgeld"]]).synonyms).toEqual({ knöllchen: ["verwarnungsgeld"], verwarnungsgeld: ["knöllchen"] });
  });

  it("index names carry the prefix; the version is a positive integer", () => {
    expect(indexNames("t1_")).toEqual({ articles: "t1_articles", meta: "t1_meta", buildPrefix: "t1_articles_build_" });
    expect(Number.isInteger(INDEX_VERSION) && INDEX_VERSION > 0).toBe(true);
  });
});
