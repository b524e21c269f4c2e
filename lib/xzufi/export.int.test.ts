import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/xzufi/leistungen/route";
import { readLikePvog, pvogText, type PvogNode } from "../../tests/pvog-reader";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import type { Actor } from "../auth/actor";
import { createApiToken } from "../auth/api-tokens";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { listRoutingTargets } from "../routing/list-routing-targets";
import { loadEffective } from "../variants/load-effective";
import { prepareXzufiExport, startXzufiExport } from "./export-region";
import { getXzufiExportOverview } from "./list-exports";
import { loadEffectiveFamilies, regionServiceIds } from "./load-region";

/**
 * The XZuFi export on the demo data against the real PostgreSQL: effective content per region, byte-identical
 * repeats, the incremental feed (a consumer applying all increments in order ends with the full export), and
 * the HTTP endpoint with its roles, ETag/304 and streaming.
 */
let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
let admin: Actor;

beforeAll(async () => {
  fresh = await createFreshDatabase("xzufi_export");
  await importBundle(JSON.parse(await readFile(path.resolve(import.meta.dirname, "../../prisma/seed/demo-bundle.json"), "utf8")));
  const bremen = await db().organisation.findUniqueOrThrow({ where: { ars: "04" } });
  admin = { kind: "user", id: "admin", name: "Alex Admin", role: "ADMIN", organisation: { id: bremen.id, ars: "04", name: bremen.name, kind: "LAND" } };
}, 120_000);

afterAll(async () => {
  await fresh.drop();
});

async function exportXml(region: string, since?: Date, options: { sinceMarginMs?: number } = {}): Promise<{ xml: string; stand: Date }> {
  const prepared = await prepareXzufiExport(admin, { region, ...(since ? { since: since.toISOString() } : {}) }, options);
  const run = await startXzufiExport(prepared, { via: "CLI", actorLabel: "Test" });
  let xml = "";
  for await (const chunk of run.chunks) xml += Buffer.from(chunk).toString("utf8");
  return { xml, stand: run.stand };
}

const idOf = (l: PvogNode) => pvogText(l.id);
const modul = (l: PvogNode, code: string) => (l.modulText as PvogNode[]).find((m) => (m.leikaTextmodul as PvogNode).code === code);
const inhalt = (m: PvogNode | undefined) => (m ? pvogText((m.inhalt as PvogNode[])[0]) : "");
const hinweise = (l: PvogNode) => (l.modulAuskunftshinweis as PvogNode[]).map((m) => pvogText((m.inhalt as PvogNode[])[0]));

