/**
 * The search benchmark's generated knowledge base against the real PostgreSQL and Meilisearch: it fits the
 * schema, every generated article becomes exactly one search document through the real rebuild, and the region
 * filter of the search gives one effective article per family (a Kommune sees its own variant, not the base).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { dropIndexes, testSearchContext } from "../../tests/integration/search-index";
import { db } from "../../lib/db";
import { berlinEpochDay } from "../../lib/search/document";
import { rebuildIndex } from "../../lib/search/reindex";
import { regionFilter, resolveSearchRegion, servicesOfLand } from "../../lib/search/search";
import { indexNames } from "../../lib/search/settings";
import type { CorpusTopic } from "./search-corpus";
import { generateBenchData } from "./search-data";
import { writeBenchData } from "./write-bench-data";

const ctx = testSearchContext("benchdata");
const topics: CorpusTopic[] = ["Personalausweis beantragen", "Wohnsitz anmelden", "Fahrzeug zulassen", "Gewerbe anmelden", "Elterngeld", "Wohngeld", "Hund anmelden", "Reisepass", "Führungszeugnis", "Sterbeurkunde", "Bewohnerparkausweis"].map(
  (name, i) => ({ name, paragraphs: [`${name}: Den Antrag stellen Sie online.`, "Bitte halten Sie Ihren Ausweis bereit."], keywords: [name.split(" ")[0] ?? name], leika: i % 3 ? null : `991150051040${String(i).padStart(2, "0")}`, source: "muenchen" }),
);

describe("bench:search data (real PostgreSQL and Meilisearch)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  const data = generateBenchData({ docs: 400, seed: 3, now: new Date(), topics });
  beforeAll(async () => {
    fresh = await createFreshDatabase("benchdata");
    await writeBenchData(db(), data);
  });
  afterAll(async () => {
    await dropIndexes(ctx);
    await fresh?.drop();
  });

  it("writes every row and builds one document per generated article with the real mapping", async () => {
    expect(await db().article.count({ where: { publishedRevisionId: { not: null } } })).toBe(data.articles.length);
    expect(await db().variantChange.count()).toBe(data.changes.length);
    // dates, lists and JSON survive the bulk load unchanged
    const sample = data.revisions.find((r) => r.validUntil && r.keywords.length > 1 && r.bodyJson);
    if (!sample) throw new Error("no revision with validity and keywords generated");
    const stored = await db().revision.findUniqueOrThrow({ where: { id: sample.id } });
    expect(stored.validUntil?.getTime()).toBe(sample.validUntil?.getTime());
    expect(stored.publishedAt?.getTime()).toBe(sample.publishedAt.getTime());
    expect(stored.keywords).toEqual(sample.keywords);
    expect(stored.bodyJson).toEqual(sample.bodyJson);
    expect(stored.bodyText).toContain(sample.bodyJson?.content[0]?.content[0]?.text);
    const built = await rebuildIndex(ctx, db());
    expect(built.documents).toBe(data.articles.length);
    expect(built.families).toBe(data.counts.bases);
  });

  it("the region filter yields one effective article per family; a Kommune sees its own variant", async () => {
    const variant = data.articles.find((a) => a.parentId && data.organisations.find((o) => o.id === a.ownerOrgId)?.kind === "KOMMUNE");
    if (!variant) throw new Error("no Kommune variant generated");
    const kommune = data.organisations.find((o) => o.id === variant.ownerOrgId);
    const actor = { kind: "token" as const, id: "t", name: "t", role: "AGENT" as const, organisation: { id: "x", ars: "06", name: "Hessen", kind: "LAND" as const } };
    const region = await resolveSearchRegion(db(), actor, kommune?.ars);
    const filter = regionFilter({ region, today: berlinEpochDay(), serviceKeys: (await servicesOfLand(db(), region.landId)).map((s) => s.key) });
    const { hits } = await ctx.client.index(indexNames(ctx.indexPrefix).articles).search<{ id: string; familyId: string }>("", { filter, limit: 1000, attributesToRetrieve: ["id", "familyId"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.familyId)).size).toBe(hits.length);
    expect(hits.map((h) => h.id)).toContain(variant.id);
    expect(hits.map((h) => h.id)).not.toContain(variant.rootId);
  });
});
