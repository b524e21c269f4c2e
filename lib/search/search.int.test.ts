/**
 * The search against the real PostgreSQL and the real Meilisearch: one effective article per family for a
 * region, validity, co-use, synonyms, typos, umlauts/ß, incidents first, masked search events, and the
 * HTTP route with a bearer token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "../../app/api/search/route";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { dropIndexes, syncIndex, testSearchContext } from "../../tests/integration/search-index";
import type { Actor } from "../auth/actor";
import { createApiToken } from "../auth/api-tokens";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { createUser } from "../users/create-user";
import { createSynonymGroup } from "../synonyms/save-synonym-group";
import { findFreePort } from "../system/free-port";
import { createSearchContext, type SearchContext } from "./meili";
import { searchKnowledgeBase } from "./search";

const ctx: SearchContext = testSearchContext("search");

interface ArticleSpec {
  key: string;
  service?: string;
  type?: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
  title: string;
  shortAnswer?: string;
  validFrom?: string;
  validUntil?: string | null;
  status?: "PUBLISHED" | "ARCHIVED" | "DRAFT";
  incident?: { severity: "BETRIEBSVERHINDERND" | "BETRIEBSBEHINDERND" | "LEICHT"; startedAt: string; resolvedAt: string | null; affectedArs: string[] };
}
interface VariantSpec {
  key: string;
  parent: string;
  regionArs: string;
  changes: Record<string, unknown>;
  status?: "PUBLISHED" | "ARCHIVED";
}

const article = (a: ArticleSpec) => ({
  key: a.key, service: a.service ?? "s-main", type: a.type ?? "FAQ", title: a.title, shortAnswer: a.shortAnswer ?? `Sprechtext zu ${a.title}.`,
  bodyHtml: `<p>Antwort zu ${a.title}.</p>`, keywords: [], categories: ["Verfahren"], leikaKeys: [],
  validFrom: a.validFrom ?? "2020-01-01", validUntil: a.validUntil ?? null, status: a.status ?? "PUBLISHED", incident: a.incident ?? null,
});
const variant = (v: VariantSpec) => ({ ...v, status: v.status ?? "PUBLISHED" });

const ARTICLES: ArticleSpec[] = [
  { key: "quokka", title: "Quokka beantragen" },
  { key: "wombat", title: "Wombat beantragen" },
  { key: "kakadu", title: "Kakadu beantragen" },
  { key: "koala", title: "Koala beantragen", shortAnswer: "Basis zum Koala." },
  { key: "dingo", title: "Dingo beantragen" },
  { key: "emu", title: "Emu beantragen", validUntil: "2020-12-31" },
  { key: "schnabeltier", title: "Schnabeltier beantragen", validFrom: "2099-01-01" },
  { key: "possum", title: "Possum beantragen" },
  { key: "wallaby", service: "s-bayern", title: "Wallaby beantragen" },
  { key: "ausweis", title: "Personalausweis verlängern" },
  { key: "parken", title: "Parken in der Straße vor dem Führerscheinamt" },
  { key: "verwarnung", title: "Verwarnungsgeld bezahlen" },
  { key: "inc-leicht", type: "INCIDENT", title: "Störung: Upload langsam", incident: { severity: "LEICHT", startedAt: "2026-01-01T08:00:00+01:00", resolvedAt: null, affectedArs: [] } },
  { key: "inc-hessen", type: "INCIDENT", title: "Störung: Übermittlung nach Hessen", incident: { severity: "BETRIEBSVERHINDERND", startedAt: "2026-01-02T08:00:00+01:00", resolvedAt: null, affectedArs: ["06"] } },
  { key: "inc-behoben", type: "INCIDENT", title: "Störung behoben: Anmeldung", incident: { severity: "BETRIEBSBEHINDERND", startedAt: "2026-01-01T08:00:00+01:00", resolvedAt: "2026-01-01T12:00:00+01:00", affectedArs: [] } },
  { key: "inc-bayern", service: "s-bayern", type: "INCIDENT", title: "Störung: Bayern-Dienst", incident: { severity: "BETRIEBSBEHINDERND", startedAt: "2026-01-01T08:00:00+01:00", resolvedAt: null, affectedArs: [] } },
];

const VARIANTS: VariantSpec[] = [
  { key: "wombat-he", parent: "wombat", regionArs: "06", changes: { shortAnswer: { mode: "replace", text: "Hessischer Wombat." } } },
  { key: "kakadu-ffm", parent: "kakadu", regionArs: "064120000000", changes: { shortAnswer: { mode: "append", text: "In Frankfurt zusätzlich." } } },
  { key: "koala-he", parent: "koala", regionArs: "06", changes: { shortAnswer: { mode: "append", text: "Hessen ergänzt." } } },
  { key: "koala-ffm", parent: "koala-he", regionArs: "064120000000", changes: { shortAnswer: { mode: "append", text: "Frankfurt ergänzt." } } },
  { key: "dingo-he", parent: "dingo", regionArs: "06", changes: { shortAnswer: { mode: "replace", text: "Hessischer Dingo." } } },
  { key: "possum-he", parent: "possum", regionArs: "06", changes: { validity: { mode: "replace", validFrom: "2020-01-01", validUntil: "2020-12-31" } } },
];

function bundle(articles: ArticleSpec[], variants: VariantSpec[]) {
  return {
    format: "kb-bundle",
    version: 1,
    organisations: [
      { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" },
      { ars: "05", name: "Land Nordrhein-Westfalen", kind: "LAND" },
      { ars: "06", name: "Land Hessen", kind: "LAND" },
      { ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", parentArs: "06" },
      { ars: "064140000000", name: "Landeshauptstadt Wiesbaden", kind: "KOMMUNE", parentArs: "06" },
      { ars: "09", name: "Freistaat Bayern", kind: "LAND" },
    ],
    services: [
      { key: "s-main", name: "Hauptdienst", operatorArs: "04", coUserArs: ["06", "09"], leistungen: [] },
      { key: "s-bayern", name: "Bayern-Dienst", operatorArs: "09", coUserArs: [], leistungen: [] },
    ],
    articles: articles.map(article),
    variants: variants.map(variant),
    routingTargets: [],
    synonyms: [],
  };
}

/** An admin sees every service, so the region alone decides what is found. */
let admin: Actor;
const agentOf = async (ars: string): Promise<Actor> => {
  const org = await db().organisation.findUniqueOrThrow({ where: { ars } });
  return { kind: "user", id: `agent-${ars}`, name: "Agentin", role: "AGENT", organisation: { id: org.id, ars: org.ars, name: org.name, kind: org.kind } };
};
const keysFor = async (q: string, region: string, actor: Actor = admin) => (await searchKnowledgeBase(actor, { q, region }, ctx)).hits.map((h) => h.key);
const topKey = async (q: string, region: string) => (await keysFor(q, region))[0] ?? null;

