import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { ROLES } from "../auth/actor";
import { authorizeViewXzufiExports, authorizeXzufiExport, canExportXzufi, canViewXzufiExports } from "./xzufi-policy";

const org = { id: "o-04", ars: "04", name: "Bremen", kind: "LAND" as const };
const actor = (role: Role, kind: Actor["kind"] = "user"): Actor => ({ kind, id: role, name: role, role, organisation: org });

describe("XZuFi policy", () => {
  it("lets XZUFI tokens and the administration pull the export, nobody else", () => {
    expect(ROLES.filter((r) => canExportXzufi(actor(r, "token")))).toEqual(["ADMIN", "XZUFI"]);
    expect(() => authorizeXzufiExport(actor("AGENT"))).toThrow(/Rolle XZuFi-Abruf/);
  });

  it("shows the list of exports to signed-in administrators only", () => {
    expect(ROLES.filter((r) => canViewXzufiExports(actor(r)))).toEqual(["ADMIN"]);
    expect(canViewXzufiExports(actor("ADMIN", "token"))).toBe(false);
    expect(() => authorizeViewXzufiExports(actor("XZUFI", "token"))).toThrow(/nur die Administration/);
  });
});