describe("export of the demo data", () => {
  it("Hessen gets every Leistung of the services it co-uses, with its Land variants and its active incident", async () => {
    // the demo data is published by import, without a second person; one review by Hessen's QS
    const hessen = await db().organisation.findUniqueOrThrow({ where: { ars: "06" } });
    const reviewer = await db().user.create({ data: { email: "qs@hessen.example", name: "Quinn Prüfer", role: "REVIEWER", organisationId: hessen.id } });
    const variant = await db().article.findUniqueOrThrow({ where: { key: "eg-zustaendigkeit-hessen" } });
    await db().revision.update({ where: { id: variant.publishedRevisionId as string }, data: { reviewedById: reviewer.id, reviewedAt: new Date("2026-11-02T23:30:00Z") } });
    const { xml } = await exportXml("06");
    const doc = readLikePvog(xml);
    expect(doc.root).toMatchObject({ _xzufiVersion: "2.2.0", _produktbezeichnung: "EfA-Wissen" });
    const ids = doc.leistungen.map(idOf);
    expect(ids).toEqual([
      "L99008001011001-06", "L99041008000000-06", "L99050012070000-06", "L99050012071000-06", "L99050012104000-06",
      "L99107021000000-06", "L99115003012000-06", "L99115005104000-06", "L99115005104001-06",
    ]);
    for (const l of doc.leistungen) {
      expect(l.id).toMatchObject({ _schemeAgencyID: "efa-wissen", _schemeID: "leistungsbeschreibung" });
      expect(pvogText(l.gueltigkeitGebietID)).toBe("06");
      expect(inhalt(modul(l, "02"))).not.toBe("");
      expect(l.sprachversion).toMatchObject({ languageCode: "de" });
      expect(l.versionsinformation).toMatchObject({ erstelltDurch: "EfA-Wissen (efa-wissen)", geaendertDatumZeit: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    }
    const elterngeld = doc.leistungen.find((l) => idOf(l) === "L99041008000000-06") as PvogNode;
    expect(inhalt(modul(elterngeld, "02"))).toBe("Elterngeld");
    expect(hinweise(elterngeld).some((h) => h.startsWith("<h3>Welches Amt für Versorgung und Soziales ist in Hessen für mein Elterngeld zuständig?</h3>"))).toBe(true);
    expect(inhalt(modul(elterngeld, "16"))).toContain("<h3>Störung: Online-Anträge erreichen die Elterngeldstellen in Hessen verzögert</h3>");
    expect(inhalt(modul(elterngeld, "16"))).not.toContain("BundID"); // resolved incidents are history, not Hinweise
    // Hessen's own Second Level technisch replaces the operator's service desk (the effective matrix)
    expect(inhalt(modul(elterngeld, "23"))).toContain("Landes-Service-Desk Hessen");
    expect(inhalt(modul(elterngeld, "23"))).not.toContain("Service Desk Elterngeld digital");
    // the German day of the review, and the reviewer's organisation (no personal names in the feed)
    expect(elterngeld.modulFachlicheFreigabe).toEqual({ fachlichFreigegebenAm: "2026-11-03", fachlichFreigegebenDurch: { text: "Land Hessen", _languageCode: "de" } });
    expect(xml).not.toContain("Quinn");
    const terms = ((elterngeld.modulBegriffImKontext as PvogNode).begriffImKontext as PvogNode[]).map((b) => (b.typ as PvogNode).code);
    expect(new Set(terms)).toEqual(new Set(["002", "003", "999"]));
  });

  it("Frankfurt gets its Kommune variant; Bremen (operator) the base text and not Hessen's incident", async () => {
    const frankfurt = readLikePvog((await exportXml("064120000000")).xml);
    const elterngeldF = frankfurt.leistungen.find((l) => idOf(l) === "L99041008000000-064120000000") as PvogNode;
    expect(hinweise(elterngeldF).join("\n")).toContain("Ergänzung für Stadt Frankfurt am Main");
    expect(inhalt(modul(elterngeldF, "16"))).toContain("in Hessen verzögert");
    const bremen = readLikePvog((await exportXml("04")).xml);
    expect(bremen.leistungen.map(idOf)).toEqual(["L99041008000000-04", "L99107021000000-04"]);
    const elterngeldB = bremen.leistungen[0] as PvogNode;
    expect(modul(elterngeldB, "16")).toBeUndefined();
    expect(hinweise(elterngeldB).join("\n")).not.toContain("in Hessen");
  });

  it("lists the Land's effective Kommunikationsmatrix as agents get it: Land entries replace the base path, not allowed paths are left out", async () => {
    const service = await db().onlineService.findUniqueOrThrow({ where: { key: "elterngeld-digital" } });
    const hessen = await db().organisation.findUniqueOrThrow({ where: { ars: "06" } });
    const routing = async () => inhalt(modul(readLikePvog((await exportXml("06")).xml).leistungen.find((l) => idOf(l) === "L99041008000000-06") as PvogNode, "23"));
    const expected = (await listRoutingTargets(db(), service.id, hessen.id)).map((t) => t.name);
    expect(expected.length).toBeGreaterThan(1);
    const before = await routing();
    for (const name of expected) expect(before).toContain(name);
    // a Hessian entry for Third Level technisch replaces the base's; then Hessen does not allow that path at all
    const base = await db().routingTarget.findFirstOrThrow({ where: { serviceId: service.id, regionId: null, level: "THIRD", kind: "TECHNICAL" } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = base;
    const own = await db().routingTarget.create({ data: { ...fields, regionId: hessen.id, name: "IT-Leitstelle Hessen (Test)" } });
    const replaced = await routing();
    expect(replaced).toContain("IT-Leitstelle Hessen (Test)");
    expect(replaced).not.toContain(base.name);
    const restriction = await db().routingRestriction.create({ data: { serviceId: service.id, regionId: hessen.id, level: "THIRD", kind: "TECHNICAL", reason: "Nur über den Second Level" } });
    const restricted = await routing();
    expect(restricted).not.toContain("IT-Leitstelle Hessen (Test)");
    expect(restricted).not.toContain(base.name);
    await db().routingRestriction.delete({ where: { id: restriction.id } });
    await db().routingTarget.delete({ where: { id: own.id } });
    expect(await routing()).toBe(before);
  });

  it("chooses exactly the effective article loadEffective computes, for every family and region", async () => {
    for (const ars of ["04", "06", "064120000000", "053150000000", "091620000000"]) {
      const org = await db().organisation.findUniqueOrThrow({ where: { ars }, select: { id: true, kind: true, parentId: true } });
      const scope = { ars, landId: org.kind === "LAND" ? org.id : (org.parentId as string), kommuneId: org.kind === "KOMMUNE" ? org.id : null };
      const families = await loadEffectiveFamilies(db(), scope, await regionServiceIds(db(), scope));
      expect(families.size).toBeGreaterThan(20);
      for (const [, e] of families) {
        const expected = await loadEffective(db(), e.articleId);
        expect(e.content).toEqual(expected?.content);
      }
    }
  });

  it("writes byte-identical XML for the same data", async () => {
    const first = await exportXml("064120000000");
    const second = await exportXml("064120000000");
    expect(second.xml).toBe(first.xml);
    expect(second.stand.getTime()).toBeGreaterThan(first.stand.getTime());
  });
});

describe("incremental feed", () => {
  type State = Map<string, PvogNode>;
  function apply(state: State, xml: string): { written: string[]; deleted: string[] } {
    const doc = readLikePvog(xml);
    const written = doc.leistungen.map((l) => {
      state.set(idOf(l), l);
      return idOf(l);
    });
    const deleted = doc.loesche.map((d) => {
      expect(d._klasse).toBe("Leistung");
      state.delete(pvogText(d.id));
      return pvogText(d.id);
    });
    return { written, deleted };
  }
  const full = (xml: string): State => new Map(readLikePvog(xml).leistungen.map((l) => [idOf(l), l]));

  it("a consumer applying every increment in order ends with exactly the full export", async () => {
    const region = "053150000000"; // Köln
    const state: State = new Map();
    const start = await exportXml(region);
    apply(state, start.xml);
    let stand = start.stand;
    expect(state.size).toBe(9);

    // nothing changed: an empty increment
    let next = await exportXml(region, stand, { sinceMarginMs: 0 });
    expect(apply(state, next.xml)).toEqual({ written: [], deleted: [] });
    stand = next.stand;

    // changes straight in the database (the feed sees only data): a renamed Leistung, one taken from its
    // service, a new one, a routing target of NRW, a variant of Köln archived
    const ummeldung = await db().leistung.update({ where: { leikaKey: "99050012071000" }, data: { name: "Gewerbe ummelden" } });
    const abmeldung = await db().leistung.findUniqueOrThrow({ where: { leikaKey: "99050012070000" } });
    await db().serviceLeistung.deleteMany({ where: { leistungId: abmeldung.id } });
    const gewerbe = await db().onlineService.findUniqueOrThrow({ where: { key: "gewerbe-service-online" } });
    await db().leistung.create({ data: { leikaKey: "99050012999000", name: "Gewerbe-Auskunft", services: { create: { serviceId: gewerbe.id } } } });
    const nrw = await db().organisation.findUniqueOrThrow({ where: { ars: "05" } });
    await db().routingTarget.updateMany({ where: { serviceId: gewerbe.id, regionId: nrw.id }, data: { serviceHours: "Mo-Do 08:00-16:00" } });
    await db().article.update({ where: { key: "gw-zahlungsarten-koeln" }, data: { archivedAt: new Date() } });

    next = await exportXml(region, stand, { sinceMarginMs: 0 });
    const first = apply(state, next.xml);
    expect(first.deleted).toEqual(["L99050012070000-053150000000"]);
    expect(first.written).toEqual(["L99050012071000-053150000000", "L99050012104000-053150000000", "L99050012999000-053150000000"]);
    expect(inhalt(modul(state.get("L99050012071000-053150000000") as PvogNode, "02"))).toBe(ummeldung.name);
    stand = next.stand;

    // the Leistung comes back, Köln loses the gewerbe service altogether (NRW stops co-using it)
    await db().serviceLeistung.create({ data: { serviceId: gewerbe.id, leistungId: abmeldung.id } });
    next = await exportXml(region, stand, { sinceMarginMs: 0 });
    expect(apply(state, next.xml)).toEqual({ written: ["L99050012070000-053150000000"], deleted: [] });
    stand = next.stand;
    await db().serviceCoUser.delete({ where: { serviceId_organisationId: { serviceId: gewerbe.id, organisationId: nrw.id } } });
    next = await exportXml(region, stand, { sinceMarginMs: 0 });
    const gone = apply(state, next.xml);
    expect(gone.written).toEqual([]);
    expect(gone.deleted).toEqual(["L99050012070000-053150000000", "L99050012071000-053150000000", "L99050012104000-053150000000", "L99050012999000-053150000000"]);

    const now = full((await exportXml(region)).xml);
    expect(state.size).toBe(now.size);
    expect(new Map([...state].sort(([a], [b]) => a.localeCompare(b)))).toEqual(new Map([...now].sort(([a], [b]) => a.localeCompare(b))));
  });

  it("an increment since before the first export of a region sends everything, and the safety margin resends recent changes", async () => {
    const { xml } = await exportXml("091620000000", new Date("2020-01-01T00:00:00Z"));
    const doc = readLikePvog(xml);
    const all = readLikePvog((await exportXml("091620000000")).xml).leistungen.map(idOf);
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(doc.leistungen.map(idOf)).toEqual(all);
    expect(doc.loesche).toEqual([]);
    const again = readLikePvog((await exportXml("091620000000", new Date(Date.now() - 1000))).xml);
    expect(again.leistungen.map(idOf)).toEqual(all); // changed within the default margin of 2 minutes
  });
});

describe("GET /api/xzufi/leistungen", () => {
  const call = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://localhost/api/xzufi/leistungen${query}`, { headers }));
  let xzufiToken: string;
  let agentToken: string;
  let adminToken: string;
  beforeAll(async () => {
    xzufiToken = (await createApiToken({ orgArs: "06", role: "XZUFI", name: "115 Wissensmanagement" })).token;
    agentToken = (await createApiToken({ orgArs: "06", role: "AGENT", name: "Servicecenter" })).token;
    adminToken = (await createApiToken({ orgArs: "04", role: "ADMIN", name: "Betrieb" })).token;
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("refuses unknown tokens (401) and roles other than XZUFI and ADMIN (403)", async () => {
    const unknown = await call("?region=06", bearer("efa_unbekannt"));
    expect(unknown.status).toBe(401);
    const agent = await call("?region=06", bearer(agentToken));
    expect(agent.status).toBe(403);
    expect(await agent.json()).toMatchObject({ code: "FORBIDDEN", error: expect.stringContaining("XZuFi-Abruf") });
  });

  it("answers bad requests with 400 and a German message naming the field", async () => {
    for (const [query, field, text] of [
      ["", "region", "Region angeben"],
      ["?region=6", "region", "2 Ziffern"],
      ["?region=07", "region", "kein Land und keine Kommune bekannt"],
      ["?region=06&since=gestern", "since", "ISO 8601"],
      [`?region=06&since=${new Date(Date.now() + 86_400_000).toISOString()}`, "since", "Zukunft"],
    ] as const) {
      const res = await call(query, bearer(xzufiToken));
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: string; problems?: { path: string; message: string }[] };
      expect(`${body.error} ${body.problems?.map((p) => p.message).join(" ")}`, query).toContain(text);
      expect(body.problems?.[0]?.path, query).toBe(field);
    }
  });

  it("streams application/xml with ETag, Last-Modified and the Stand, and answers a repeat with 304", async () => {
    const res = await call("?region=06", bearer(xzufiToken));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.body).toBeInstanceOf(ReadableStream);
    const etag = res.headers.get("etag") as string;
    const lastModified = res.headers.get("last-modified") as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(Date.parse(res.headers.get("xzufi-stand") as string)).not.toBeNaN();
    const xml = await res.text();
    const count = readLikePvog(xml).leistungen.length;
    expect(count).toBeGreaterThanOrEqual(9);
    const record = await db().xzufiExport.findFirstOrThrow({ where: { regionArs: "06", via: "API" }, orderBy: { createdAt: "desc" } });
    expect(record).toMatchObject({ status: "COMPLETE", leistungen: count, loeschungen: 0, bytes: Buffer.byteLength(xml), actorLabel: "115 Wissensmanagement", etag });

    const again = await call("?region=06", { ...bearer(xzufiToken), "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await call("?region=06", { ...bearer(xzufiToken), "if-modified-since": lastModified })).status).toBe(304);
    const other = await call("?region=06", { ...bearer(xzufiToken), "if-none-match": '"anders"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe(xml);
    const adminRes = await call("?region=06", bearer(adminToken));
    expect(adminRes.status).toBe(200);
    expect(await adminRes.text()).toBe(xml);
  });

  it("stops the export when the client stops reading, and runs one export per region at a time", async () => {
    const res = await call("?region=064120000000", bearer(xzufiToken));
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain("<?xml");
    const busy = await call("?region=064120000000", bearer(xzufiToken));
    expect(busy.status).toBe(503);
    expect((await busy.json()).error).toContain("läuft gerade ein Export");
    await reader.cancel();
    const record = await db().xzufiExport.findFirstOrThrow({ where: { regionArs: "064120000000", via: "API" }, orderBy: { createdAt: "desc" } });
    expect(record.status).toBe("ABORTED");
    const next = await call("?region=064120000000", bearer(xzufiToken));
    expect(next.status).toBe(200);
    await next.text();
  });
});

describe("admin overview of the exports", () => {
  it("lists the last exports per region, newest first, and says whether downloading again gives the same file", async () => {
    const overview = await getXzufiExportOverview(admin);
    expect(overview.regions.slice(0, 4).map((r) => r.kind)).toEqual(["LAND", "LAND", "LAND", "LAND"]);
    expect(overview.regions.map((r) => r.ars)).toContain("064120000000");
    const frankfurt = overview.recent.find((r) => r.ars === "064120000000");
    expect(frankfurt?.name).toBe("Stadt Frankfurt am Main");
    expect(frankfurt?.exports.length).toBeLessThanOrEqual(5);
    const [latest] = frankfurt?.exports ?? [];
    expect(latest).toMatchObject({ status: "COMPLETE", via: "API", actorLabel: "115 Wissensmanagement", isUnchanged: true, query: "region=064120000000" });
    expect(latest?.sinceQuery).toBe(`region=064120000000&since=${encodeURIComponent(latest?.stand ?? "")}`);
    expect(frankfurt?.exports.some((e) => e.status === "ABORTED")).toBe(true);
    const agent: Actor = { ...admin, role: "AGENT" };
    await expect(getXzufiExportOverview(agent)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().leistung.update({ where: { leikaKey: "99041008000000" }, data: { searchTerms: ["neu"] } });
    const after = await getXzufiExportOverview(admin);
    expect(after.recent.find((r) => r.ars === "064120000000")?.exports[0]?.isUnchanged).toBe(false);
  });
});
