import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { authorizeEditMatrix, authorizeRestrictPath, authorizeViewEffectiveMatrix, canEditMatrix, canViewServiceMatrix } from "./routing-policy";

const actor = (role: Actor["role"], ars: string, kind: "LAND" | "KOMMUNE" | "BUND" = "LAND"): Actor => ({ kind: "user", id: role, name: role, role, organisation: { id: ars, ars, name: ars, kind } });
const service = { id: "s", name: "Elterngeld digital", operatorArs: "04", coUserArs: ["06", "09"] };

describe("routing policy", () => {
  it("the BeV of the operating Land edits the base matrix only", () => {
    expect(canEditMatrix(actor("BEV", "04"), service, null)).toBe(true);
    expect(canEditMatrix(actor("BEV", "04"), service, "06")).toBe(false);
    expect(() => authorizeEditMatrix(actor("BEV", "09"), service, null)).toThrow(/pflegt der BeV des betreibenden Landes Bremen/);
  });

  it("a MiV edits its own Land's entries of a service its Land uses, nothing else", () => {
    expect(canEditMatrix(actor("MIV", "06"), service, "06")).toBe(true);
    expect(() => authorizeEditMatrix(actor("MIV", "06"), service, "09")).toThrow(/pflegt der MiV von Bayern/);
    expect(() => authorizeEditMatrix(actor("MIV", "06"), service, null)).toThrow(/Basis-Matrix/);
    expect(() => authorizeEditMatrix(actor("MIV", "05"), service, "05")).toThrow(/nutzt den Onlinedienst „Elterngeld digital“ nicht/);
    expect(canEditMatrix(actor("KOMMUNE", "064120000000", "KOMMUNE"), service, "06")).toBe(false);
    expect(canEditMatrix(actor("AGENT", "06"), service, "06")).toBe(false);
  });

  it("only a Land's MiV (or the administration) marks paths as not allowed", () => {
    expect(() => authorizeRestrictPath(actor("MIV", "06"), service, "06")).not.toThrow();
    expect(() => authorizeRestrictPath(actor("ADMIN", "00", "BUND"), service, "09")).not.toThrow();
    expect(() => authorizeRestrictPath(actor("BEV", "04"), service, "06")).toThrow(/legt der MiV des Landes fest/);
    expect(() => authorizeRestrictPath(actor("MIV", "09"), service, "06")).toThrow(/pflegt der MiV von Hessen/);
  });

  it("reading: the BeV every Land of its services, a MiV only its own Land", () => {
    expect(canViewServiceMatrix(actor("BEV", "04"), service)).toBe(true);
    expect(canViewServiceMatrix(actor("BEV", "09"), service)).toBe(false);
    expect(() => authorizeViewEffectiveMatrix(actor("BEV", "04"), service, "09")).not.toThrow();
    expect(() => authorizeViewEffectiveMatrix(actor("MIV", "06"), service, "09")).toThrow(/Ihres Landes Hessen, nicht die von Bayern/);
    expect(canViewServiceMatrix(actor("MIV", "05"), service)).toBe(false);
    expect(canViewServiceMatrix(actor("AGENT", "06"), service)).toBe(false);
  });
});
