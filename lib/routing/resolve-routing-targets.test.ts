import { describe, expect, it } from "vitest";
import { allowedTargets, resolveRoutingTargets, type RoutingTargetRow } from "./resolve-routing-targets";

const t = (id: string, regionId: string | null, level: RoutingTargetRow["level"], kind: RoutingTargetRow["kind"], name = id): RoutingTargetRow => ({ id, regionId, level, kind, name });

const BASE = [
  t("base-2-tech", null, "SECOND", "TECHNICAL"),
  t("base-3-tech", null, "THIRD", "TECHNICAL"),
  t("base-3-fach", null, "THIRD", "FACHLICH"),
];

describe("resolveRoutingTargets", () => {
  it("without entries of the Land: the base entries, Second Level first, technisch before fachlich", () => {
    expect(resolveRoutingTargets([...BASE].reverse(), "hessen").map((x) => x.id)).toEqual(["base-2-tech", "base-3-tech", "base-3-fach"]);
  });

  it("an entry of the Land replaces the base entry of the same level and kind and adds what the base lacks", () => {
    const rows = [...BASE, t("he-2-tech", "hessen", "SECOND", "TECHNICAL"), t("he-2-fach", "hessen", "SECOND", "FACHLICH")];
    expect(resolveRoutingTargets(rows, "hessen").map((x) => x.id)).toEqual(["he-2-tech", "he-2-fach", "base-3-tech", "base-3-fach"]);
  });

  it("entries of other Länder do not apply", () => {
    const rows = [...BASE, t("by-2-tech", "bayern", "SECOND", "TECHNICAL"), t("nrw-3-fach", "nrw", "THIRD", "FACHLICH")];
    expect(resolveRoutingTargets(rows, "hessen").map((x) => x.id)).toEqual(["base-2-tech", "base-3-tech", "base-3-fach"]);
    expect(resolveRoutingTargets(rows, "bayern").map((x) => x.id)).toEqual(["by-2-tech", "base-3-tech", "base-3-fach"]);
  });

  it("several entries of one level and kind are all kept, by name", () => {
    const rows = [t("b", "hessen", "SECOND", "FACHLICH", "Zentrale"), t("a", "hessen", "SECOND", "FACHLICH", "Amt Nord"), t("base", null, "SECOND", "FACHLICH")];
    expect(resolveRoutingTargets(rows, "hessen").map((x) => x.id)).toEqual(["a", "b"]);
  });

  it("keeps the extra fields of the rows and returns nothing for a service without entries", () => {
    const rows = [{ ...t("x", null, "THIRD", "FACHLICH"), contact: "x@example.org" }];
    expect(resolveRoutingTargets(rows, "hessen")[0]?.contact).toBe("x@example.org");
    expect(resolveRoutingTargets([], "hessen")).toEqual([]);
  });
});

describe("resolveRoutingTargets with paths a Land does not allow", () => {
  const restrict = (regionId: string, level: RoutingTargetRow["level"], kind: RoutingTargetRow["kind"]) => ({ regionId, level, kind, reason: "Kommunen dürfen Third Level nicht direkt kontaktieren" });

  it("marks the targets of a not allowed path with the Land's reason; allowedTargets drops them", () => {
    const resolved = resolveRoutingTargets(BASE, "hessen", [restrict("hessen", "THIRD", "TECHNICAL")]);
    expect(resolved.map((x) => [x.id, x.notAllowedReason])).toEqual([
      ["base-2-tech", null],
      ["base-3-tech", "Kommunen dürfen Third Level nicht direkt kontaktieren"],
      ["base-3-fach", null],
    ]);
    expect(allowedTargets(resolved).map((x) => x.id)).toEqual(["base-2-tech", "base-3-fach"]);
  });

  it("a restriction also hides the Land's own entries of that path; a Land override of another path stays", () => {
    const rows = [...BASE, t("he-3-tech", "hessen", "THIRD", "TECHNICAL"), t("he-2-tech", "hessen", "SECOND", "TECHNICAL")];
    const resolved = resolveRoutingTargets(rows, "hessen", [restrict("hessen", "THIRD", "TECHNICAL")]);
    expect(allowedTargets(resolved).map((x) => x.id)).toEqual(["he-2-tech", "base-3-fach"]);
  });

  it("restrictions of other Länder are ignored", () => {
    const resolved = resolveRoutingTargets(BASE, "hessen", [restrict("bayern", "THIRD", "TECHNICAL"), restrict("bayern", "SECOND", "TECHNICAL")]);
    expect(allowedTargets(resolved).map((x) => x.id)).toEqual(["base-2-tech", "base-3-tech", "base-3-fach"]);
    expect(allowedTargets(resolveRoutingTargets(BASE, "bayern", [restrict("bayern", "THIRD", "TECHNICAL")])).map((x) => x.id)).toEqual(["base-2-tech", "base-3-fach"]);
  });
});
