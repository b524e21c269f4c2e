import { describe, expect, it } from "vitest";
import { matchRank, organisationQuerySchema, spellingsOf } from "./search-organisations";

describe("region chooser", () => {
  it("finds names typed without umlauts or ß", () => {
    expect(spellingsOf("Koeln")).toContain("Köln");
    expect(spellingsOf("muenchen")).toContain("münchen");
    expect(spellingsOf("Gruenstrasse")).toContain("Grünstraße");
    expect(spellingsOf("Hessen")).toEqual(["Hessen", "Heßen"]);
  });

  it("ranks the ARS first, then word starts, then other matches; Länder before Kommunen", () => {
    const frankfurt = { ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE" as const };
    const hessen = { ars: "06", name: "Land Hessen", kind: "LAND" as const };
    expect(matchRank(frankfurt, "064120000000")).toBeLessThan(matchRank(frankfurt, "0641"));
    expect(matchRank(hessen, "06")).toBeLessThan(matchRank(frankfurt, "06"));
    expect(matchRank(frankfurt, "frankfurt")).toBeLessThan(matchRank(frankfurt, "furt"));
    expect(matchRank(hessen, "hessen")).toBeLessThan(matchRank(frankfurt, "frankfurt"));
  });

  it("validates the query in German", () => {
    expect(organisationQuerySchema.safeParse({ q: "  " }).error?.issues[0]?.message).toBe("Bitte einen Namen oder Regionalschlüssel eingeben.");
    expect(organisationQuerySchema.safeParse({ q: "x".repeat(101) }).error?.issues[0]?.message).toContain("höchstens 100");
    expect(organisationQuerySchema.safeParse({ q: "Köln", limit: "50" }).success).toBe(false);
    expect(organisationQuerySchema.parse({ q: " Köln " })).toEqual({ q: "Köln", limit: 10 });
  });
});
