/**
 * The Kommunikationsmatrix on the real PostgreSQL: the BeV maintains the base matrix, a MiV its Land's entries
 * and not allowed paths; wrong input and foreign Länder are refused with nothing written; every change is
 * audited; agents get the effective, allowed targets; the HTTP routes and the export with a token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "../../app/api/matrix/export/route";
import { POST as createTargetRoute } from "../../app/api/matrix/targets/route";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import type { Actor } from "../auth/actor";
import { createApiToken } from "../auth/api-tokens";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { createUser } from "../users/create-user";
import { getMatrix, listMatrixServices } from "./get-matrix";
import { listRoutingTargets } from "./list-routing-targets";
import { MATRIX_CSV_COLUMNS } from "./matrix-export";
import { createRoutingRestriction, createRoutingTarget, deleteRoutingRestriction, deleteRoutingTarget, updateRoutingTarget } from "./save-routing-target";

const hours = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };
const target = (service: string, regionArs: string | null, level: "SECOND" | "THIRD", kind: "TECHNICAL" | "FACHLICH", name: string) => ({
  service, regionArs, level, kind, name, channel: "EMAIL", contact: "stelle@example.org", serviceHours: "Mo-Fr 08:00-16:00", reactionHours: hours, resolutionHours: hours,
});
const input = (extra: Record<string, unknown> = {}) => ({
  serviceKey: "s-main", regionArs: null, level: "THIRD", kind: "TECHNICAL", name: "Betriebsteam Bremen", channel: "TICKET_SYSTEM",
  contact: "https://tickets.bremen.example/s-main", serviceHours: "Mo-Do 07:00-18:00, Fr 07:00-15:00", reactionHours: hours, resolutionHours: { BETRIEBSVERHINDERND: 4, BETRIEBSBEHINDERND: 16, LEICHT: 40 }, ...extra,
});

const actors: Record<string, Actor> = {};
async function userOf(key: string, role: Actor["role"], ars: string): Promise<Actor> {
  const org = await db().organisation.findUniqueOrThrow({ where: { ars } });
  const u = await createUser({ email: `${key}@example.org`, name: key, role, orgArs: ars, password: "ein-langes-passwort-2026" }, { id: null, label: "Test" });
  return { kind: "user", id: u.id, name: key, role, organisation: { id: org.id, ars, name: org.name, kind: org.kind } };
}
const counts = async () => ({ targets: await db().routingTarget.count(), restrictions: await db().routingRestriction.count(), audit: await db().auditEntry.count({ where: { entityType: { in: ["routingTarget", "routingRestriction"] } } }) });
const landId = async (ars: string) => (await db().organisation.findUniqueOrThrow({ where: { ars } })).id;
const serviceId = async (key: string) => (await db().onlineService.findUniqueOrThrow({ where: { key } })).id;

describe("Kommunikationsmatrix (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("matrix");
    await importBundle({
      format: "kb-bundle", version: 1,
      organisations: [
        { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" },
        { ars: "06", name: "Land Hessen", kind: "LAND" },
        { ars: "09", name: "Freistaat Bayern", kind: "LAND" },
        { ars: "05", name: "Land Nordrhein-Westfalen", kind: "LAND" },
      ],
      services: [
        { key: "s-main", name: "Hauptdienst", operatorArs: "04", coUserArs: ["06", "09"], leistungen: [] },
        { key: "s-bayern", name: "Bayern-Dienst", operatorArs: "09", coUserArs: ["06"], leistungen: [] },
      ],
      articles: [], variants: [], synonyms: [],
      routingTargets: [
        target("s-main", null, "SECOND", "TECHNICAL", "Service Desk Bremen"),
        target("s-main", null, "THIRD", "FACHLICH", "Leitstelle Bremen"),
        target("s-main", "09", "SECOND", "TECHNICAL", "Desk Bayern"),
      ],
    });
    actors.bev = await userOf("bev", "BEV", "04");
    actors.bevBayern = await userOf("bev-by", "BEV", "09");
    actors.mivHessen = await userOf("miv-he", "MIV", "06");
    actors.mivBayern = await userOf("miv-by", "MIV", "09");
    actors.mivNrw = await userOf("miv-nrw", "MIV", "05");
    actors.agent = await userOf("agent", "AGENT", "06");
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("BeV adds to the base matrix, the MiV of Hessen overrides it for Hessen; agents in Hessen and Bayern get their effective targets", async () => {
    const bev = actors.bev as Actor;
    const miv = actors.mivHessen as Actor;
    const base = await createRoutingTarget(bev, input());
    expect(base).toMatchObject({ name: "Betriebsteam Bremen", isRegional: false, holidayLandArs: "04", serviceHours: "Mo-Do 07:00-18:00; Fr 07:00-15:00" });
    const own = await createRoutingTarget(miv, input({ regionArs: "06", name: "Landes-IT Hessen", channel: "PHONE", contact: "0611 340-0" }));
    expect(own).toMatchObject({ isRegional: true, holidayLandArs: "06" });
    const sid = await serviceId("s-main");
    expect((await listRoutingTargets(db(), sid, await landId("06"))).map((t) => t.name)).toEqual(["Service Desk Bremen", "Landes-IT Hessen", "Leitstelle Bremen"]);
    expect((await listRoutingTargets(db(), sid, await landId("09"))).map((t) => t.name)).toEqual(["Desk Bayern", "Betriebsteam Bremen", "Leitstelle Bremen"]);

    const audit = await db().auditEntry.findMany({ where: { entityType: "routingTarget", actorId: { not: null } }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, a.entityId])).toEqual([["routing-target.create", bev.id, base.id], ["routing-target.create", miv.id, own.id]]);

    const changed = await updateRoutingTarget(miv, own.id, input({ name: "Landes-IT Hessen (HZD)", channel: "PHONE", contact: "+49 611 340-0" }));
    expect(changed.name).toBe("Landes-IT Hessen (HZD)");
    expect(await db().auditEntry.count({ where: { action: "routing-target.update", entityId: own.id, actorId: miv.id } })).toBe(1);
  });

  it("a not allowed path hides its targets from agents of that Land only; allowing it again brings them back; both audited", async () => {
    const miv = actors.mivHessen as Actor;
    const sid = await serviceId("s-main");
    const r = await createRoutingRestriction(miv, { serviceKey: "s-main", regionArs: "06", level: "THIRD", kind: "FACHLICH", reason: "Kommunen dürfen Third Level nicht direkt kontaktieren" });
    expect((await listRoutingTargets(db(), sid, await landId("06"))).map((t) => t.name)).toEqual(["Service Desk Bremen", "Landes-IT Hessen (HZD)"]);
    expect((await listRoutingTargets(db(), sid, await landId("09"))).map((t) => t.name)).toContain("Leitstelle Bremen");
    const view = await getMatrix(miv, "s-main");
    expect(view.land.ars).toBe("06");
    expect(view.effective.find((t) => t.name === "Leitstelle Bremen")?.notAllowedReason).toBe("Kommunen dürfen Third Level nicht direkt kontaktieren");
    expect(view).toMatchObject({ canEditBase: false, canEditLand: true, canRestrict: true, lands: [{ ars: "06" }] });
    await expect(createRoutingRestriction(miv, { serviceKey: "s-main", regionArs: "06", level: "THIRD", kind: "FACHLICH", reason: "doppelt" })).rejects.toMatchObject({ code: "VALIDATION", problems: [{ path: "kind" }] });
    await deleteRoutingRestriction(miv, r.id);
    expect((await listRoutingTargets(db(), sid, await landId("06"))).map((t) => t.name)).toContain("Leitstelle Bremen");
    expect((await db().auditEntry.findMany({ where: { entityType: "routingRestriction" }, orderBy: { at: "asc" } })).map((a) => a.action)).toEqual(["routing-restriction.create", "routing-restriction.delete"]);
  });

  it("bad input: field-level German errors, nothing written", async () => {
    const bev = actors.bev as Actor;
    const before = await counts();
    const refused = async (extra: Record<string, unknown>) => {
      const e = await createRoutingTarget(bev, input(extra)).then(() => null, (err: unknown) => err as { code: string; problems: { path: string; message: string }[] });
      expect(e?.code).toBe("VALIDATION");
      return e?.problems ?? [];
    };
    expect((await refused({ serviceHours: "Mo-Fr 08:00-12:00; Mo 11:00-13:00" }))[0]).toMatchObject({ path: "serviceHours", message: expect.stringContaining("überschneiden sich") });
    expect((await refused({ serviceHours: "Mo-Fr 16:00-08:00" }))[0]?.path).toBe("serviceHours");
    expect((await refused({ reactionHours: { ...hours, LEICHT: -3 } }))[0]).toMatchObject({ path: "reactionHours.LEICHT" });
    expect((await refused({ reactionHours: { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8 } })).map((p) => p.path)).toEqual(["reactionHours.LEICHT"]);
    expect((await refused({ channel: "BRIEFTAUBE" }))[0]).toMatchObject({ path: "channel", message: expect.stringContaining("Unbekannter Kanal") });
    expect((await refused({ channel: "EMAIL", contact: "keine-adresse" }))[0]).toMatchObject({ path: "contact", message: expect.stringContaining("keine E-Mail-Adresse") });
    expect((await refused({ resolutionHours: { ...hours, BETRIEBSVERHINDERND: 1 } }))[0]?.path).toBe("resolutionHours.BETRIEBSVERHINDERND");
    expect((await refused({ name: "betriebsteam bremen" }))[0]).toMatchObject({ path: "name", message: expect.stringContaining("gibt es auf dieser Ebene") });
    expect(await counts()).toEqual(before);
  });

  it("a MiV editing another Land's entries or the base matrix, a BeV editing a service it does not operate: 403, nothing written", async () => {
    const before = await counts();
    const forbidden = { code: "FORBIDDEN" };
    await expect(createRoutingTarget(actors.mivHessen as Actor, input({ regionArs: "09" }))).rejects.toMatchObject(forbidden);
    await expect(createRoutingTarget(actors.mivHessen as Actor, input({ regionArs: null, channel: "FAX" }))).rejects.toMatchObject(forbidden);
    await expect(createRoutingTarget(actors.mivNrw as Actor, input({ regionArs: "05" }))).rejects.toMatchObject(forbidden);
    await expect(createRoutingTarget(actors.bevBayern as Actor, input())).rejects.toMatchObject(forbidden);
    await expect(createRoutingTarget(actors.bev as Actor, input({ regionArs: "06" }))).rejects.toMatchObject(forbidden);
    await expect(createRoutingTarget(actors.agent as Actor, input({ regionArs: "06" }))).rejects.toMatchObject(forbidden);
    const bayernDesk = await db().routingTarget.findFirstOrThrow({ where: { name: "Desk Bayern" } });
    const bremenDesk = await db().routingTarget.findFirstOrThrow({ where: { name: "Service Desk Bremen" } });
    await expect(updateRoutingTarget(actors.mivHessen as Actor, bayernDesk.id, input({ name: "Übernommen" }))).rejects.toMatchObject(forbidden);
    await expect(deleteRoutingTarget(actors.mivHessen as Actor, bremenDesk.id)).rejects.toMatchObject(forbidden);
    await expect(deleteRoutingTarget(actors.bevBayern as Actor, bremenDesk.id)).rejects.toMatchObject(forbidden);
    await expect(createRoutingRestriction(actors.bev as Actor, { serviceKey: "s-main", regionArs: "06", level: "THIRD", kind: "TECHNICAL", reason: "x" })).rejects.toMatchObject(forbidden);
    await expect(createRoutingRestriction(actors.mivBayern as Actor, { serviceKey: "s-main", regionArs: "06", level: "THIRD", kind: "TECHNICAL", reason: "x" })).rejects.toMatchObject(forbidden);
    await expect(getMatrix(actors.mivHessen as Actor, "s-main", "09")).rejects.toMatchObject(forbidden);
    await expect(getMatrix(actors.bevBayern as Actor, "s-main")).rejects.toMatchObject(forbidden);
    expect(await counts()).toEqual(before);
    expect((await listMatrixServices(actors.bev as Actor)).map((s) => s.key)).toEqual(["s-main"]);
    expect((await listMatrixServices(actors.mivHessen as Actor)).map((s) => s.key)).toEqual(["s-bayern", "s-main"]);
  });

  it("HTTP: POST with a MiV token of another Land is 403, bad input 400 with problems; the export as CSV and JSON", async () => {
    const { token } = await createApiToken({ orgArs: "06", role: "MIV", name: "MiV Hessen Skript" });
    const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const before = await counts();
    const post = (body: unknown) => createTargetRoute(new Request("http://localhost/api/matrix/targets", { method: "POST", headers: auth, body: JSON.stringify(body) }));
    expect((await post(input({ regionArs: "09" }))).status).toBe(403);
    const bad = await post(input({ regionArs: "06", contact: "kein-telefon", channel: "PHONE" }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(["contact"]);
    expect(await counts()).toEqual(before);

    const csv = await exportRoute(new Request("http://localhost/api/matrix/export?service=s-main&format=csv", { headers: auth }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("kommunikationsmatrix_s-main_land-06.csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n"); // the decoder drops the BOM checked above
    expect(lines[0]).toBe(MATRIX_CSV_COLUMNS.join(";"));
    expect(lines[2]).toBe("s-main;Hauptdienst;06;Land Hessen;THIRD;TECHNICAL;land;Landes-IT Hessen (HZD);PHONE;'+49 611 340-0;Mo-Do 07:00-18:00; Fr 07:00-15:00;06;2;8;16;4;16;40;ja;".replace("Mo-Do 07:00-18:00; Fr 07:00-15:00", '"Mo-Do 07:00-18:00; Fr 07:00-15:00"'));
    const json = await exportRoute(new Request("http://localhost/api/matrix/export?service=s-main&format=json", { headers: auth }));
    const body = (await json.json()) as { format: string; land: { ars: string }; targets: { name: string; origin: string; isAllowed: boolean }[] };
    expect(body).toMatchObject({ format: "efa-kommunikationsmatrix", land: { ars: "06" } });
    expect(body.targets.map((t) => [t.name, t.origin])).toEqual([["Service Desk Bremen", "BASE"], ["Landes-IT Hessen (HZD)", "LAND"], ["Leitstelle Bremen", "BASE"]]);
    expect((await exportRoute(new Request("http://localhost/api/matrix/export?service=s-main&land=09", { headers: auth }))).status).toBe(403);
    expect((await exportRoute(new Request("http://localhost/api/matrix/export?format=xls", { headers: auth }))).status).toBe(400);
  });
});
