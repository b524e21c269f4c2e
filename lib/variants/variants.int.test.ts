import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { db } from "../db";
import type { Actor, Role } from "../auth/actor";
import { importBundle } from "../bundle/import-bundle";
import { approveRevision } from "../articles/approve-revision";
import { saveDraft } from "../articles/save-draft";
import { submitForReview } from "../articles/submit-for-review";
import { archiveArticle } from "../articles/archive-article";
import { compareRevisions } from "../articles/compare-revisions";
import { getReviewerStart } from "../dashboard/get-reviewer-start";
import { deriveVariant, getDeriveOption } from "./derive-variant";
import { getVariant } from "./get-variant";
import { listDerivableBaseArticles, listFamilyVariants, listOwnVariants } from "./list-variants";
import { loadEffective } from "./load-effective";
import { rebaseVariant } from "./rebase-variant";
import { saveVariantDraft } from "./save-variant-draft";

const ROLES_BY_KIND: Record<string, Role[]> = { LAND: ["BEV", "REVIEWER", "MIV", "AGENT", "ADMIN"], KOMMUNE: ["KOMMUNE", "REVIEWER", "AGENT"] };

describe("variants on the demo data (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  const actors = new Map<string, Actor>();
  const actor = (role: Role, ars: string): Actor => {
    const a = actors.get(`${role}:${ars}`);
    if (!a) throw new Error(`no ${role} in ${ars}`);
    return a;
  };
  const articleId = async (key: string) => (await db().article.findUniqueOrThrow({ where: { key } })).id;

  beforeAll(async () => {
    fresh = await createFreshDatabase("variants");
    await importBundle(JSON.parse(readFileSync("prisma/seed/demo-bundle.json", "utf8")));
    for (const org of await db().organisation.findMany()) {
      for (const role of ROLES_BY_KIND[org.kind] ?? []) {
        const u = await db().user.create({ data: { email: `${role.toLowerCase()}.${org.ars}@test.example`, name: `${role} ${org.name}`, role, organisationId: org.id } });
        actors.set(`${role}:${org.ars}`, { kind: "user", id: u.id, name: u.name, role, organisation: { id: org.id, ars: org.ars, name: org.name, kind: org.kind } });
      }
    }
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("computes the effective content of every published variant in the demo: base text plus accumulated local additions", async () => {
    const variants = await db().article.findMany({ where: { parentId: { not: null }, publishedRevisionId: { not: null } }, select: { id: true, key: true, parentId: true } });
    expect(variants.length).toBeGreaterThanOrEqual(10);
    for (const v of variants) {
      const effective = await loadEffective(db(), v.id);
      const parent = await loadEffective(db(), v.parentId ?? "");
      expect(effective, v.key).not.toBeNull();
      expect(parent, v.key).not.toBeNull();
      const e = effective?.content;
      const p = parent?.content;
      if (!e || !p) continue;
      expect(e.chain.length, v.key).toBe(p.chain.length + 1);
      const own = e.shortAnswer.parts.filter((x) => x.orgName === e.chain.at(-1)?.orgName);
      // an appended Sprechtext keeps the parent's text in front; a replaced one is only the variant's
      if (own.length && e.shortAnswer.parts.length > 1) expect(e.shortAnswer.text.startsWith(p.shortAnswer.text), v.key).toBe(true);
      expect(effective?.isStale, v.key).toBe(false);
    }
  });

  it("lets only the right roles of the right organisation derive, and only one variant per region", async () => {
    const base = await articleId("eg-bundid-anmeldung-allgemein").catch(() => null) ?? (await db().article.findFirstOrThrow({ where: { parentId: null, publishedRevisionId: { not: null }, service: { key: "elterngeld-digital" } }, orderBy: { key: "asc" } })).id;
    const tried: string[] = [];
    for (const [key, a] of actors) {
      const result = await deriveVariant(a, base, {}).then(() => "ok", (e: { code?: string }) => e.code ?? "ERR");
      tried.push(`${key}=${result}`);
    }
    const allowed = tried.filter((t) => t.endsWith("=ok") || t.endsWith("=CONFLICT")).map((t) => t.split("=")[0]).sort();
    // MiV of each co-using Land and Kommune editors of Kommunen whose Land co-uses or operates Elterngeld digital
    expect(allowed.every((k) => k?.startsWith("MIV:") || k?.startsWith("KOMMUNE:"))).toBe(true);
    expect(allowed).toEqual(expect.arrayContaining(["MIV:05", "MIV:06", "MIV:09"]));
    expect(allowed).not.toContain("MIV:04"); // the operating Land has the base itself
    expect(tried.filter((t) => t.startsWith("BEV:") || t.startsWith("AGENT:") || t.startsWith("ADMIN:") || t.startsWith("REVIEWER:")).every((t) => t.endsWith("=FORBIDDEN"))).toBe(true);
    await expect(deriveVariant(actor("MIV", "06"), base, {})).rejects.toMatchObject({ code: "CONFLICT" });
    const family = await listFamilyVariants(actor("BEV", "04"), base);
    expect(new Set(family.map((f) => f.regionArs)).size).toBe(family.length);
  });

  it("refuses edits of another organisation's variant and chains deeper than base -> Land -> Kommune", async () => {
    const kommuneVariant = await db().article.findFirstOrThrow({ where: { ownerOrg: { kind: "KOMMUNE" }, parent: { parentId: { not: null } }, publishedRevisionId: { not: null } }, include: { ownerOrg: true } });
    const view = await getVariant(actor("KOMMUNE", kommuneVariant.ownerOrg.ars), kommuneVariant.id);
    const other = [...actors.values()].find((a) => a.role === "KOMMUNE" && a.organisation.id !== kommuneVariant.ownerOrgId) as Actor;
    await expect(saveVariantDraft(other, kommuneVariant.id, { baseRevisionId: view.headRevisionId, changes: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveVariantDraft(actor("MIV", "06"), kommuneVariant.id, { baseRevisionId: view.headRevisionId, changes: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deriveVariant(other, kommuneVariant.id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("flags a variant when its base publishes a new revision; re-basing keeps the local choices on the new base", async () => {
    const base = (await db().article.findFirstOrThrow({ where: { parentId: null, type: "FAQ", publishedRevisionId: { not: null }, service: { key: "unterhaltsvorschuss-online" }, familyMembers: { none: {} } }, orderBy: { key: "asc" } })).id;
    const { articleId: variantId } = await deriveVariant(actor("MIV", "06"), base, { changes: { shortAnswer: { mode: "APPEND", text: "In Hessen zusätzlich: Jugendamt vor Ort." } } });
    await submitForReview(actor("MIV", "06"), variantId);
    // it waits in the review queue of Hessen, who may approve it, not in the operating Land's
    expect((await getReviewerStart(actor("REVIEWER", "06"))).items.map((i) => i.articleId)).toContain(variantId);
    expect((await getReviewerStart(actor("REVIEWER", "04"))).items.map((i) => i.articleId)).not.toContain(variantId);
    await approveRevision(actor("REVIEWER", "06"), variantId);
    let v = await getVariant(actor("MIV", "06"), variantId);
    expect(v.isStale).toBe(false);
    expect(v.effectivePublished?.shortAnswer).toMatch(/In Hessen zusätzlich: Jugendamt vor Ort\.$/);

    const baseArticle = await db().article.findUniqueOrThrow({ where: { id: base }, include: { headRevision: true } });
    const h = baseArticle.headRevision;
    await saveDraft(actor("BEV", "04"), base, {
      baseRevisionId: baseArticle.headRevisionId, title: h?.title, shortAnswer: "Neue Basisantwort.", body: h?.bodyJson, keywords: h?.keywords, categories: h?.categories, leikaKeys: h?.leikaKeys,
    });
    await submitForReview(actor("BEV", "04"), base);
    await approveRevision(actor("REVIEWER", "04"), base);

    v = await getVariant(actor("MIV", "06"), variantId);
    expect(v.isStale).toBe(true);
    expect(v.allowedActions).toContain("rebase");
    expect(v.parentThen?.shortAnswer).not.toBe("Neue Basisantwort.");
    expect(v.parentNow?.shortAnswer).toBe("Neue Basisantwort.");
    // agents meanwhile get the new base with the Land addition, flagged as resting on an older base
    expect(v.effectivePublished?.shortAnswer).toBe("Neue Basisantwort. In Hessen zusätzlich: Jugendamt vor Ort.");
    expect((await listOwnVariants(actor("MIV", "06")))[0]).toMatchObject({ id: variantId, isStale: true });

    await rebaseVariant(actor("MIV", "06"), variantId);
    // the new draft rests on the new parent: nothing left to re-base, while agents still see the older one
    v = await getVariant(actor("MIV", "06"), variantId);
    expect(v).toMatchObject({ isHeadStale: false, isPublishedStale: true, isStale: true });
    expect(v.allowedActions).not.toContain("rebase");
    expect(v.effectivePreview?.shortAnswer).toBe("Neue Basisantwort. In Hessen zusätzlich: Jugendamt vor Ort.");
    expect((await getVariant(actor("AGENT", "06"), variantId)).isPublishedStale).toBe(true);
    await submitForReview(actor("MIV", "06"), variantId);
    await approveRevision(actor("REVIEWER", "06"), variantId);
    v = await getVariant(actor("MIV", "06"), variantId);
    expect(v.isStale).toBe(false);
    expect(v.changes.shortAnswer).toEqual({ mode: "APPEND", text: "In Hessen zusätzlich: Jugendamt vor Ort." });
    await expect(rebaseVariant(actor("MIV", "06"), variantId)).rejects.toMatchObject({ code: "CONFLICT" });

    await archiveArticle(actor("BEV", "04"), base);
    v = await getVariant(actor("MIV", "06"), variantId);
    expect(v.isParentArchived).toBe(true);
    expect((await listOwnVariants(actor("MIV", "06"))).find((x) => x.id === variantId)?.isParentArchived).toBe(true);
  });

  it("offers deriving exactly where the server accepts it, then points to the region's own variant", async () => {
    const base = (await db().article.findFirstOrThrow({ where: { parentId: null, type: "FAQ", publishedRevisionId: { not: null }, service: { key: "gewerbe-service-online" }, familyMembers: { none: {} } }, orderBy: { key: "desc" } })).id;
    const tried: [string, Actor][] = [["MIV:06", actor("MIV", "06")], ["MIV:04", actor("MIV", "04")], ["BEV:09", actor("BEV", "09")], ["AGENT:06", actor("AGENT", "06")], ["KOMMUNE:064120000000", actor("KOMMUNE", "064120000000")]];
    for (const [key, a] of tried) {
      const option = await getDeriveOption(a, base);
      const result = await deriveVariant(a, base, {}).then(() => "ok", (e: { code?: string }) => e.code ?? "ERR");
      expect(`${key}:${option.canDerive}`).toBe(`${key}:${result === "ok"}`);
    }
    const hessenVariant = (await getDeriveOption(actor("MIV", "06"), base)).ownVariantId;
    expect(hessenVariant).not.toBeNull();
    expect(await getDeriveOption(actor("MIV", "06"), base)).toEqual({ canDerive: false, ownVariantId: hessenVariant });
    // a Kommune of Hessen (Wiesbaden) may derive from Hessen's published variant, not from Bayern's
    const wiesbaden = actor("KOMMUNE", "064140000000");
    await submitForReview(actor("MIV", "06"), hessenVariant ?? "");
    await approveRevision(actor("REVIEWER", "06"), hessenVariant ?? "");
    expect((await getDeriveOption(wiesbaden, hessenVariant ?? "")).canDerive).toBe(true);
    const bayernVariant = (await db().article.findFirstOrThrow({ where: { ownerOrg: { ars: "09" }, parentId: { not: null }, publishedRevisionId: { not: null } } })).id;
    expect((await getDeriveOption(wiesbaden, bayernVariant)).canDerive).toBe(false);
  });

  it("lists the base articles a MiV can adapt, with the Land's own variants", async () => {
    const zustaendigkeitId = await articleId("eg-zustaendigkeit");
    const groups = await listDerivableBaseArticles(actor("MIV", "06"));
    expect(groups.map((g) => g.service.name).sort()).toEqual((await db().onlineService.findMany({ where: { coUsers: { some: { organisation: { ars: "06" } } } } })).map((s) => s.name).sort());
    const all = groups.flatMap((g) => g.articles);
    expect(all.some((a) => a.type === "INCIDENT")).toBe(false);
    expect(all.find((a) => a.id === zustaendigkeitId)).toMatchObject({ canDerive: false, ownVariantId: await articleId("eg-zustaendigkeit-hessen") });
    expect(all.filter((a) => a.ownVariantId === null).every((a) => a.canDerive)).toBe(true);
    await expect(listDerivableBaseArticles(actor("BEV", "04"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("compares two revisions of a variant by the effective content they produce", async () => {
    const base = (await db().article.findFirstOrThrow({ where: { parentId: null, type: "FAQ", publishedRevisionId: { not: null }, service: { key: "wohnsitzanmeldung-online" }, familyMembers: { none: {} } }, orderBy: { key: "desc" } })).id;
    const miv = actor("MIV", "06");
    const { articleId, revisionId: first } = await deriveVariant(miv, base, { changes: { shortAnswer: { mode: "APPEND", text: "In Hessen gilt das auch." } } });
    const second = await saveVariantDraft(miv, articleId, { baseRevisionId: first, changes: { shortAnswer: { mode: "APPEND", text: "In Hessen gilt das ebenso für Zweitwohnungen." } } });
    const comparison = await compareRevisions(miv, articleId, first, second.revisionId);
    const shortAnswer = comparison.fields.find((f) => f.field === "shortAnswer");
    expect(shortAnswer?.isChanged).toBe(true);
    expect(shortAnswer?.kind === "text" && shortAnswer.parts.filter((p) => p.kind === "added").map((p) => p.text).join("")).toContain("ebenso für Zweitwohnungen");
    expect(comparison.fields.find((f) => f.field === "title")?.isChanged).toBe(false);
    // a stale save comes back as 409, with the newer revision named
    await expect(saveVariantDraft(miv, articleId, { baseRevisionId: first, changes: {} })).rejects.toMatchObject({ code: "CONFLICT", meta: { headRevisionId: second.revisionId } });
  });

  it("rejects bad variant changes field by field", async () => {
    const base = (await db().article.findFirstOrThrow({ where: { parentId: null, publishedRevisionId: { not: null }, service: { key: "wohnsitzanmeldung-online" }, familyMembers: { none: {} } } })).id;
    await expect(deriveVariant(actor("MIV", "05"), base, { changes: { shortAnswer: { mode: "APPEND", text: "x".repeat(601) }, title: { mode: "MERGE", text: "t" }, validity: { mode: "REPLACE", validFrom: "2026-05-01", validUntil: "2026-01-01" } } }))
      .rejects.toMatchObject({ code: "VALIDATION", problems: expect.arrayContaining([expect.objectContaining({ path: "changes.shortAnswer.text" }), expect.objectContaining({ path: "changes.title.mode" })]) });
    // an empty answer is reported together with the other problems, and nothing is created
    const before = await db().article.count();
    await expect(deriveVariant(actor("MIV", "05"), base, { changes: { title: { mode: "REPLACE", text: " " }, body: { mode: "APPEND", doc: { type: "doc", content: [{ type: "paragraph" }] } } } }))
      .rejects.toMatchObject({ code: "VALIDATION", problems: expect.arrayContaining([expect.objectContaining({ path: "changes.title.text" }), expect.objectContaining({ path: "changes.body.doc", message: expect.stringContaining("Antwort") })]) });
    expect(await db().article.count()).toBe(before);
  });
});
