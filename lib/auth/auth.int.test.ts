import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { db } from "../db";
import { isAppError } from "../errors";
import { createUser } from "../users/create-user";
import { authenticateBearer, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { authenticateWithPassword } from "./authenticate";
import { mapOidcClaims, parseRoleMap, provisionOidcUser } from "./oidc";
import { MAX_FAILURES_PER_ACCOUNT } from "./throttle";

describe("sign-in and API tokens (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("auth");
    const land = await db().organisation.create({ data: { ars: "06", name: "Land Hessen", kind: "LAND" } });
    await db().organisation.create({ data: { ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", parentId: land.id } });
    await createUser({ email: "MIV@Example.org", name: "Mira", role: "MIV", orgArs: "06", password: "richtig-langes-passwort" }, { id: null, label: "Test" });
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("signs in with the right password only, storing a bcrypt hash", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { email: "miv@example.org" } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    const actor = await authenticateWithPassword({ email: "miv@example.org", password: "richtig-langes-passwort" });
    expect(actor).toMatchObject({ kind: "user", role: "MIV", organisation: { ars: "06", kind: "LAND" } });
    expect(await authenticateWithPassword({ email: "miv@example.org", password: "falsch" })).toBeNull();
    expect(await authenticateWithPassword({ email: "niemand@example.org", password: "egal" })).toBeNull();
    expect(await authenticateWithPassword({ email: "kein-email", password: "x" })).toBeNull();
  });

  it("locks an account after repeated failures, even for the right password", async () => {
    await db().loginThrottle.deleteMany();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await authenticateWithPassword({ email: "miv@example.org", password: `falsch-${i}` }, "10.0.0.1")).toBeNull();
    }
    const err = await authenticateWithPassword({ email: "miv@example.org", password: "richtig-langes-passwort" }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe("RATE_LIMITED");
    await db().loginThrottle.deleteMany();
  });

  it("refuses deactivated users", async () => {
    await db().user.update({ where: { email: "miv@example.org" }, data: { isActive: false } });
    expect(await authenticateWithPassword({ email: "miv@example.org", password: "richtig-langes-passwort" })).toBeNull();
    await db().user.update({ where: { email: "miv@example.org" }, data: { isActive: true } });
  });

  it("creates API tokens shown once and stored hashed, scoped to organisation and role; revokes them", async () => {
    const { token, info } = await createApiToken({ orgArs: "06", role: "XZUFI", name: "115 Wissensmanagement" });
    expect(token).toMatch(/^efa_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: info.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.lastUsedAt).toBeNull();
    const actor = await authenticateBearer(`Bearer ${token}`);
    expect(actor).toMatchObject({ kind: "token", role: "XZUFI", organisation: { ars: "06" } });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: info.id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateBearer(null)).toBeNull();
    await expect(authenticateBearer("Bearer efa_falsch")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticateBearer("Basic abc")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await revokeApiToken(info.prefix);
    await expect(authenticateBearer(`Bearer ${token}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await listApiTokens())[0]?.revokedAt).not.toBeNull();
  });

  it("rejects bad token requests with precise problems", async () => {
    await expect(createApiToken({ orgArs: "6", role: "XZUFI", name: "x" })).rejects.toMatchObject({ code: "VALIDATION", problems: [{ path: "orgArs" }] });
    await expect(createApiToken({ orgArs: "06", role: "KAISER", name: "x" })).rejects.toMatchObject({ code: "VALIDATION", problems: [{ path: "role" }] });
    await expect(createApiToken({ orgArs: "09", role: "XZUFI", name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeApiToken("gibt-es-nicht")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("provisions OIDC users from mapped claims and keeps role and organisation in step", async () => {
    const config = { roleClaim: "realm_access.roles", orgClaim: "ars", roleMap: parseRoleMap("efa-kommune=KOMMUNE,efa-agent=AGENT") };
    const claims = { sub: "kc-123", email: "K.Redaktion@frankfurt.example", name: "Kim Redaktion", ars: "064120000000", realm_access: { roles: ["offline_access", "efa-kommune"] } };
    const first = await provisionOidcUser(mapOidcClaims(claims, config));
    expect("userId" in first).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { oidcSubject: "kc-123" }, include: { organisation: true } });
    expect(user).toMatchObject({ email: "k.redaktion@frankfurt.example", role: "KOMMUNE", passwordHash: null, organisation: { ars: "064120000000" } });
    await provisionOidcUser(mapOidcClaims({ ...claims, ars: "06", realm_access: { roles: ["efa-agent"] } }, config));
    expect(await db().user.findUniqueOrThrow({ where: { oidcSubject: "kc-123" } })).toMatchObject({ role: "AGENT", id: user.id });
    expect(await provisionOidcUser(mapOidcClaims({ ...claims, ars: "09" }, config))).toEqual({ reason: "UNKNOWN_ORG" });
  });
});
