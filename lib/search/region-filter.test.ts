import { describe, expect, it } from "vitest";
import { regionFilter, searchInputSchema } from "./search";

describe("regionFilter", () => {
  it("a Kommune: its Land's services, valid today, the base or its own or its Land's variant, not overridden in either", () => {
    expect(regionFilter({ region: { landArs: "06", kommuneArs: "064120000000" }, today: 20500, serviceKeys: ["elterngeld-digital", "a\"b"] })).toEqual([
      'serviceKey IN ["elterngeld-digital", "a\\"b"]',
      "validFromDay <= 20500",
      "validUntilDay >= 20500",
      '(scope = "BASE" OR regionArs IN ["06", "064120000000"])',
      'NOT overriddenIn IN ["06", "064120000000"]',
    ]);
  });

  it("a Land, with type and category", () => {
    const f = regionFilter({ region: { landArs: "09", kommuneArs: null }, today: 1, serviceKeys: [], type: "FAQ", category: "Bezahlung" });
    expect(f).toContain('NOT overriddenIn IN ["09"]');
    expect(f).toContain('type = "FAQ"');
    expect(f).toContain('categories = "Bezahlung"');
  });
});

describe("searchInputSchema", () => {
  it("defaults and German messages", () => {
    expect(searchInputSchema.parse({ q: " Perso " })).toEqual({ q: "Perso", limit: 10 });
    const bad = searchInputSchema.safeParse({ q: "", region: "6", limit: "99", type: "X" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["q", "region", "limit", "type"]);
    expect(bad.error?.issues[0]?.message).toBe("Bitte einen Suchbegriff eingeben.");
  });
});
