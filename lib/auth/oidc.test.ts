import { describe, expect, it } from "vitest";
import { mapOidcClaims, parseRoleMap } from "./oidc";

const config = { roleClaim: "roles", orgClaim: "ars", roleMap: parseRoleMap(undefined) };

describe("OIDC claim mapping", () => {
  it("maps roles by name by default and picks the first role in precedence order", () => {
    expect(mapOidcClaims({ sub: "1", email: "A@B.de", roles: ["agent", "bev"], ars: "06" }, config)).toEqual({ ok: true, subject: "1", email: "a@b.de", name: "a@b.de", role: "BEV", ars: "06" });
  });
  it("reads dotted claims and a configured map", () => {
    const c = { roleClaim: "realm_access.roles", orgClaim: "org.ars", roleMap: parseRoleMap("kc-qs=REVIEWER") };
    expect(mapOidcClaims({ sub: "1", email: "a@b.de", preferred_username: "ab", realm_access: { roles: ["kc-qs"] }, org: { ars: "04" } }, c)).toMatchObject({ ok: true, role: "REVIEWER", ars: "04", name: "ab" });
  });
  it("refuses identities without role, organisation, subject or e-mail", () => {
    expect(mapOidcClaims({ sub: "1", email: "a@b.de", roles: ["gast"], ars: "06" }, config)).toMatchObject({ ok: false });
    expect(mapOidcClaims({ sub: "1", email: "a@b.de", roles: ["bev"], ars: "6" }, config)).toMatchObject({ ok: false });
    expect(mapOidcClaims({ email: "a@b.de", roles: ["bev"], ars: "06" }, config)).toMatchObject({ ok: false });
    expect(mapOidcClaims({ sub: "1", roles: ["bev"], ars: "06" }, config)).toMatchObject({ ok: false });
  });
  it("never maps an IdP role to the machine role XZUFI and rejects bad map entries", () => {
    expect(() => parseRoleMap("x=XZUFI")).toThrow(/OIDC_ROLE_MAP/);
    expect(() => parseRoleMap("nur-links")).toThrow(/OIDC_ROLE_MAP/);
  });
});
