import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { ROLES } from "../auth/actor";
import { canGiveFeedback } from "./feedback-policy";
import { authorizeChooseRegion, canChooseRegion, canSearch, canUpdateSearchEvent } from "./search-policy";

const actor = (role: Role, orgId = "hessen"): Actor => ({ kind: "user", id: "u1", name: "Test", role, organisation: { id: orgId, ars: "06", name: "Land Hessen", kind: "LAND" } });

describe("search policy", () => {
  it("agents and every editor role search, choose regions and give feedback; XZuFi clients do not", () => {
    const allowed = ROLES.filter((r) => canSearch(actor(r)));
    expect(allowed).toEqual(["ADMIN", "BEV", "REVIEWER", "MIV", "KOMMUNE", "AGENT"]);
    for (const r of ROLES) {
      expect(canChooseRegion(actor(r))).toBe(canSearch(actor(r)));
      expect(canGiveFeedback(actor(r))).toBe(canSearch(actor(r)));
    }
    expect(() => authorizeChooseRegion(actor("XZUFI"))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("a search event is updated only by its own organisation", () => {
    expect(canUpdateSearchEvent(actor("AGENT"), { organisationId: "hessen" })).toBe(true);
    expect(canUpdateSearchEvent(actor("AGENT"), { organisationId: "bremen" })).toBe(false);
    expect(canUpdateSearchEvent(actor("AGENT"), { organisationId: null })).toBe(false);
    expect(canUpdateSearchEvent(actor("XZUFI"), { organisationId: "hessen" })).toBe(false);
  });
});
