import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { db, useDatabase } from "../db";
import { isAppError, type Problem } from "../errors";
import { exportBundle } from "./export-bundle";
import { importBundle } from "./import-bundle";

const small = (): Record<string, unknown> & { articles: Record<string, unknown>[]; variants: Record<string, unknown>[] } =>
  JSON.parse(readFileSync("tests/fixtures/small-bundle.json", "utf8"));
const demo = (): unknown => JSON.parse(readFileSync("prisma/seed/demo-bundle.json", "utf8"));

async function problemsOf(input: unknown): Promise<Problem[]> {
  try {
    await importBundle(input);
  } catch (e) {
    if (isAppError(e) && e.code === "VALIDATION") return e.problems;
    throw e;
  }
  throw new Error("import was expected to fail");
}

async function tableCounts() {
  const c = db();
  return {
    orgs: await c.organisation.count(), articles: await c.article.count(), revisions: await c.revision.count(),
    audit: await c.auditEntry.count(), outbox: await c.searchOutbox.count(), synonyms: await c.synonymGroup.count(),
    targets: await c.routingTarget.count(), restrictions: await c.routingRestriction.count(),
  };
}

describe("bundle import and export (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("bundle");
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("imports a bundle through revisions, audit and outbox, and a second import changes nothing", async () => {
    const first = await importBundle(small());
    expect(first.articles).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(first.variants).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const login = await db().article.findUniqueOrThrow({ where: { key: "eg-login-bundid" }, include: { publishedRevision: true } });
    expect(login.publishedRevision?.status).toBe("PUBLISHED");
    expect(login.publishedRevision?.bodyHtml).toBe("<p>Die Anmeldung erfolgt über die <strong>BundID</strong>.</p><ul><li><p>Online-Ausweis</p></li><li><p>ELSTER-Zertifikat</p></li></ul>");
    const draft = await db().article.findUniqueOrThrow({ where: { key: "eg-dauer-entwurf" } });
    expect(draft.publishedRevisionId).toBeNull();
    const kommune = await db().article.findUniqueOrThrow({ where: { key: "eg-login-bundid-frankfurt" }, include: { headRevision: { include: { changes: true } } } });
    expect(kommune.rootId).toBe(login.id);
    expect(kommune.headRevision?.changes.map((c) => [c.field, c.mode])).toEqual([["CONTACT_HINTS", "APPEND"]]);
    const incident = await db().incident.findFirstOrThrow({ include: { affectedRegions: true } });
    expect(incident.resolvedAt).toBeNull();
    expect(incident.affectedRegions).toHaveLength(1);

    const before = await tableCounts();
    expect(before.audit).toBeGreaterThan(0);
    expect(before.outbox).toBeGreaterThanOrEqual(6);
    const second = await importBundle(small());
    for (const c of Object.values(second)) expect(c.created + c.updated).toBe(0);
    expect(await tableCounts()).toEqual(before);
  });

  it("makes a new revision when the content changes, keeping the old one", async () => {
    const b = small();
    (b.articles[0] as { shortAnswer: string }).shortAnswer = "Neue Sprechantwort.";
    const report = await importBundle(b);
    expect(report.articles.updated).toBe(1);
    const revs = await db().revision.findMany({ where: { article: { key: "eg-login-bundid" } }, orderBy: { number: "asc" } });
    expect(revs.map((r) => r.status)).toEqual(["SUPERSEDED", "PUBLISHED"]);
    expect(revs[0]?.shortAnswer).not.toBe("Neue Sprechantwort.");
  });

  it("rejects a bad bundle as a whole with every problem and its JSON path, writing nothing", async () => {
    const before = await tableCounts();
    const b = small();
    b.organisations = [...(b.organisations as unknown[]), { ars: "099", name: "X", kind: "LAND" }];
    b.articles[0] = { ...b.articles[0], title: "x".repeat(301) };
    b.articles.push({ ...b.articles[1], key: "eg-upload-workaround" });
    b.variants.push({ key: "v-unknown", parent: "gibt-es-nicht", regionArs: "06", changes: { title: { mode: "replace", text: "T" } }, status: "PUBLISHED" });
    const problems = await problemsOf(b);
    const paths = problems.map((p) => p.path);
    expect(paths).toContain("organisations[3].ars");
    expect(paths).toContain("articles[0].title");
    expect(await tableCounts()).toEqual(before);
    // shape is fine now; the rules that need the whole bundle:
    const c = small();
    c.articles.push({ ...c.articles[1], key: "eg-upload-workaround" });
    c.articles.push({ ...c.articles[0], key: "eg-script", bodyHtml: '<p onclick="x()">Hallo</p><script>alert(1)</script>' });
    c.articles.push({ ...c.articles[0], key: "eg-bad-leika", leikaKeys: ["99999999999999"] });
    c.variants.push({ key: "v-unknown", parent: "gibt-es-nicht", regionArs: "06", changes: { title: { mode: "replace", text: "T" } }, status: "PUBLISHED" });
    c.variants.push({ key: "v-draft-parent", parent: "eg-dauer-entwurf", regionArs: "06", changes: { title: { mode: "replace", text: "T" } }, status: "PUBLISHED" });
    c.variants.push({ key: "v-unknown-ars", parent: "eg-upload-workaround", regionArs: "09", changes: { title: { mode: "replace", text: "T" } }, status: "PUBLISHED" });
    const rules = await problemsOf(c);
    const messages = rules.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain("articles[4].key: Schlüssel eg-upload-workaround kommt mehrfach vor (auch articles[1])");
    expect(messages).toContain("articles[5].bodyHtml: enthält das nicht erlaubte Attribut onclick");
    expect(messages).toContain("articles[5].bodyHtml: enthält das nicht erlaubte Element <script>");
    expect(messages).toContain("articles[6].leikaKeys[0]: die Leistung 99999999999999 gehört nicht zum Dienst elterngeld-digital");
    expect(messages).toContain("variants[2].parent: unbekannter Artikel gibt-es-nicht");
    expect(messages).toContain("variants[3].parent: eg-dauer-entwurf ist nicht veröffentlicht; Varianten entstehen nur aus veröffentlichten Artikeln");
    expect(messages).toContain("variants[4].regionArs: unbekannte Organisation 09");
    expect(await tableCounts()).toEqual(before);
  });

  it("carries not allowed paths: created once, reason updated, never removed by a bundle that does not name them", async () => {
    const restriction = { service: "elterngeld-digital", regionArs: "06", level: "THIRD", kind: "TECHNICAL", reason: "Hessen meldet technische Fehler nur an seinen IT-Dienstleister." };
    const first = await importBundle({ ...small(), routingRestrictions: [restriction] });
    expect(first.routingRestrictions).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const row = await db().routingRestriction.findFirstOrThrow({ include: { service: { select: { key: true } }, region: { select: { ars: true } } } });
    expect([row.service.key, row.region.ars, row.level, row.kind, row.reason]).toEqual(["elterngeld-digital", "06", "THIRD", "TECHNICAL", restriction.reason]);
    const created = await db().auditEntry.findFirstOrThrow({ where: { action: "routing-restriction.create", entityId: row.id } });
    expect(created.entityType).toBe("routingRestriction");
    expect(created.details).toMatchObject({ service: "elterngeld-digital", regionArs: "06", level: "THIRD", kind: "TECHNICAL", reason: restriction.reason });

    const before = await tableCounts();
    const again = await importBundle({ ...small(), routingRestrictions: [restriction] });
    expect(again.routingRestrictions).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await tableCounts()).toEqual(before);

    const changed = await importBundle({ ...small(), routingRestrictions: [{ ...restriction, reason: "Neue Begründung." }] });
    expect(changed.routingRestrictions).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await db().routingRestriction.findUniqueOrThrow({ where: { id: row.id } })).reason).toBe("Neue Begründung.");
    expect(await db().auditEntry.count({ where: { action: "routing-restriction.update", entityId: row.id } })).toBe(1);

    // like routing targets: an import adds and updates, it does not delete what the bundle leaves out
    const without = await importBundle(small());
    expect(without.routingRestrictions).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(await db().routingRestriction.count()).toBe(1);
  });

  it("rejects a bundle with a bad not allowed path as a whole, writing nothing", async () => {
    const before = await tableCounts();
    const ok = { service: "elterngeld-digital", regionArs: "04", level: "SECOND", kind: "FACHLICH", reason: "Fachliche Fragen gehen an die Elterngeldstelle." };
    const b = small();
    b.organisations = [...(b.organisations as unknown[]), { ars: "09", name: "Freistaat Bayern", kind: "LAND" }];
    (b.articles[0] as { shortAnswer: string }).shortAnswer = "Diese Änderung darf nicht geschrieben werden.";
    b.routingRestrictions = [
      ok,
      { ...ok, regionArs: "09" },
      { ...ok, regionArs: "064120000000" },
      { ...ok, service: "gibt-es-nicht" },
      { ...ok, reason: "Noch einmal derselbe Weg." },
      { ...ok, regionArs: "11" },
    ];
    const messages = (await problemsOf(b)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      "routingRestrictions[1].regionArs: das Land 09 nutzt den Dienst elterngeld-digital nicht",
      "routingRestrictions[2].regionArs: 064120000000 ist kein Land; nicht zulässige Wege legt ein Land für sich fest",
      "routingRestrictions[3].service: unbekannter Dienst gibt-es-nicht",
      "routingRestrictions[4]: derselbe nicht zulässige Weg (Dienst, Land, Ebene, Art) steht schon in routingRestrictions[0]",
      "routingRestrictions[5].regionArs: unbekannte Organisation 11",
    ]);
    expect(await tableCounts()).toEqual(before);
    expect(await db().organisation.findUnique({ where: { ars: "09" } })).toBeNull();

    const shape = small();
    shape.routingRestrictions = [{ ...ok, reason: "" }, { ...ok, reason: "x".repeat(301) }];
    expect((await problemsOf(shape)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      "routingRestrictions[0].reason: darf nicht leer sein",
      "routingRestrictions[1].reason: ist zu lang (höchstens 300 Zeichen)",
    ]);
    expect(await tableCounts()).toEqual(before);
  });

  it("rejects what is not a bundle at all", async () => {
    expect(await problemsOf("kein json-objekt")).toEqual([{ path: "(Wurzel)", message: expect.any(String) }]);
    const p = await problemsOf({ format: "kb-bundle", version: 2 });
    expect(p[0]?.path).toBe("version");
  });

  it("round trip: export, import into an empty database, export again gives the same knowledge base", async () => {
    const source = await createFreshDatabase("roundtrip_src");
    let target: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
    try {
      const restrictions = [
        { service: "wohnsitzanmeldung-online", regionArs: "06", level: "THIRD", kind: "FACHLICH", reason: "Fachliche Fragen klärt in Hessen die Meldebehörde selbst." },
        { service: "elterngeld-digital", regionArs: "09", level: "THIRD", kind: "TECHNICAL", reason: "Bayern meldet technische Fehler nur über seinen Second Level." },
      ];
      await importBundle({ ...(demo() as object), routingRestrictions: restrictions });
      const first = await exportBundle();
      expect(first.routingRestrictions).toEqual([restrictions[1], restrictions[0]]); // sorted by service, Land, level, kind
      target = await createFreshDatabase("roundtrip_dst");
      await importBundle(first);
      const second = await exportBundle();
      const { exportedAt: _a, ...a } = first;
      const { exportedAt: _b, ...b } = second;
      expect(b).toEqual(a);
      expect(a.articles.filter((x) => x.status === "PUBLISHED").length).toBeGreaterThanOrEqual(60);
      expect(a.variants.length).toBeGreaterThanOrEqual(10);
    } finally {
      await target?.drop();
      await source.drop();
      useDatabase(fresh.url);
    }
  });
});
