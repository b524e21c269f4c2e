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
    // an empty query is allowed: the agent screen lists the active incidents before the first word
    expect(searchInputSchema.parse({})).toEqual({ q: "", limit: 10 });
    const bad = searchInputSchema.safeParse({ q: "x".repeat(201), region: "6", limit: "99", type: "X", searchId: "1" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["q", "region", "limit", "type", "searchId"]);
    expect(bad.error?.issues[0]?.message).toBe("Der Suchbegriff ist zu lang (höchstens 200 Zeichen).");
    expect(searchInputSchema.parse({ q: "Perso", searchId: "6f1c2b7e-3d4a-4f5b-9c8d-0e1f2a3b4c5d" }).searchId).toBe("6f1c2b7e-3d4a-4f5b-9c8d-0e1f2a3b4c5d");
  });
});
