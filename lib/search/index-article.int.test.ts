/**
 * The batched family reader of the search index (rebuild and worker) against the per-article read path: on the
 * demo knowledge base (base articles, Land and Kommune variants, incidents, a variant on an older base), every
 * member's effective content and stale flag equal what lib/variants/load-effective.ts computes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { appendRevision } from "../articles/append-revision";
import { readArticleState } from "../articles/read-article-state";
import { IMPORT_ACTOR } from "../audit/record-audit";
import { db } from "../db";
import { loadDemoData } from "../system/demo-data";
import { PROJECT_ROOT } from "../system/project-root";
import { loadEffective } from "../variants/load-effective";
import { presentEffective } from "../variants/present-effective";
import { loadFamiliesFacts, loadFamilyFacts } from "./index-article";

describe("loadFamiliesFacts (real PostgreSQL, demo data)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("indexarticle");
    await loadDemoData(PROJECT_ROOT);
  });
  afterAll(async () => {
    await fresh?.drop();
  });

  it("gives every member the effective content and stale flag of the per-article read path", async () => {
    // a new published base revision under a published variant: that variant now rests on an older base
    const variant = await db().article.findFirstOrThrow({ where: { parentId: { not: null }, publishedRevisionId: { not: null }, parent: { parentId: null } }, select: { parentId: true } });
    const baseId = variant.parentId as string;
    const state = await readArticleState(db(), baseId);
    const content = state.published?.content;
    if (!content) throw new Error("demo base without content");
    await db().$transaction((tx) => appendRevision(tx, IMPORT_ACTOR, { articleId: baseId, status: "PUBLISHED", content: { ...content, title: `${content.title} (neu)` }, incident: state.published?.incident ?? null, auditAction: "test" }));
    let stale = 0;

    const families = (await db().article.findMany({ where: { parentId: null }, select: { id: true } })).map((a) => a.id);
    const facts = await loadFamiliesFacts(db(), families);
    expect(facts.size).toBe(families.length);
    let variants = 0;
    for (const familyId of families) {
      const family = facts.get(familyId);
      expect(family?.members.length).toBe(await db().article.count({ where: { OR: [{ id: familyId }, { rootId: familyId }] } }));
      for (const m of family?.members ?? []) {
        const reference = await loadEffective(db(), m.articleId);
        const row = await db().article.findUniqueOrThrow({ where: { id: m.articleId }, select: { archivedAt: true, publishedRevisionId: true } });
        const isPublished = row.publishedRevisionId !== null && row.archivedAt === null;
        expect(m.effective).toEqual(isPublished && reference ? presentEffective(reference.content) : null);
        expect(m.isStale).toBe(isPublished ? (reference?.isStale ?? false) : false);
        if (m.scope !== "BASE") variants++;
        if (m.isStale) stale++;
      }
      // one family alone reads the same as in a batch
      expect(await loadFamilyFacts(db(), familyId)).toEqual(family);
    }
    expect(variants).toBeGreaterThan(0);
    expect(stale).toBeGreaterThan(0);
  });

  it("leaves out families whose base article does not exist, and variants asked for as families", async () => {
    const variant = await db().article.findFirstOrThrow({ where: { parentId: { not: null } }, select: { id: true } });
    const facts = await loadFamiliesFacts(db(), ["gibt-es-nicht", variant.id]);
    expect(facts.size).toBe(0);
    expect(await loadFamilyFacts(db(), "gibt-es-nicht")).toBeNull();
  });
});
