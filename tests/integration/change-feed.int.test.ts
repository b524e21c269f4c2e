import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as whoami } from "../../app/api/whoami/route";
import type { Actor } from "../../lib/auth/actor";
import { createApiToken } from "../../lib/auth/api-tokens";
import { loadUserActor } from "../../lib/auth/load-actor";
import { createArticle } from "../../lib/articles/create-article";
import { publishIncidentNow } from "../../lib/articles/publish-incident";
import { changeStamp } from "../../lib/change-feed";
import { db } from "../../lib/db";
import { listActiveIncidents } from "../../lib/incidents/list-active-incidents";
import { createFreshDatabase } from "./fresh-database";

/**
 * The reads kept until their tables change (lib/change-feed.ts): a change committed by another process (here:
 * another connection) reaches this process's caches through the database's notifications, so a revoked token
 * or a resolved incident counts at once, and a kept read is really used while nothing changes.
 */
describe("caches that hold until the database reports a change", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  let other: pg.Client;
  let bev: Actor;
  let serviceId = "";
  let landId = "";

  beforeAll(async () => {
    fresh = await createFreshDatabase("changefeed");
    other = new pg.Client({ connectionString: fresh.url });
    await other.connect();
    const bremen = await db().organisation.create({ data: { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" } });
    landId = bremen.id;
    serviceId = (await db().onlineService.create({ data: { key: "elterngeld", name: "Elterngeld digital", operatorId: bremen.id } })).id;
    const user = await db().user.create({ data: { email: "bev@test.example", name: "BeV", role: "BEV", organisationId: bremen.id } });
    bev = { kind: "user", id: user.id, name: "BeV", role: "BEV", organisation: { id: bremen.id, ars: "04", name: bremen.name, kind: "LAND" } };
    // the first use starts listening; caches are used once it is up
    await waitFor(() => changeStamp(["ApiToken"]) !== null, "die Änderungsmeldungen der Datenbank");
  });
  afterAll(async () => {
    await other.end();
    await fresh.drop();
  });

  const call = (token: string) => whoami(new Request("http://localhost/api/whoami", { headers: { authorization: `Bearer ${token}` } }));

  it("keeps a token while nothing reports a change, and refuses it as soon as another process revokes it", async () => {
    const { token, info } = await createApiToken({ orgArs: "04", role: "AGENT", name: "Servicecenter" });
    expect((await call(token)).status).toBe(200); // records the time of use: a change of ApiToken
    await new Promise((r) => setTimeout(r, 300)); // its notification has come back
    expect((await call(token)).status).toBe(200);
    // revoked without a notification (triggers off for this connection): the kept token is still used
    await other.query(`SET session_replication_role = replica`);
    await other.query(`UPDATE "ApiToken" SET "revokedAt" = now() WHERE id = $1`, [info.id]);
    await other.query(`SET session_replication_role = origin`);
    expect((await call(token)).status).toBe(200);
    // a renamed organisation is a change of a table the token read comes from: the revocation counts now
    const started = Date.now();
    await other.query(`UPDATE "Organisation" SET name = 'Bremen' WHERE ars = '04'`);
    await waitFor(async () => (await call(token)).status === 401, "die Ablehnung des widerrufenen Tokens");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses a signed-in user as soon as another process deactivates them", async () => {
    expect(await loadUserActor(bev.id)).toMatchObject({ id: bev.id, role: "BEV" });
    const started = Date.now();
    await other.query(`UPDATE "User" SET "isActive" = false WHERE id = $1`, [bev.id]);
    await waitFor(async () => (await loadUserActor(bev.id)) === null, "die Ablehnung der deaktivierten Person");
    expect(Date.now() - started).toBeLessThan(2_000);
    await other.query(`UPDATE "User" SET "isActive" = true WHERE id = $1`, [bev.id]);
    await waitFor(async () => (await loadUserActor(bev.id)) !== null, "die wieder aktive Person");
  });

  it("shows an incident until another process resolves it, and one planned for later once it starts", async () => {
    const region = { regionIds: [landId], landId };
    const incident = async (title: string, startedAt: Date) => {
      const { articleId } = await createArticle(bev, {
        serviceId, type: "INCIDENT", title, shortAnswer: "Die Anmeldung ist gestört.", body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Gestört." }] }] },
        keywords: [], categories: ["Technik"], leikaKeys: [], validFrom: "2026-01-01", validUntil: "", reviewDue: "2027-06-30",
        incident: { klasse: "BETRIEBSBEHINDERND", startedAt: startedAt.toISOString(), resolvedAt: "", affectedArs: [] },
      });
      await publishIncidentNow(bev, articleId);
      return articleId;
    };
    const titles = async () => (await listActiveIncidents(region)).map((i) => i.title);
    const now = await incident("Störung: Anmeldung", new Date(Date.now() - 60_000));
    await incident("Wartung: Postfach", new Date(Date.now() + 1_500));
    expect(await titles()).toEqual(["Störung: Anmeldung"]);
    // the planned one starts without any change in the database: the kept read has it, filtered by time
    await waitFor(async () => (await titles()).includes("Wartung: Postfach"), "die geplante Störung");
    const started = Date.now();
    await other.query(`UPDATE "Incident" SET "resolvedAt" = now() - interval '1 second' WHERE "revisionId" = (SELECT "publishedRevisionId" FROM "Article" WHERE id = $1)`, [now]);
    await waitFor(async () => !(await titles()).includes("Störung: Anmeldung"), "das Ende der Störung");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await titles()).toEqual(["Wartung: Postfach"]);
  });
});

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Nicht eingetreten in ${timeoutMs} ms: ${what}`);
}
