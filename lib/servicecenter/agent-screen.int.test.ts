/**
 * The 115 agent screen against the real PostgreSQL and Meilisearch: empty query, one search event per question
 * (search-as-you-type), the opened article, facet counts, feedback with its checks, the detail view (effective
 * member, parts, stale note, routing targets) and the region lookup; the HTTP routes with an agent token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as feedbackRoute } from "../../app/api/feedback/route";
import { GET as organisationsRoute } from "../../app/api/organisations/route";
import { POST as openedRoute } from "../../app/api/search-events/[id]/opened/route";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { dropIndexes, syncIndex, testSearchContext } from "../../tests/integration/search-index";
import type { Actor } from "../auth/actor";
import { createApiToken } from "../auth/api-tokens";
import { importBundle } from "../bundle/import-bundle";
import { db } from "../db";
import { recordFeedback } from "../feedback/record-feedback";
import { searchOrganisations } from "../organisations/search-organisations";
import { NO_FACETS } from "../search/facets";
import type { SearchContext } from "../search/meili";
import { recordOpenedArticle } from "../search/record-opened-article";
import { searchFacets, searchKnowledgeBase } from "../search/search";
import { getAgentAnswer } from "./get-answer";

const ctx: SearchContext = testSearchContext("agent_screen");

const faq = (key: string, title: string, categories: string[], extra: Record<string, unknown> = {}) => ({
  key, service: "s-main", type: "FAQ", title, shortAnswer: `Sprechtext: ${title}.`, bodyHtml: `<p>Antwort zu ${title}.</p>`,
  keywords: [], categories, leikaKeys: [], validFrom: "2020-01-01", validUntil: null, status: "PUBLISHED", incident: null, ...extra,
});
const hours = { BETRIEBSVERHINDERND: 2, BETRIEBSBEHINDERND: 8, LEICHT: 16 };
const target = (service: string, regionArs: string | null, level: "SECOND" | "THIRD", kind: "TECHNICAL" | "FACHLICH", name: string) => ({
  service, regionArs, level, kind, name, channel: "EMAIL", contact: "stelle@example.org", serviceHours: "Mo-Fr 8-16", reactionHours: hours, resolutionHours: hours,
});

function bundle(baseShortAnswer = "Sprechtext: Antrag online stellen.") {
  return {
    format: "kb-bundle",
    version: 1,
    organisations: [
      { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" },
      { ars: "06", name: "Land Hessen", kind: "LAND" },
      { ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", parentArs: "06" },
      { ars: "09", name: "Freistaat Bayern", kind: "LAND" },
      { ars: "091620000000", name: "Landeshauptstadt München", kind: "KOMMUNE", parentArs: "09" },
    ],
    services: [
      { key: "s-main", name: "Hauptdienst", operatorArs: "04", coUserArs: ["06", "09"], leistungen: [] },
      { key: "s-bayern", name: "Bayern-Dienst", operatorArs: "09", coUserArs: [], leistungen: [] },
    ],
    articles: [
      faq("antrag", "Antrag online stellen", ["Verfahren"], { shortAnswer: baseShortAnswer }),
      faq("antrag-frist", "Frist für den Antrag", ["Verfahren", "Formular"]),
      faq("antrag-login", "Antrag: Anmeldung klappt nicht", ["Anmeldung"], { type: "WORKAROUND" }),
      faq("antrag-schulung", "Schulung zum Antrag", ["Inhalt"], { type: "TRAINING" }),
      faq("stoerung", "Störung beim Absenden", ["Technik"], {
        type: "INCIDENT",
        incident: { severity: "BETRIEBSBEHINDERND", startedAt: "2026-01-05T08:00:00+01:00", resolvedAt: null, affectedArs: [], workaround: "antrag-login" },
      }),
      faq("bayern-antrag", "Antrag beim Bayern-Dienst", ["Verfahren"], { service: "s-bayern" }),
    ],
    variants: [
      { key: "antrag-he", parent: "antrag", regionArs: "06", changes: { shortAnswer: { mode: "append", text: "Hessen ergänzt." } }, status: "PUBLISHED" },
      { key: "antrag-ffm", parent: "antrag-he", regionArs: "064120000000", changes: { bodyHtml: { mode: "append", html: "<p>Frankfurt: Bürgeramt hilft.</p>" } }, status: "PUBLISHED" },
      { key: "antrag-login-he", parent: "antrag-login", regionArs: "06", changes: { shortAnswer: { mode: "replace", text: "In Hessen anders." } }, status: "PUBLISHED" },
    ],
    routingTargets: [
      target("s-main", null, "SECOND", "TECHNICAL", "Service Desk Bremen"),
      target("s-main", null, "THIRD", "FACHLICH", "Leitstelle Bremen"),
      target("s-main", "06", "SECOND", "TECHNICAL", "Landes-Service-Desk Hessen"),
      target("s-main", "09", "SECOND", "FACHLICH", "Fachstelle Bayern"),
      target("s-bayern", null, "SECOND", "TECHNICAL", "Desk Bayern-Dienst"),
    ],
    synonyms: [],
  };
}

const agentOf = async (ars: string): Promise<Actor> => {
  const org = await db().organisation.findUniqueOrThrow({ where: { ars } });
  return { kind: "user", id: `agent-${ars}`, name: "Agentin", role: "AGENT", organisation: { id: org.id, ars: org.ars, name: org.name, kind: org.kind } };
};
const idOf = async (key: string) => (await db().article.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
const revisionOf = async (key: string) => (await db().article.findUniqueOrThrow({ where: { key }, select: { publishedRevisionId: true } })).publishedRevisionId as string;
const targetId = async (name: string) => (await db().routingTarget.findFirstOrThrow({ where: { name } })).id;
const uuid = () => crypto.randomUUID();

let hessen: Actor;
let bayern: Actor;

describe("agent screen (real PostgreSQL and Meilisearch)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("agent_screen");
    await importBundle(bundle());
    await syncIndex(ctx);
    hessen = await agentOf("06");
    bayern = await agentOf("09");
  });
  afterAll(async () => {
    delete process.env.MEILI_INDEX_PREFIX;
    await dropIndexes(ctx);
    await fresh.drop();
  });

  it("an empty query lists the region's active incidents only and stores no search", async () => {
    const before = await db().searchEvent.count();
    const r = await searchKnowledgeBase(hessen, { region: "064120000000" }, ctx);
    expect(r).toMatchObject({ hits: [], searchEventId: null, region: { ars: "064120000000", landArs: "06" } });
    expect((await searchFacets(hessen, { region: "064120000000" }, ctx)).facets).toEqual(NO_FACETS);
    expect(r.incidents.map((i) => [i.title, i.klasseLabel, i.workaround?.title])).toEqual([["Störung beim Absenden", "betriebsbehindernd", "Antrag: Anmeldung klappt nicht"]]);
    expect((await searchKnowledgeBase(hessen, { q: "   ", region: "06" }, ctx)).searchEventId).toBeNull();
    expect(await db().searchEvent.count()).toBe(before);
  });

  it("search-as-you-type: one event per searchId with the latest masked query and result count", async () => {
    const searchId = uuid();
    const ids = new Set<string | null>();
    for (const q of ["An", "Antrag", "Antrag Rückruf 0151 1234567"]) ids.add((await searchKnowledgeBase(hessen, { q, region: "064120000000", searchId }, ctx)).searchEventId);
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const events = await db().searchEvent.findMany({ where: { clientKey: searchId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ queryMasked: "Antrag Rückruf [Telefon]", regionArs: "064120000000", organisationId: hessen.organisation.id });
    expect(String(events[0]?.id)).toBe(id);
    expect(events[0]?.resultCount).toBeGreaterThan(0);

    // requests of one search that arrive at the same time still make one event
    const racing = uuid();
    const results = await Promise.all(["Frist", "Frist Antrag", "Frist Antr"].map((q) => searchKnowledgeBase(hessen, { q, region: "06", searchId: racing }, ctx)));
    expect(new Set(results.map((r) => r.searchEventId)).size).toBe(1);
    expect(await db().searchEvent.count({ where: { clientKey: racing } })).toBe(1);

    // another organisation's search with the same id is its own event; no id: one event per request
    const other = await searchKnowledgeBase(bayern, { q: "Antrag", region: "09", searchId }, ctx);
    expect(other.searchEventId).not.toBe(id);
    const a = await searchKnowledgeBase(hessen, { q: "Antrag", region: "06" }, ctx);
    const b = await searchKnowledgeBase(hessen, { q: "Antrag", region: "06" }, ctx);
    expect(a.searchEventId).not.toBe(b.searchEventId);
    await expect(searchKnowledgeBase(hessen, { q: "Antrag", region: "06", searchId: "123" }, ctx)).rejects.toMatchObject({ code: "VALIDATION", problems: [{ path: "searchId", message: expect.stringContaining("UUID") }] });
  });

  it("facets (a request of their own): Meilisearch counts per service, type and category; each facet without its own selection; no search event", async () => {
    expect((await searchKnowledgeBase(hessen, { q: "Antrag", region: "06" }, ctx)).hits.map((h) => h.key).sort()).toEqual(["antrag-frist", "antrag-he", "antrag-login-he", "antrag-schulung"]);
    const events = await db().searchEvent.count();
    const all = await searchFacets(hessen, { q: "Antrag", region: "06" }, ctx);
    expect(all.facets.service).toEqual([{ value: "s-main", label: "Hauptdienst", count: 4 }]);
    expect(all.facets.type).toEqual([
      { value: "FAQ", label: "FAQ", count: 2 },
      { value: "TRAINING", label: "Schulungsunterlage", count: 1 },
      { value: "WORKAROUND", label: "Workaround", count: 1 },
    ]);
    expect(all.facets.category).toEqual([
      { value: "Verfahren", label: "Verfahren (Dauer, Kosten)", count: 2 },
      { value: "Anmeldung", label: "Anmeldung", count: 1 },
      { value: "Formular", label: "Formular", count: 1 },
      { value: "Inhalt", label: "Inhalt der Leistung", count: 1 },
    ]);

    expect((await searchKnowledgeBase(hessen, { q: "Antrag", region: "06", type: "FAQ" }, ctx)).hits.map((h) => h.key).sort()).toEqual(["antrag-frist", "antrag-he"]);
    const faqs = await searchFacets(hessen, { q: "Antrag", region: "06", type: "FAQ" }, ctx);
    // the type facet still offers the other types; the categories are those of the FAQs
    expect(faqs.facets.type.map((f) => [f.value, f.count])).toEqual([["FAQ", 2], ["TRAINING", 1], ["WORKAROUND", 1]]);
    expect(faqs.facets.category.map((f) => [f.value, f.count])).toEqual([["Verfahren", 2], ["Formular", 1]]);

    // a selection without hits stays offered so it can be undone
    expect((await searchKnowledgeBase(hessen, { q: "Frist", region: "06", category: "Anmeldung" }, ctx)).hits).toEqual([]);
    const none = await searchFacets(hessen, { q: "Frist", region: "06", category: "Anmeldung" }, ctx);
    expect(none.facets.category).toContainEqual({ value: "Anmeldung", label: "Anmeldung", count: 0 });
    expect(none.facets.category).toContainEqual({ value: "Formular", label: "Formular", count: 1 });
    expect(await db().searchEvent.count()).toBe(events + 2);
    await expect(searchFacets(hessen, { q: "Antrag", region: "99" }, ctx)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("99") });
  });

  it("facets right after a search count over its passes, without running the ranking again", async () => {
    let rankings = 0;
    const counting: SearchContext = { ...ctx, search: (indexUid, params) => (rankings++, ctx.search(indexUid, params)) };
    const input = { q: "Frist Antrag Rückruf", region: "064120000000" };
    const alone = await searchFacets(hessen, input, counting); // no search before it: the ranking runs
    expect(rankings).toBeGreaterThan(0);
    await searchKnowledgeBase(hessen, input, counting);
    const afterSearch = rankings;
    expect(await searchFacets(hessen, input, counting)).toMatchObject({ facets: alone.facets });
    expect(rankings).toBe(afterSearch);
    // another selection is another search: its passes are not those of the one before
    await searchFacets(hessen, { ...input, type: "FAQ" }, counting);
    expect(rankings).toBeGreaterThan(afterSearch);
  });

  it("before the worker built the index, a search says so (503) instead of failing", async () => {
    await expect(searchKnowledgeBase(hessen, { q: "Antrag", region: "06" }, testSearchContext("noch_leer"))).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("wird gerade aufgebaut") });
  });

  it("hits carry the owner region's name and the categories for the badges", async () => {
    const r = await searchKnowledgeBase(hessen, { q: "online stellen", region: "064120000000" }, ctx);
    expect(r.hits[0]).toMatchObject({ key: "antrag-ffm", scope: "KOMMUNE", regionName: "Stadt Frankfurt am Main", categories: ["Verfahren"] });
  });

  it("records the article opened from a search on the organisation's own event only", async () => {
    const { searchEventId, hits } = await searchKnowledgeBase(hessen, { q: "Frist", region: "06", searchId: uuid() }, ctx);
    const articleId = hits[0]?.id as string;
    await recordOpenedArticle(hessen, searchEventId as string, { articleId });
    const event = await db().searchEvent.findUniqueOrThrow({ where: { id: BigInt(searchEventId as string) } });
    expect(event.openedArticleId).toBe(articleId);
    expect(event.openedAt).toBeInstanceOf(Date);

    await expect(recordOpenedArticle(bayern, searchEventId as string, { articleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordOpenedArticle(hessen, "abc", { articleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordOpenedArticle(hessen, "999999999", { articleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordOpenedArticle(hessen, searchEventId as string, { articleId: await idOf("bayern-antrag") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordOpenedArticle(hessen, searchEventId as string, { articleId, extra: true })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db().searchEvent.findUniqueOrThrow({ where: { id: BigInt(searchEventId as string) } })).openedArticleId).toBe(articleId);
  });

  it("feedback: stored with organisation, region, revision and search; the reason is masked", async () => {
    const { searchEventId } = await searchKnowledgeBase(hessen, { q: "Antrag", region: "064120000000", searchId: uuid() }, ctx);
    const articleId = await idOf("antrag-ffm");
    const revisionId = await revisionOf("antrag-ffm");
    const helped = await recordFeedback(hessen, { articleId, revisionId, region: "064120000000", outcome: "GELOEST", searchEventId });
    expect(await db().feedbackEvent.findUniqueOrThrow({ where: { id: BigInt(helped.id) } })).toMatchObject({
      articleId, revisionId, organisationId: hessen.organisation.id, regionArs: "064120000000", outcome: "GELOEST", reason: null, routingTargetId: null, searchEventId: BigInt(searchEventId as string),
    });

    const notSolved = await recordFeedback(hessen, { articleId, revisionId, region: "064120000000", outcome: "NICHT_GELOEST", reason: "Rückruf an 0151 1234567 oder max@beispiel.de erbeten" });
    expect((await db().feedbackEvent.findUniqueOrThrow({ where: { id: BigInt(notSolved.id) } })).reason).toBe("Rückruf an [Telefon] oder [E-Mail] erbeten");

    const forwarded = await recordFeedback(hessen, { articleId, revisionId, region: "064120000000", outcome: "WEITERGELEITET", routingTargetId: await targetId("Landes-Service-Desk Hessen") });
    expect((await db().feedbackEvent.findUniqueOrThrow({ where: { id: BigInt(forwarded.id) } })).routingTargetId).toBe(await targetId("Landes-Service-Desk Hessen"));
  });

  it("feedback is refused, in German and without a trace, when something does not fit", async () => {
    const articleId = await idOf("antrag-ffm");
    const revisionId = await revisionOf("antrag-ffm");
    const base = { articleId, revisionId, region: "064120000000" };
    const before = await db().feedbackEvent.count();
    const bayernEvent = (await searchKnowledgeBase(bayern, { q: "Antrag", region: "09" }, ctx)).searchEventId as string;
    const cases: [unknown, string, string][] = [
      // routing targets: another service, another Land, a base entry the Land replaces
      [{ ...base, outcome: "WEITERGELEITET", routingTargetId: await targetId("Desk Bayern-Dienst") }, "VALIDATION", "routingTargetId"],
      [{ ...base, outcome: "WEITERGELEITET", routingTargetId: await targetId("Fachstelle Bayern") }, "VALIDATION", "routingTargetId"],
      [{ ...base, outcome: "WEITERGELEITET", routingTargetId: await targetId("Service Desk Bremen") }, "VALIDATION", "routingTargetId"],
      [{ ...base, revisionId: await revisionOf("antrag-frist"), outcome: "GELOEST" }, "VALIDATION", "revisionId"],
      [{ ...base, outcome: "GELOEST", searchEventId: bayernEvent }, "VALIDATION", "searchEventId"],
      [{ ...base, outcome: "GELOEST", region: "99" }, "VALIDATION", "region"],
      [{ ...base, outcome: "NICHT_GELOEST", reason: "x".repeat(501) }, "VALIDATION", "reason"],
      [{ ...base, outcome: "WEITERGELEITET" }, "VALIDATION", "routingTargetId"],
    ];
    for (const [input, code, path] of cases) {
      const error = await recordFeedback(hessen, input).then(() => null, (e: unknown) => e);
      expect(error, JSON.stringify(input)).toMatchObject({ code, message: expect.any(String) });
      const problems = (error as { problems: { path: string }[] }).problems;
      if (path === "region") expect((error as Error).message).toContain("99");
      else expect(problems.map((p) => p.path)).toContain(path);
    }
    await expect(recordFeedback(hessen, { ...base, articleId: await idOf("bayern-antrag"), revisionId: await revisionOf("bayern-antrag"), outcome: "GELOEST" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordFeedback(hessen, { ...base, articleId: "gibt-es-nicht", outcome: "GELOEST" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordFeedback({ ...hessen, role: "XZUFI", kind: "token" }, { ...base, outcome: "GELOEST" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().feedbackEvent.count()).toBe(before);
  });

  it("detail view: the region's effective member, who wrote which part, routing targets of the region, other incidents", async () => {
    const baseId = await idOf("antrag");
    const redirect = await getAgentAnswer(hessen, baseId, "064120000000");
    expect(redirect).toEqual({ redirectTo: await idOf("antrag-ffm"), regionArs: "064120000000" });
    expect(await getAgentAnswer(hessen, baseId, "09")).toMatchObject({ id: baseId, scope: "BASE" });
    // a workaround link names the base; Hessen has its own version
    expect(await getAgentAnswer(hessen, await idOf("antrag-login"), "06")).toEqual({ redirectTo: await idOf("antrag-login-he"), regionArs: "06" });

    const a = await getAgentAnswer(hessen, await idOf("antrag-ffm"), "064120000000");
    if ("redirectTo" in a) throw new Error("unerwartete Weiterleitung");
    expect(a).toMatchObject({ scope: "KOMMUNE", owner: { name: "Stadt Frankfurt am Main" }, revisionId: await revisionOf("antrag-ffm"), staleVariants: [], isValidToday: true, incident: null });
    expect(a.region).toEqual({ ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", land: { ars: "06", name: "Land Hessen" } });
    expect(a.content.shortAnswer).toBe("Sprechtext: Antrag online stellen. Hessen ergänzt.");
    expect(a.content.shortAnswerParts.map((p) => [p.level, p.orgName])).toEqual([["base", "Freie Hansestadt Bremen"], ["land", "Land Hessen"]]);
    expect(a.content.bodySegments.map((s) => [s.level, s.orgName])).toEqual([["base", "Freie Hansestadt Bremen"], ["kommune", "Stadt Frankfurt am Main"]]);
    expect(a.content.bodySegments[1]?.html).toContain("Bürgeramt");
    expect(a.routingTargets.map((t) => [t.name, t.level, t.kind, t.isRegional])).toEqual([
      ["Landes-Service-Desk Hessen", "SECOND", "TECHNICAL", true],
      ["Leitstelle Bremen", "THIRD", "FACHLICH", false],
    ]);
    expect(a.routingTargets[0]?.hours.BETRIEBSVERHINDERND).toEqual({ reaction: 2, resolution: 2 });
    expect(a.incidents.map((i) => i.title)).toEqual(["Störung beim Absenden"]);
    expect(a.lastChangedAt).not.toBeNull();

    const inc = await getAgentAnswer(hessen, await idOf("stoerung"), "06");
    if ("redirectTo" in inc) throw new Error("unerwartete Weiterleitung");
    expect(inc.incident).toMatchObject({ klasse: "BETRIEBSBEHINDERND", isActive: true, workaround: { title: "Antrag: Anmeldung klappt nicht" } });
    expect(inc.incidents).toEqual([]);

    await expect(getAgentAnswer(hessen, await idOf("bayern-antrag"), "06")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAgentAnswer(hessen, "gibt-es-nicht", "06")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("detail view: a variant on an older base says so", async () => {
    await importBundle({ ...bundle("Neue Basis."), variants: [] });
    const a = await getAgentAnswer(hessen, await idOf("antrag-ffm"), "064120000000");
    if ("redirectTo" in a) throw new Error("unerwartete Weiterleitung");
    expect(a.staleVariants).toEqual(["Land Hessen"]);
    expect(a.content.shortAnswer).toBe("Neue Basis. Hessen ergänzt.");
  });

  it("region lookup: Länder and Kommunen by name (also without umlauts) or ARS", async () => {
    expect((await searchOrganisations(hessen, { q: "frankfurt" })).organisations).toEqual([{ ars: "064120000000", name: "Stadt Frankfurt am Main", kind: "KOMMUNE", land: { ars: "06", name: "Land Hessen" } }]);
    expect((await searchOrganisations(hessen, { q: "06" })).organisations.map((o) => o.ars)).toEqual(["06", "064120000000"]);
    expect((await searchOrganisations(hessen, { q: "Muenchen" })).organisations.map((o) => o.name)).toEqual(["Landeshauptstadt München"]);
    expect((await searchOrganisations(hessen, { q: "a", limit: 2 })).organisations).toHaveLength(2);
    await expect(searchOrganisations(hessen, { q: "" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(searchOrganisations({ ...hessen, role: "XZUFI", kind: "token" }, { q: "Hessen" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("HTTP: an agent token gives feedback, records an opened article and looks up regions", async () => {
    process.env.MEILI_INDEX_PREFIX = ctx.indexPrefix;
    const { token } = await createApiToken({ orgArs: "06", role: "AGENT", name: "Servicecenter Hessen" });
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const articleId = await idOf("antrag-he");
    const { searchEventId } = await searchKnowledgeBase(hessen, { q: "Antrag", region: "06", searchId: uuid() }, ctx);

    const res = await feedbackRoute(new Request("http://localhost/api/feedback", { method: "POST", headers: auth, body: JSON.stringify({ articleId, revisionId: await revisionOf("antrag-he"), region: "06", outcome: "GELOEST", searchEventId }) }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ outcome: "GELOEST" });
    const bad = await feedbackRoute(new Request("http://localhost/api/feedback", { method: "POST", headers: auth, body: JSON.stringify({ articleId, outcome: "VIELLEICHT" }) }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "VALIDATION", problems: expect.arrayContaining([{ path: "outcome", message: expect.stringContaining("Bitte wählen") }]) });

    const opened = await openedRoute(new Request(`http://localhost/api/search-events/${searchEventId}/opened`, { method: "POST", headers: auth, body: JSON.stringify({ articleId }) }), { params: Promise.resolve({ id: searchEventId as string }) });
    expect(opened.status).toBe(204);
    expect((await db().searchEvent.findUniqueOrThrow({ where: { id: BigInt(searchEventId as string) } })).openedArticleId).toBe(articleId);

    const regions = await organisationsRoute(new Request("http://localhost/api/organisations?q=Frankfurt", { headers: auth }));
    expect(regions.status).toBe(200);
    expect(((await regions.json()) as { organisations: { ars: string }[] }).organisations.map((o) => o.ars)).toEqual(["064120000000"]);
  });
});
