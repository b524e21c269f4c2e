import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { canViewReports, landsOfService, resolveReportScope, type ServiceFact } from "./report-policy";

const eg: ServiceFact = { id: "eg", key: "elterngeld-digital", name: "Elterngeld digital", operatorArs: "04", coUserArs: ["05", "06", "09"] };
const uvo: ServiceFact = { id: "uvo", key: "unterhaltsvorschuss-online", name: "Unterhaltsvorschuss online", operatorArs: "04", coUserArs: ["06"] };
const wsa: ServiceFact = { id: "wsa", key: "wohnsitzanmeldung-online", name: "Wohnsitzanmeldung", operatorArs: "09", coUserArs: ["05", "06"] };
const all = [eg, uvo, wsa];

const actor = (role: Role, ars: string, kind: "BUND" | "LAND" | "KOMMUNE" = "LAND"): Actor => ({ kind: "user", id: "u", name: "n", role, organisation: { id: `org-${ars}`, ars, name: `Org ${ars}`, kind } });
const none = { service: null, landArs: null };

describe("report policy", () => {
  it("only MiV and BeV of a Land see reports", () => {
    for (const role of ["ADMIN", "REVIEWER", "KOMMUNE", "AGENT", "XZUFI"] as Role[]) {
      expect(canViewReports(actor(role, "06"))).toBe(false);
      expect(() => resolveReportScope(actor(role, "06"), none, all)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
    expect(canViewReports(actor("MIV", "064120000000", "KOMMUNE"))).toBe(false);
    expect(canViewReports(actor("MIV", "06"))).toBe(true);
    expect(canViewReports(actor("BEV", "04"))).toBe(true);
  });

  it("MiV: its own Land, the services its Land operates or co-uses", () => {
    const scope = resolveReportScope(actor("MIV", "06"), none, all);
    expect(scope).toMatchObject({ kind: "LAND", landArs: ["06"], isPerLand: false, selectedService: null });
    expect(scope.services.map((s) => s.id)).toEqual(["eg", "uvo", "wsa"]);
    expect(resolveReportScope(actor("MIV", "06"), { service: wsa, landArs: "06" }, all).services).toEqual([wsa]);
    expect(resolveReportScope(actor("MIV", "09"), none, all).services.map((s) => s.id)).toEqual(["eg", "wsa"]); // operates wsa
  });

  it("MiV: not another Land, not a service its Land does not use", () => {
    expect(() => resolveReportScope(actor("MIV", "06"), { service: null, landArs: "09" }, all)).toThrow("Als MiV sehen Sie die Statistik Ihres Landes Hessen (06), nicht die von Bayern (09).");
    expect(() => resolveReportScope(actor("MIV", "09"), { service: uvo, landArs: null }, all)).toThrow("Ihr Land nutzt den Onlinedienst „Unterhaltsvorschuss online“ nicht; dazu gibt es keine Statistik für Sie.");
  });

  it("BeV: its operated services over all Länder using them, per Land", () => {
    const scope = resolveReportScope(actor("BEV", "04"), none, all);
    expect(scope).toMatchObject({ kind: "BETREIBER", landArs: ["04", "05", "06", "09"], isPerLand: true });
    expect(scope.services.map((s) => s.id)).toEqual(["eg", "uvo"]);
    expect(scope.services.map(landsOfService)).toEqual([["04", "05", "06", "09"], ["04", "06"]]);
    const one = resolveReportScope(actor("BEV", "04"), { service: uvo, landArs: "06" }, all);
    expect(one).toMatchObject({ landArs: ["06"], isPerLand: false, selectedLand: "06" });
  });

  it("BeV: not another operator's service, not a Land outside its services", () => {
    expect(() => resolveReportScope(actor("BEV", "04"), { service: wsa, landArs: null }, all)).toThrow("Die Statistik zu „Wohnsitzanmeldung“ sieht der BeV des betreibenden Landes Bayern (09).");
    expect(() => resolveReportScope(actor("BEV", "04"), { service: uvo, landArs: "09" }, all)).toThrow("Bayern (09) nutzt „Unterhaltsvorschuss online“ nicht; dazu gibt es keine Statistik für Sie.");
    expect(() => resolveReportScope(actor("BEV", "04"), { service: null, landArs: "16" }, all)).toThrow(/keinen der Dienste Ihres Landes/);
  });

  it("BeV of a Land that operates nothing gets an empty scope", () => {
    expect(resolveReportScope(actor("BEV", "06"), none, all)).toMatchObject({ services: [], landArs: [], isPerLand: false });
  });
});
