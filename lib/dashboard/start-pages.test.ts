import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { canViewStartPage, START_PAGES, startPathFor, assertCanViewStartPage, type StartPageId } from "./start-pages";

const actor = (role: Role, kind: Actor["kind"] = "user"): Actor => ({
  kind,
  id: "u1",
  name: "Test",
  role,
  organisation: { id: "o1", ars: "06", name: "Hessen", kind: "LAND" },
});

describe("start pages", () => {
  it("maps every role with UI to its page, XZuFi to none", () => {
    expect(startPathFor("ADMIN")).toBe("/admin");
    expect(startPathFor("BEV")).toBe("/redaktion");
    expect(startPathFor("REVIEWER")).toBe("/pruefung");
    expect(startPathFor("MIV")).toBe("/land");
    expect(startPathFor("KOMMUNE")).toBe("/kommune");
    expect(startPathFor("AGENT")).toBe("/servicecenter");
    expect(startPathFor("XZUFI")).toBeNull();
  });

  it("lets only the page's role in", () => {
    for (const id of Object.keys(START_PAGES) as StartPageId[]) {
      const page = START_PAGES[id];
      expect(canViewStartPage(actor(page.role), id)).toBe(true);
      expect(canViewStartPage(actor(page.role === "ADMIN" ? "AGENT" : "ADMIN"), id)).toBe(false);
    }
  });

  it("refuses API tokens even with a matching role", () => {
    expect(canViewStartPage(actor("ADMIN", "token"), "admin")).toBe(false);
    expect(() => assertCanViewStartPage(actor("ADMIN", "token"), "admin")).toThrow(/nicht freigegeben/);
  });
});
