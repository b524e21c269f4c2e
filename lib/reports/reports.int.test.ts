import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as s6Route } from "../../app/api/reports/s6/route";
import type { FeedbackOutcome, Stoerungsklasse } from "../../generated/prisma/enums";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import type { Actor, Role } from "../auth/actor";
import { createApiToken } from "../auth/api-tokens";
import { db } from "../db";
import { getS6Export, getS6Report } from "./get-s6-report";
import type { S6Part } from "./s6-report";

/**
 * S6 aggregations and the report API on the real PostgreSQL: scopes (MiV: own Land with its Kommunen; BeV:
 * operated services over the Länder using them, per Land), period bounds in German time, service attribution,
 * k-anonymity in the CSV, bad input.
 */
describe("S6 report (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  type Org = { id: string; ars: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" };
  const orgs = {} as Record<"bund" | "bremen" | "nrw" | "hessen" | "bayern" | "frankfurt", Org>;
  const services = {} as Record<"eg" | "uvo" | "wsa", string>;
  const articles = {} as Record<"a1" | "a1he" | "a2" | "b1" | "c1", string>;
  const targets = {} as Record<"egBase" | "egHessen", string>;
  const now = new Date("2026-12-05T10:00:00Z");
  const NOV = { from: "2026-11-01", to: "2026-11-30" };

  const actor = (role: Role, org: Org): Actor => ({ kind: "user", id: `u-${role}-${org.ars}`, name: role, role, organisation: org });
  let n = 0;

  async function article(serviceId: string, ownerOrgId: string, title: string | null, parent?: string): Promise<string> {
    const key = `art-${++n}`;
    const a = await db().article.create({ data: { key, type: "FAQ", serviceId, ownerOrgId, parentId: parent, rootId: parent } });
    const rev = await db().revision.create({ data: { articleId: a.id, number: 1, status: "PUBLISHED", title, publishedAt: new Date("2026-10-01T08:00:00Z") } });
    await db().article.update({ where: { id: a.id }, data: { publishedRevisionId: rev.id, headRevisionId: rev.id } });
    return a.id;
  }

  async function incident(serviceId: string, key: string, klasse: Stoerungsklasse, startedAt: string, resolvedAt: string | null, affected: string[]) {
    const a = await db().article.create({ data: { key, type: "INCIDENT", serviceId, ownerOrgId: orgs.bremen.id } });
    const rev = await db().revision.create({
      data: {
        articleId: a.id, number: 1, status: "PUBLISHED", title: `Störung ${key}`, publishedAt: new Date(startedAt),
        incident: { create: { klasse, startedAt: new Date(startedAt), resolvedAt: resolvedAt ? new Date(resolvedAt) : null, affectedRegions: { create: affected.map((organisationId) => ({ organisationId })) } } },
      },
    });
    await db().article.update({ where: { id: a.id }, data: { publishedRevisionId: rev.id, headRevisionId: rev.id } });
  }

  async function searches(count: number, e: { at: string; regionArs: string; query: string; results?: number; serviceId?: string; opened?: string }) {
    await db().searchEvent.createMany({
      data: Array.from({ length: count }, () => ({
        at: new Date(e.at), regionArs: e.regionArs, queryMasked: e.query, resultCount: e.results ?? 3, serviceId: e.serviceId ?? null,
        openedArticleId: e.opened ?? null, openedAt: e.opened ? new Date(e.at) : null,
      })),
    });
  }

  async function feedback(count: number, e: { at: string; regionArs: string; articleId: string; outcome: FeedbackOutcome; reason?: string; target?: string }) {
    await db().feedbackEvent.createMany({
      data: Array.from({ length: count }, () => ({ at: new Date(e.at), regionArs: e.regionArs, articleId: e.articleId, outcome: e.outcome, reason: e.reason ?? null, routingTargetId: e.target ?? null })),
    });
  }

  beforeAll(async () => {
    fresh = await createFreshDatabase("reports");
    const create = async (ars: string, name: string, kind: Org["kind"], parentId?: string): Promise<Org> => {
      const o = await db().organisation.create({ data: { ars, name, kind, parentId } });
      return { id: o.id, ars: o.ars, name: o.name, kind: o.kind };
    };
    orgs.bund = await create("00", "Bund", "BUND");
    orgs.bremen = await create("04", "Freie Hansestadt Bremen", "LAND");
    orgs.nrw = await create("05", "Nordrhein-Westfalen", "LAND");
    orgs.hessen = await create("06", "Land Hessen", "LAND");
    orgs.bayern = await create("09", "Freistaat Bayern", "LAND");
    orgs.frankfurt = await create("064120000000", "Stadt Frankfurt am Main", "KOMMUNE", orgs.hessen.id);
    const service = async (key: string, name: string, operatorId: string, coUsers: string[]) =>
      (await db().onlineService.create({ data: { key, name, operatorId, coUsers: { create: coUsers.map((organisationId) => ({ organisationId })) } } })).id;
    services.eg = await service("elterngeld-digital", "Elterngeld digital", orgs.bremen.id, [orgs.hessen.id, orgs.bayern.id]);
    services.uvo = await service("unterhaltsvorschuss-online", "Unterhaltsvorschuss online", orgs.bremen.id, [orgs.hessen.id]);
    services.wsa = await service("wohnsitzanmeldung-online", "Wohnsitzanmeldung online", orgs.bayern.id, [orgs.hessen.id, orgs.nrw.id]);

    articles.a1 = await article(services.eg, orgs.bremen.id, "BundID-Passwort vergessen");
    articles.a1he = await article(services.eg, orgs.hessen.id, null, articles.a1); // variant: counts with its family
    articles.a2 = await article(services.eg, orgs.bremen.id, "Wie hoch ist das Elterngeld?");
    articles.b1 = await article(services.uvo, orgs.bremen.id, "Unterhaltsvorschuss beantragen");
    articles.c1 = await article(services.wsa, orgs.bayern.id, "Ummelden online");
    const target = async (regionId: string | null, name: string) =>
      (await db().routingTarget.create({
        data: {
          serviceId: services.eg, regionId, level: "SECOND", kind: regionId ? "FACHLICH" : "TECHNICAL", name, channel: "EMAIL", contact: "x@example.org", serviceHours: "Mo-Fr 08:00-16:00",
          reactionHoursVerhindernd: 2, reactionHoursBehindernd: 8, reactionHoursLeicht: 16, resolutionHoursVerhindernd: 8, resolutionHoursBehindernd: 24, resolutionHoursLeicht: 80,
        },
      })).id;
    targets.egBase = await target(null, "Service Desk Elterngeld digital");
    targets.egHessen = await target(orgs.hessen.id, "Fachkoordination Elterngeld Hessen");

    // Hessen and its Kommune
    await searches(6, { at: "2026-11-02T09:00:00Z", regionArs: "06", query: "bundid passwort vergessen", opened: articles.a1he });
    await searches(2, { at: "2026-11-03T09:00:00Z", regionArs: "064120000000", query: "BundID Passwort vergessen", serviceId: services.eg });
    await searches(3, { at: "2026-11-04T09:00:00Z", regionArs: "06", query: "rückruf 0171 1234567" }); // stored before masking
    await searches(4, { at: "2026-11-05T09:00:00Z", regionArs: "06", query: "kinderzuschlag", results: 0 });
    await searches(1, { at: "2026-11-05T10:00:00Z", regionArs: "06", query: "ummelden", opened: articles.c1 });
    await searches(1, { at: "2026-10-31T23:30:00Z", regionArs: "06", query: "antrag status", serviceId: services.eg }); // 01.11. 00:30 in Berlin
    await searches(1, { at: "2026-10-31T22:59:00Z", regionArs: "06", query: "zu früh", serviceId: services.eg }); // 31.10. 23:59 in Berlin
    await searches(1, { at: "2026-11-30T23:30:00Z", regionArs: "06", query: "zu spät", serviceId: services.eg }); // 01.12. 00:30 in Berlin
    // other Länder
    await searches(5, { at: "2026-11-10T09:00:00Z", regionArs: "09", query: "elterngeld höhe", serviceId: services.eg, opened: articles.a2 });
    await searches(2, { at: "2026-11-10T09:00:00Z", regionArs: "091620000000", query: "ummelden", serviceId: services.wsa });
    await searches(1, { at: "2026-11-11T09:00:00Z", regionArs: "04", query: "elterngeld", serviceId: services.eg });

    await feedback(2, { at: "2026-11-02T09:05:00Z", regionArs: "06", articleId: articles.a1he, outcome: "NICHT_GELOEST", reason: "Antwort veraltet" });
    await feedback(1, { at: "2026-11-02T09:05:00Z", regionArs: "064120000000", articleId: articles.a1he, outcome: "NICHT_GELOEST", reason: "Fall nicht abgedeckt" });
    await feedback(5, { at: "2026-11-06T09:05:00Z", regionArs: "06", articleId: articles.b1, outcome: "NICHT_GELOEST", reason: "Antwort veraltet" });
    await feedback(1, { at: "2026-11-06T09:05:00Z", regionArs: "06", articleId: articles.b1, outcome: "NICHT_GELOEST" });
    await feedback(2, { at: "2026-11-07T09:05:00Z", regionArs: "06", articleId: articles.a2, outcome: "GELOEST" });
    await feedback(5, { at: "2026-11-08T09:05:00Z", regionArs: "06", articleId: articles.a1, outcome: "WEITERGELEITET", target: targets.egHessen });
    await feedback(1, { at: "2026-11-08T09:05:00Z", regionArs: "06", articleId: articles.a1, outcome: "WEITERGELEITET" });
    await feedback(7, { at: "2026-11-10T09:05:00Z", regionArs: "09", articleId: articles.a2, outcome: "WEITERGELEITET", target: targets.egBase });
    await feedback(1, { at: "2026-11-10T09:05:00Z", regionArs: "09", articleId: articles.c1, outcome: "NICHT_GELOEST", reason: "Antwort veraltet" });
    await feedback(3, { at: "2026-12-01T09:05:00Z", regionArs: "06", articleId: articles.b1, outcome: "NICHT_GELOEST" }); // after the period

    await incident(services.eg, "eg-stoerung-hessen", "BETRIEBSBEHINDERND", "2026-11-20T06:30:00Z", null, [orgs.hessen.id]);
    await incident(services.eg, "eg-stoerung-bayern", "LEICHT", "2026-11-12T08:00:00Z", "2026-11-12T10:15:00Z", [orgs.bayern.id]);
    await incident(services.eg, "eg-stoerung-alle", "BETRIEBSVERHINDERND", "2026-10-31T20:00:00Z", "2026-11-01T07:05:00Z", []);
    await incident(services.eg, "eg-stoerung-oktober", "BETRIEBSVERHINDERND", "2026-10-20T08:00:00Z", "2026-10-20T09:00:00Z", []);
    await incident(services.wsa, "wsa-stoerung", "LEICHT", "2026-11-15T08:00:00Z", "2026-11-15T09:00:00Z", []);
  });

  afterAll(async () => {
    await fresh?.drop();
  });

  const queries = (part: S6Part) => Object.fromEntries(part.topQueries.map((q) => [q.query, q.count]));

  it("MiV: its Land and its Kommunen, all services, within the period in German time", async () => {
    const { report } = await getS6Report(actor("MIV", orgs.hessen), NOV, { now });
    expect(report).toMatchObject({ kind: "LAND", land: { ars: "06", name: "Hessen" }, period: { from: "2026-11-01", to: "2026-11-30", days: 30 }, service: null, isAnonymised: false });
    expect(report.parts).toHaveLength(1);
    const part = report.parts[0] as S6Part;
    expect(part.totals).toEqual({ searches: 17, searchesWithoutResults: 4, searchesWithOpenedArticle: 7, feedbackGeloest: 2, feedbackNichtGeloest: 9, feedbackWeitergeleitet: 6 });
    expect(queries(part)).toEqual({ "bundid passwort vergessen": 8, kinderzuschlag: 4, "rückruf [Telefon]": 3, ummelden: 1, "antrag status": 1 });
    expect(part.zeroResultQueries).toEqual([{ query: "kinderzuschlag", count: 4 }]);
    expect(part.searchesPerDay).toHaveLength(30);
    expect(part.searchesPerDay.slice(0, 5)).toEqual([
      { date: "2026-11-01", count: 1 }, { date: "2026-11-02", count: 6 }, { date: "2026-11-03", count: 2 }, { date: "2026-11-04", count: 3 }, { date: "2026-11-05", count: 5 },
    ]);
    expect(part.searchesPerWeek[0]).toEqual({ week: "2026-W44", from: "2026-11-01", to: "2026-11-01", count: 1 });
    expect(part.searchesPerWeek[1]).toEqual({ week: "2026-W45", from: "2026-11-02", to: "2026-11-08", count: 16 });
    expect(part.searchesPerWeek.reduce((s, w) => s + w.count, 0)).toBe(17);
    expect(part.openedArticles.map((a) => [a.title, a.count])).toEqual([["BundID-Passwort vergessen", 6], ["Ummelden online", 1]]);
    expect(part.notSolvedArticles).toEqual([
      { key: expect.any(String), title: "Unterhaltsvorschuss beantragen", serviceKey: "unterhaltsvorschuss-online", count: 6, reasons: [{ reason: "Antwort veraltet", count: 5 }, { reason: "(ohne Angabe)", count: 1 }] },
      { key: expect.any(String), title: "BundID-Passwort vergessen", serviceKey: "elterngeld-digital", count: 3, reasons: [{ reason: "Antwort veraltet", count: 2 }, { reason: "Fall nicht abgedeckt", count: 1 }] },
    ]);
    expect(part.forwards).toEqual([
      { routingTargetId: targets.egHessen, name: "Fachkoordination Elterngeld Hessen", level: "SECOND", kind: "FACHLICH", serviceKey: "elterngeld-digital", count: 5 },
      { routingTargetId: null, name: "(ohne Angabe des Ziels)", level: null, kind: null, serviceKey: null, count: 1 },
    ]);
    // incidents of the services Hessen uses that affect Hessen (or all Länder) and overlap November
    expect(report.incidents.map((i) => [i.key, i.durationMinutes, i.isOngoing])).toEqual([
      ["eg-stoerung-alle", 665, false],
      ["wsa-stoerung", 60, false],
      ["eg-stoerung-hessen", null, true],
    ]);
  });

  it("MiV with a service: searches by their own service or by the opened article's", async () => {
    const { report } = await getS6Report(actor("MIV", orgs.hessen), { ...NOV, service: "elterngeld-digital" }, { now });
    const part = report.parts[0] as S6Part;
    expect(part.totals.searches).toBe(9); // 6 opened a variant of elterngeld-digital, 2 + 1 narrowed to it
    expect(part.totals.feedbackNichtGeloest).toBe(3);
    expect(report.incidents.map((i) => i.key)).toEqual(["eg-stoerung-alle", "eg-stoerung-hessen"]);
  });

  it("BeV: its services over the Länder using them, in total and per Land", async () => {
    const { report } = await getS6Report(actor("BEV", orgs.bremen), NOV, { now });
    expect(report.kind).toBe("BETREIBER");
    expect(report.services.map((s) => s.key)).toEqual(["elterngeld-digital", "unterhaltsvorschuss-online"]);
    expect(report.parts.map((p) => p.land?.ars ?? "alle")).toEqual(["alle", "04", "06", "09"]);
    const [all, bremen, hessen, bayern] = report.parts as [S6Part, S6Part, S6Part, S6Part];
    expect(all.totals).toEqual({ searches: 15, searchesWithoutResults: 0, searchesWithOpenedArticle: 11, feedbackGeloest: 2, feedbackNichtGeloest: 9, feedbackWeitergeleitet: 13 });
    expect([bremen.totals.searches, hessen.totals.searches, bayern.totals.searches]).toEqual([1, 9, 5]);
    expect(queries(all)).toEqual({ "bundid passwort vergessen": 8, "elterngeld höhe": 5, "antrag status": 1, elterngeld: 1 });
    expect(all.forwards.map((f) => [f.name, f.count])).toEqual([["Service Desk Elterngeld digital", 7], ["Fachkoordination Elterngeld Hessen", 5], ["(ohne Angabe des Ziels)", 1]]);
    expect(bayern.forwards.map((f) => [f.name, f.count])).toEqual([["Service Desk Elterngeld digital", 7]]);
    expect(bayern.notSolvedArticles).toEqual([]); // Bayern's feedback on wsa is not Bremen's
    expect(report.incidents.map((i) => i.key)).toEqual(["eg-stoerung-alle", "eg-stoerung-bayern", "eg-stoerung-hessen"]);
  });

  it("BeV for one Land and one service", async () => {
    const { report } = await getS6Report(actor("BEV", orgs.bremen), { ...NOV, land: "09", service: "elterngeld-digital" }, { now });
    expect(report.parts).toHaveLength(1);
    expect(report.land).toEqual({ ars: "09", name: "Bayern" });
    expect(report.parts[0]?.totals).toMatchObject({ searches: 5, feedbackWeitergeleitet: 7 });
    expect(report.incidents.map((i) => i.key)).toEqual(["eg-stoerung-alle", "eg-stoerung-bayern"]);
  });

  it("k-anonymity: counts 1-4 become '< 5', rare free texts are left out of the export", async () => {
    const report = await getS6Export(actor("MIV", orgs.hessen), NOV, { now });
    const part = report.parts[0] as S6Part<number | "< 5">;
    expect(report.isAnonymised).toBe(true);
    expect(part.totals).toEqual({ searches: 17, searchesWithoutResults: "< 5", searchesWithOpenedArticle: 7, feedbackGeloest: "< 5", feedbackNichtGeloest: 9, feedbackWeitergeleitet: 6 });
    expect(part.topQueries).toEqual([{ query: "bundid passwort vergessen", count: 8 }]);
    expect(part.zeroResultQueries).toEqual([]);
    expect(part.notSolvedArticles.map((a) => [a.title, a.count, a.reasons])).toEqual([
      ["Unterhaltsvorschuss beantragen", 6, [{ reason: "Antwort veraltet", count: 5 }]],
      ["BundID-Passwort vergessen", "< 5", []],
    ]);
    expect(part.searchesPerDay.find((d) => d.date === "2026-11-06")?.count).toBe(0);
  });

  it("authorises: another Land, another operator's service, other roles", async () => {
    await expect(getS6Report(actor("MIV", orgs.hessen), { ...NOV, land: "09" }, { now })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Hessen (06)") });
    await expect(getS6Report(actor("MIV", orgs.bremen), { ...NOV, service: "wohnsitzanmeldung-online" }, { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getS6Report(actor("BEV", orgs.bremen), { ...NOV, service: "wohnsitzanmeldung-online" }, { now })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Bayern (09)") });
    await expect(getS6Report(actor("BEV", orgs.bremen), { ...NOV, land: "05" }, { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const role of ["AGENT", "ADMIN", "REVIEWER", "KOMMUNE", "XZUFI"] as Role[]) {
      await expect(getS6Report(actor(role, orgs.hessen), NOV, { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getS6Report(actor("MIV", orgs.frankfurt), NOV, { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  describe("GET /api/reports/s6", () => {
    let miv = "";
    let bev = "";
    let agent = "";
    beforeAll(async () => {
      miv = (await createApiToken({ orgArs: "06", role: "MIV", name: "MiV Hessen" })).token;
      bev = (await createApiToken({ orgArs: "04", role: "BEV", name: "BeV Bremen" })).token;
      agent = (await createApiToken({ orgArs: "06", role: "AGENT", name: "115 Hessen" })).token;
    });
    const call = (token: string, query: string) => s6Route(new Request(`http://localhost/api/reports/s6?${query}`, { headers: { authorization: `Bearer ${token}` } }));

    it("answers JSON with exact counts", async () => {
      const res = await call(miv, "from=2026-11-01&to=2026-11-30");
      expect(res.status).toBe(200);
      const body = (await res.json()) as { parts: S6Part[]; isAnonymised: boolean };
      expect(body.isAnonymised).toBe(false);
      expect(body.parts[0]?.totals.searchesWithoutResults).toBe(4);
    });

    it("answers CSV: BOM, semicolons, the documented header, '< 5', rare texts left out", async () => {
      const res = await call(miv, "from=2026-11-01&to=2026-11-30&format=csv");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="s6-bericht_land-06_2026-11-01_2026-11-30.csv"');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes); // the decoder drops the BOM checked above
      const lines = text.split("\r\n");
      expect(lines[0]).toBe("abschnitt;zeitraum_von;zeitraum_bis;land;dienst;schluessel;bezeichnung;anzahl;beginn;ende;dauer_minuten;stoerungsklasse");
      expect(lines).toContain("summe;2026-11-01;2026-11-30;06;alle;suchen;Suchen;17;;;;");
      expect(lines).toContain("summe;2026-11-01;2026-11-30;06;alle;suchen_ohne_treffer;Suchen ohne Treffer;< 5;;;;");
      expect(lines).toContain("anfrage_haeufig;2026-11-01;2026-11-30;06;alle;bundid passwort vergessen;;8;;;;");
      expect(text).not.toContain("kinderzuschlag");
      expect(text).not.toContain("Fall nicht abgedeckt");
      expect(lines).toContain("suchen_woche;2026-11-01;2026-11-30;06;alle;2026-W45;02.11.2026–08.11.2026;16;;;;");
      expect(lines.find((l) => l.startsWith("stoerung;") && l.includes("eg-stoerung-alle"))).toBe(
        "stoerung;2026-11-01;2026-11-30;06;elterngeld-digital;eg-stoerung-alle;Störung eg-stoerung-alle;1;2026-10-31T21:00:00+01:00;2026-11-01T08:05:00+01:00;665;BETRIEBSVERHINDERND",
      );
      expect(lines.at(-1)).toBe("");
      for (const line of lines.slice(0, -1)) expect(line.split(";")).toHaveLength(12);
    });

    it("BeV CSV has the total and a block per Land", async () => {
      const res = await call(bev, "from=2026-11-01&to=2026-11-30&format=csv");
      const lines = (await res.text()).split("\r\n");
      for (const land of ["alle", "04", "06", "09"]) expect(lines.some((l) => l.startsWith(`summe;2026-11-01;2026-11-30;${land};alle;suchen;`))).toBe(true);
      expect(lines).toContain("summe;2026-11-01;2026-11-30;04;alle;suchen;Suchen;< 5;;;;");
    });

    it("rejects bad input with 400 and German messages", async () => {
      const cases: [string, string, string][] = [
        ["from=2026-13-01", "from", "2026-13-01 ist kein gültiges Datum (from)."],
        ["from=01.11.2026", "from", "from ist ein Datum im Format JJJJ-MM-TT, z. B. 2026-11-01."],
        ["from=2026-11-30&to=2026-11-01", "from", "Der Zeitraum beginnt (2026-11-30) nach seinem Ende (2026-11-01); from muss vor oder auf to liegen."],
        ["from=2025-01-01&to=2026-11-30", "to", "Ein Bericht umfasst höchstens 366 Tage, gewählt sind 699."],
        ["land=17", "land", "land ist der Regionalschlüssel eines Landes mit 2 Ziffern (01 bis 16), z. B. 06 für Hessen."],
        ["format=xml", "format", "format ist json oder csv."],
        ["service=gibt-es-nicht", "service", "Einen Onlinedienst „gibt-es-nicht“ gibt es nicht."],
      ];
      for (const [query, path, message] of cases) {
        const res = await call(bev, query);
        expect(res.status, query).toBe(400);
        const body = (await res.json()) as { code: string; problems: { path: string; message: string }[] };
        expect(body.code).toBe("VALIDATION");
        expect(body.problems, query).toContainEqual({ path, message });
      }
    });

    it("403 outside the scope", async () => {
      expect((await call(agent, "")).status).toBe(403);
      expect((await call(miv, "land=09")).status).toBe(403);
      expect((await call(bev, "service=wohnsitzanmeldung-online&format=csv")).status).toBe(403);
      // a forbidden caller learns nothing about the input
      const bad = await call(agent, "from=kaputt");
      expect(bad.status).toBe(403);
    });
  });
});
