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

  it("rejects what is not a bundle at all", async () => {
    expect(await problemsOf("kein json-objekt")).toEqual([{ path: "(Wurzel)", message: expect.any(String) }]);
    const p = await problemsOf({ format: "kb-bundle", version: 2 });
    expect(p[0]?.path).toBe("version");
  });

  it("round trip: export, import into an empty database, export again gives the same knowledge base", async () => {
    const source = await createFreshDatabase("roundtrip_src");
    let target: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
    try {
      await importBundle(demo());
      const first = await exportBundle();
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
