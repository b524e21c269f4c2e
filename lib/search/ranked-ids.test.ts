import type { Meilisearch, SearchResponse } from "meilisearch";
import { describe, expect, it } from "vitest";
import type { SearchContext } from "./meili";
import { searchIds } from "./search";

// The merging of the two tokenizations (pure logic; the real Meilisearch is in search.int.test.ts): the German
// query runs only when it can still change the result, and then counts at half weight.
type Hits = [id: string, score: number][];

function fakeContext(byLocale: Record<"eng" | "deu", Hits>) {
  const asked: string[] = [];
  const ctx: SearchContext = {
    client: {} as Meilisearch,
    indexPrefix: "t_",
    search: async (_uid, params) => {
      const locale = params.locales?.[0] as "eng" | "deu";
      asked.push(locale);
      const hits = byLocale[locale].slice(0, params.limit ?? 20).map(([id, score]) => ({ id, familyId: `f-${id}`, _rankingScore: score }));
      return { hits, query: params.q, processingTimeMs: 1 } as unknown as SearchResponse<never>;
    },
  };
  return { ctx, asked };
}

const hits = (prefix: string, n: number, score: number): Hits => Array.from({ length: n }, (_, i) => [`${prefix}${i}`, score - i * 0.001]);

describe("searchIds: whole words first, German compound splitting only when it can change the result", () => {
  it("leaves the German query out when limit whole-word hits score at least its weight", async () => {
    const { ctx, asked } = fakeContext({ eng: hits("e", 3, 0.9), deu: [["d0", 1]] });
    expect(await searchIds(ctx, "idx", "ausweis", [], 3)).toEqual(["e0", "e1", "e2"]);
    expect(asked).toEqual(["eng"]);
  });

  it("asks the German query when there are fewer whole-word hits than the limit, and puts its hits behind at half weight", async () => {
    const { ctx, asked } = fakeContext({ eng: [["e0", 0.9]], deu: [["d0", 1], ["e0", 0.95]] });
    expect(await searchIds(ctx, "idx", "ausweis", [], 3)).toEqual(["e0", "d0"]);
    expect(asked).toEqual(["eng", "deu"]);
  });

  it("asks the German query when a whole-word hit scores below its weight; a German match can then pass it", async () => {
    const { ctx, asked } = fakeContext({ eng: [["e0", 0.9], ["e1", 0.3]], deu: [["d0", 0.8]] });
    expect(await searchIds(ctx, "idx", "ausweis", [], 2)).toEqual(["e0", "d0"]);
    expect(asked).toEqual(["eng", "deu"]);
  });
});
