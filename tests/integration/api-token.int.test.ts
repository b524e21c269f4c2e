import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as whoami } from "../../app/api/whoami/route";
import { createApiToken, revokeApiToken } from "../../lib/auth/api-tokens";
import { db } from "../../lib/db";
import { createFreshDatabase } from "./fresh-database";

/** Token authentication through a real route handler (bearer header -> actor -> JSON), on the real database. */
describe("API token over HTTP", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("apitoken");
    await db().organisation.create({ data: { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" } });
  });
  afterAll(async () => {
    await fresh.drop();
  });

  const call = (authorization?: string) =>
    whoami(new Request("http://localhost/api/whoami", { headers: authorization ? { authorization } : {} }));

  it("answers the token's organisation and role, and records the use", async () => {
    const { token, info } = await createApiToken({ orgArs: "04", role: "XZUFI", name: "PVOG-Abruf" });
    const res = await call(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kind: "token", name: "PVOG-Abruf", role: "XZUFI", organisation: { ars: "04", name: "Freie Hansestadt Bremen" } });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: info.id } })).lastUsedAt).toBeInstanceOf(Date);
    await revokeApiToken(info.id);
    const revoked = await call(`Bearer ${token}`);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toContain("Bearer");
    expect(await revoked.json()).toMatchObject({ code: "UNAUTHENTICATED", error: expect.stringContaining("widerrufen") });
  });

  it("rejects malformed and unknown tokens with 401 and a German message", async () => {
    for (const header of ["Bearer", "Token abc", "Bearer efa_unbekannt"]) {
      const res = await call(header);
      expect(res.status).toBe(401);
      expect((await res.json()).error).toMatch(/Token|Authorization/);
    }
  });
});
