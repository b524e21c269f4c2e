import { describe, expect, it } from "vitest";
import { planFacetRequests, presentFacets } from "./facets";

describe("facet requests", () => {
  it("without a selection one request counts all three facets", () => {
    expect(planFacetRequests({})).toEqual([{ apply: {}, facets: ["service", "type", "category"] }]);
  });

  it("a selected facet is counted without its own selection, the others with it", () => {
    expect(planFacetRequests({ type: "FAQ" })).toEqual([
      { apply: { type: "FAQ" }, facets: ["service", "category"] },
      { apply: {}, facets: ["type"] },
    ]);
    expect(planFacetRequests({ service: "s", type: "FAQ", category: "Anmeldung" })).toEqual([
      { apply: { type: "FAQ", category: "Anmeldung" }, facets: ["service"] },
      { apply: { service: "s", category: "Anmeldung" }, facets: ["type"] },
      { apply: { service: "s", type: "FAQ" }, facets: ["category"] },
    ]);
  });
});

describe("facet values", () => {
  const names = new Map([["elterngeld-digital", "Elterngeld digital"], ["uvo", "Unterhaltsvorschuss online"]]);

  it("German labels, most hits first, then by label", () => {
    const f = presentFacets({ service: { uvo: 2, "elterngeld-digital": 2 }, type: { FAQ: 3, WORKAROUND: 5 }, category: { Verfahren: 1, Anmeldung: 4, Eigene: 1 } }, names);
    expect(f.service).toEqual([{ value: "elterngeld-digital", label: "Elterngeld digital", count: 2 }, { value: "uvo", label: "Unterhaltsvorschuss online", count: 2 }]);
    expect(f.type).toEqual([{ value: "WORKAROUND", label: "Workaround", count: 5 }, { value: "FAQ", label: "FAQ", count: 3 }]);
    expect(f.category.map((c) => c.label)).toEqual(["Anmeldung", "Eigene", "Verfahren (Dauer, Kosten)"]);
  });

  it("leaves out services the region does not use and keeps a selected value without hits", () => {
    const f = presentFacets({ service: { fremd: 4 }, category: {} }, names, { service: "uvo", category: "Bezahlung" });
    expect(f.service).toEqual([{ value: "uvo", label: "Unterhaltsvorschuss online", count: 0 }]);
    expect(f.category).toEqual([{ value: "Bezahlung", label: "Bezahlung", count: 0 }]);
    expect(f.type).toEqual([]);
  });
});