describe("search for 115 agents (real Meilisearch)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("search");
    await importBundle(bundle(ARTICLES, VARIANTS));
    const bremen = await db().organisation.findUniqueOrThrow({ where: { ars: "04" } });
    const user = await createUser({ email: "admin@example.org", name: "Alex Admin", role: "ADMIN", orgArs: "04", password: "ein-langes-passwort-2026" }, { id: null, label: "Test" });
    admin = { kind: "user", id: user.id, name: "Alex Admin", role: "ADMIN", organisation: { id: bremen.id, ars: "04", name: bremen.name, kind: "LAND" } };
    await syncIndex(ctx);
  });
  afterAll(async () => {
    delete process.env.MEILI_INDEX_PREFIX;
    await dropIndexes(ctx);
    await fresh.drop();
  });

  it("base only: the base article everywhere the service is used", async () => {
    for (const region of ["04", "06", "064120000000", "09"]) expect(await keysFor("Quokka", region)).toEqual(["quokka"]);
  });

  it("Land variant: in the Land and its Kommunen; elsewhere the base", async () => {
    expect(await topKey("Wombat", "06")).toBe("wombat-he");
    expect(await topKey("Wombat", "064140000000")).toBe("wombat-he");
    expect(await topKey("Wombat", "09")).toBe("wombat");
    expect(await keysFor("Wombat", "04")).toEqual(["wombat"]);
  });

  it("Kommune variant: in the Kommune only; the rest of the Land sees the base", async () => {
    expect(await keysFor("Kakadu", "064120000000")).toEqual(["kakadu-ffm"]);
    expect(await keysFor("Kakadu", "064140000000")).toEqual(["kakadu"]);
    expect(await keysFor("Kakadu", "06")).toEqual(["kakadu"]);
  });

  it("Kommune over Land over base, with the appends accumulated", async () => {
    const ffm = await searchKnowledgeBase(admin, { q: "Koala", region: "064120000000" }, ctx);
    expect(ffm.hits.map((h) => h.key)).toEqual(["koala-ffm"]);
    expect(ffm.hits[0]).toMatchObject({ familyKey: "koala", scope: "KOMMUNE", regionArs: "064120000000", isStale: false, shortAnswer: "Basis zum Koala. Hessen ergänzt. Frankfurt ergänzt." });
    expect(await keysFor("Koala", "064140000000")).toEqual(["koala-he"]);
    expect(await keysFor("Koala", "06")).toEqual(["koala-he"]);
    expect(await keysFor("Koala", "09")).toEqual(["koala"]);
  });

  it("validity windows: expired and not yet valid content is not found; a variant's own window applies in its region", async () => {
    for (const region of ["04", "06", "09"]) {
      expect(await keysFor("Emu", region)).toEqual([]);
      expect(await keysFor("Schnabeltier", region)).toEqual([]);
    }
    expect(await keysFor("Possum", "06")).toEqual([]);
    expect(await keysFor("Possum", "064120000000")).toEqual([]);
    expect(await keysFor("Possum", "09")).toEqual(["possum"]);
  });

  it("co-use: only services the region's Land operates or co-uses", async () => {
    expect(await keysFor("Wallaby", "09")).toEqual(["wallaby"]);
    expect(await keysFor("Wallaby", "06")).toEqual([]);
    expect(await keysFor("Wallaby", "04")).toEqual([]);
    expect(await keysFor("Quokka", "05")).toEqual([]);
    // a Kommune that is no organisation here counts by its Land
    expect(await keysFor("Wombat", "064330000000")).toEqual(["wombat-he"]);
  });

  it("hits are read through the article policy: an agent does not get articles of services its Land does not use", async () => {
    expect(await keysFor("Quokka", "06", await agentOf("06"))).toEqual(["quokka"]);
    expect(await keysFor("Wallaby", "09", await agentOf("06"))).toEqual([]);
    expect(await keysFor("Wallaby", "09", await agentOf("09"))).toEqual(["wallaby"]);
  });

  it("typo: Persnalausweis finds Personalausweis", async () => {
    expect(await topKey("Persnalausweis", "06")).toBe("ausweis");
    expect(await topKey("Personalausweiss verlängern", "06")).toBe("ausweis");
  });

  it("German umlauts and ß: Strasse finds Straße, Fuhrerschein finds Führerschein", async () => {
    expect(await topKey("Strasse", "06")).toBe("parken");
    expect(await topKey("Straße", "06")).toBe("parken");
    expect(await topKey("Fuhrerscheinamt", "06")).toBe("parken");
  });

  it("synonyms from the database reach the index through the outbox", async () => {
    expect(await keysFor("Knöllchen", "06")).toEqual([]);
    await createSynonymGroup(admin, { terms: ["Knöllchen", "Verwarnungsgeld", "Strafzettel"] });
    await syncIndex(ctx);
    expect(await topKey("Knöllchen", "06")).toBe("verwarnung");
    expect(await topKey("Strafzettel bezahlen", "064120000000")).toBe("verwarnung");
  });

  it("incidents first: active incidents of the region's services, severest first", async () => {
    const ffm = await searchKnowledgeBase(admin, { q: "Quokka", region: "064120000000" }, ctx);
    expect(ffm.incidents.map((i) => [i.title, i.klasse])).toEqual([
      ["Störung: Übermittlung nach Hessen", "BETRIEBSVERHINDERND"],
      ["Störung: Upload langsam", "LEICHT"],
    ]);
    expect(ffm.incidents[0]).toMatchObject({ concernsHits: true, klasseLabel: "betriebsverhindernd", service: { name: "Hauptdienst" } });
    const bayern = await searchKnowledgeBase(admin, { q: "Quokka", region: "09" }, ctx);
    expect(bayern.incidents.map((i) => i.title)).toEqual(["Störung: Bayern-Dienst", "Störung: Upload langsam"]);
    const incidentHit = (await searchKnowledgeBase(admin, { q: "Übermittlung Hessen", region: "06" }, ctx)).hits[0];
    expect(incidentHit).toMatchObject({ key: "inc-hessen", type: "INCIDENT", incident: { klasse: "BETRIEBSVERHINDERND", isActive: true } });
  });

  it("every search is stored with the query masked, the region and the result count", async () => {
    await searchKnowledgeBase(admin, { q: "Quokka Rückruf 0151 12345678 an max@beispiel.de", region: "064120000000" }, ctx);
    const event = await db().searchEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event).toMatchObject({ queryMasked: "Quokka Rückruf [Telefon] an [E-Mail]", regionArs: "064120000000", resultCount: 1, organisationId: admin.organisation.id });
  });

  it("rejects bad input and roles that may not search, in German", async () => {
    await expect(searchKnowledgeBase(admin, { q: "x".repeat(201), region: "06" }, ctx)).rejects.toMatchObject({ code: "VALIDATION", problems: [{ path: "q", message: expect.stringContaining("200") }] });
    await expect(searchKnowledgeBase(admin, { q: "x", region: "99" }, ctx)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("99") });
    const xzufi: Actor = { ...admin, role: "XZUFI", kind: "token" };
    await expect(searchKnowledgeBase(xzufi, { q: "Quokka", region: "06" }, ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("tells the agent in German when the index is still being built or Meilisearch does not answer", async () => {
    const missing = createSearchContext({ url: process.env.MEILI_URL as string, masterKey: process.env.MEILI_MASTER_KEY as string, indexPrefix: `${ctx.indexPrefix}missing_` });
    await expect(missing.search("nowhere", { q: "Quokka" })).rejects.toMatchObject({ name: "MeilisearchApiError", cause: { code: "index_not_found" }, response: { status: 404 } });
    await expect(searchKnowledgeBase(admin, { q: "Quokka", region: "06" }, missing)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("wird gerade aufgebaut") });
    const down = createSearchContext({ url: `http://127.0.0.1:${await findFreePort()}`, masterKey: "kein-schluessel", indexPrefix: ctx.indexPrefix });
    await expect(searchKnowledgeBase(admin, { q: "Quokka", region: "06" }, down)).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("nicht erreichbar") });
    const wrongKey = createSearchContext({ url: process.env.MEILI_URL as string, masterKey: "falscher-schluessel", indexPrefix: ctx.indexPrefix });
    await expect(wrongKey.search(`${ctx.indexPrefix}articles`, { q: "Quokka" })).rejects.toMatchObject({ name: "MeilisearchApiError", response: { status: 403 } });
  });

  it("publishing the base re-indexes the whole family: descendants show the new text and that they rest on an older base", async () => {
    // read once before, so a hit remembered from this search must give way to the new revision
    expect((await searchKnowledgeBase(admin, { q: "Koala", region: "064120000000" }, ctx)).hits[0]).toMatchObject({ key: "koala-ffm", isStale: false, shortAnswer: "Basis zum Koala. Hessen ergänzt. Frankfurt ergänzt." });
    // only the base: an import that names the variants would re-base them at once
    await importBundle(bundle(ARTICLES.filter((a) => a.key === "koala").map((a) => ({ ...a, shortAnswer: "Neue Basis mit Beutelbaer." })), []));
    await syncIndex(ctx);
    const ffm = await searchKnowledgeBase(admin, { q: "Beutelbaer", region: "064120000000" }, ctx);
    expect(ffm.hits).toHaveLength(1);
    expect(ffm.hits[0]).toMatchObject({ key: "koala-ffm", isStale: true, shortAnswer: "Neue Basis mit Beutelbaer. Hessen ergänzt. Frankfurt ergänzt." });
    expect((await searchKnowledgeBase(admin, { q: "Koala", region: "064120000000" }, ctx)).hits[0]).toMatchObject({ key: "koala-ffm", isStale: true, shortAnswer: "Neue Basis mit Beutelbaer. Hessen ergänzt. Frankfurt ergänzt." });
    expect(await keysFor("Beutelbaer", "06")).toEqual(["koala-he"]);
    expect(await keysFor("Beutelbaer", "09")).toEqual(["koala"]);
  });

  it("an archived variant falls back to its parent", async () => {
    expect(await keysFor("Dingo", "06")).toEqual(["dingo-he"]);
    await importBundle(bundle(ARTICLES, VARIANTS.map((v) => (v.key === "dingo-he" ? { ...v, status: "ARCHIVED" as const } : v))));
    await syncIndex(ctx);
    expect(await keysFor("Dingo", "06")).toEqual(["dingo"]);
    expect(await keysFor("Dingo", "064120000000")).toEqual(["dingo"]);
  });

  it("GET /api/search with an AGENT token answers JSON as described in the OpenAPI document", async () => {
    process.env.MEILI_INDEX_PREFIX = ctx.indexPrefix; // the route reads its index from the environment
    const { token } = await createApiToken({ orgArs: "064120000000", role: "AGENT", name: "Servicecenter" });
    const res = await searchRoute(new Request("http://localhost/api/search?q=Koala&limit=5", { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { key: string; familyKey: string; scope: string; service: { key: string } }[]; incidents: unknown[]; processingMs: number };
    expect(body.hits.map((h) => [h.key, h.familyKey, h.scope, h.service.key])).toEqual([["koala-ffm", "koala", "KOMMUNE", "s-main"]]);
    expect(body.incidents).toHaveLength(2);
    expect(typeof body.processingMs).toBe("number");
    const bad = await searchRoute(new Request("http://localhost/api/search?q=&region=1", { headers: { authorization: `Bearer ${token}` } }));
    expect(bad.status).toBe(400);
  });
});
