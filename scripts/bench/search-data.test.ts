import { describe, expect, it } from "vitest";
import type { CorpusTopic } from "./search-corpus";
import { createRng, generateBenchData, generateQueries, queryWords, SHARES, withTypo } from "./search-data";
import { ms, percentile, summarize } from "./stats";

// A small stand-in corpus of the same shape as shared/corpus (the benchmark reads the real one).
const topics: CorpusTopic[] = [
  ...["Personalausweis beantragen", "Reisepass beantragen", "Wohnsitz anmelden", "Fahrzeug zulassen", "Gewerbe anmelden", "Führungszeugnis beantragen", "Elterngeld", "Wohngeld", "Bewohnerparkausweis", "Hund anmelden", "Eheschließung anmelden", "Sterbeurkunde"].map(
    (name, i): CorpusTopic => ({ name, paragraphs: [`${name}: Sie stellen den Antrag bei der zuständigen Stelle.`, "Bitte bringen Sie einen Ausweis mit."], keywords: [`${name.split(" ")[0]}`, "Antrag"], leika: i % 2 ? `9911500${String(i).padStart(7, "0")}` : null, source: "muenchen" }),
  ),
  { name: "Abholung von sichergestellten Fahrzeugen", paragraphs: [], keywords: [], leika: null, source: "berlin-namen" },
];

describe("generateBenchData", () => {
  const data = generateBenchData({ docs: 3000, seed: 7, now: new Date("2026-11-23T10:00:00Z"), topics });

  it("makes about the asked number of documents: bases, Land and Kommune variants", () => {
    expect(data.counts.bases).toBe(Math.round(3000 * SHARES.bases));
    expect(data.articles).toHaveLength(data.counts.bases + data.counts.landVariants + data.counts.kommuneVariants);
    expect(data.articles.length).toBeGreaterThan(2900);
    expect(data.revisions).toHaveLength(data.articles.length);
    expect(data.counts.kommuneVariants).toBeGreaterThan(0);
    expect(data.organisations.filter((o) => o.kind === "LAND")).toHaveLength(16);
  });

  it("keeps keys, ARS and (family, region) unique, as the schema demands", () => {
    expect(new Set(data.articles.map((a) => a.key)).size).toBe(data.articles.length);
    expect(new Set(data.articles.map((a) => a.id)).size).toBe(data.articles.length);
    expect(new Set(data.organisations.map((o) => o.ars)).size).toBe(data.organisations.length);
    const familyRegions = data.articles.filter((a) => a.rootId).map((a) => `${a.rootId}|${a.ownerOrgId}`);
    expect(new Set(familyRegions).size).toBe(familyRegions.length);
  });

  it("gives variants to regions whose Land uses the service, under their Land's variant where there is one", () => {
    const orgs = new Map(data.organisations.map((o) => [o.id, o]));
    const articles = new Map(data.articles.map((a) => [a.id, a]));
    const services = new Map(data.services.map((s) => [s.id, s]));
    const users = (serviceId: string) => new Set([services.get(serviceId)?.operatorId, ...data.coUsers.filter((c) => c.serviceId === serviceId).map((c) => c.organisationId)]);
    const revisionOf = new Map(data.revisions.map((r) => [r.articleId, r]));
    for (const a of data.articles.filter((x) => x.parentId)) {
      const owner = orgs.get(a.ownerOrgId);
      const land = owner?.kind === "KOMMUNE" ? owner.parentId : owner?.id;
      expect(users(a.serviceId).has(land ?? "")).toBe(true);
      const parent = articles.get(a.parentId ?? "");
      expect(parent?.rootId ?? parent?.id).toBe(a.rootId);
      if (owner?.kind === "LAND") expect(parent?.parentId).toBeNull();
      if (parent?.parentId) expect(orgs.get(parent.ownerOrgId)?.id).toBe(owner?.parentId);
      // a variant rests on its parent's published revision and stores only changes
      expect(revisionOf.get(a.id)?.parentRevisionId).toBe(revisionOf.get(parent?.id ?? "")?.id);
      expect(revisionOf.get(a.id)?.title).toBeNull();
      expect(data.changes.some((c) => c.revisionId === revisionOf.get(a.id)?.id)).toBe(true);
    }
  });

  it("writes base content within the editor's limits", () => {
    for (const r of data.revisions.filter((x) => x.title !== null)) {
      expect(r.title?.length).toBeLessThanOrEqual(300);
      expect(r.shortAnswer?.length).toBeGreaterThan(0);
      expect(r.shortAnswer?.length).toBeLessThanOrEqual(600);
      expect(r.bodyJson?.content.length).toBeGreaterThan(0);
      if (r.validFrom && r.validUntil) expect(r.validFrom.getTime()).toBeLessThanOrEqual(r.validUntil.getTime());
    }
  });

  it("is deterministic for a seed", () => {
    const again = generateBenchData({ docs: 3000, seed: 7, now: new Date("2026-11-23T10:00:00Z"), topics });
    expect(again.articles.map((a) => a.key)).toEqual(data.articles.map((a) => a.key));
    expect(generateQueries(again, 50, 3)).toEqual(generateQueries(data, 50, 3));
  });
});

describe("generateQueries", () => {
  const data = generateBenchData({ docs: 500, seed: 1, now: new Date("2026-11-23T10:00:00Z"), topics });
  const queries = generateQueries(data, 400, 2);

  it("makes short queries from the articles' words, for Kommunen and Länder, some with a typo", () => {
    expect(queries).toHaveLength(400);
    const arsKnown = new Set(data.organisations.map((o) => o.ars));
    for (const q of queries) {
      expect(q.q.length).toBeGreaterThan(0);
      expect(q.q.split(" ").length).toBeLessThanOrEqual(6);
      expect(arsKnown.has(q.regionArs)).toBe(true);
    }
    const typos = queries.filter((q) => q.hasTypo).length;
    expect(typos).toBeGreaterThan(20);
    expect(typos).toBeLessThan(200);
    expect(queries.filter((q) => q.regionArs.length === 12).length).toBeGreaterThan(200);
  });
});

describe("query helpers", () => {
  it("queryWords drops stop words, numbers and punctuation", () => {
    expect(queryWords("Wie beantrage ich den Personalausweis (online) für 2026?")).toEqual(["beantrage", "Personalausweis", "online"]);
  });
  it("withTypo changes one letter of a long word and leaves short words alone", () => {
    const rng = createRng(5);
    for (const word of ["Personalausweis", "Zulassungsstelle", "Kennzeichen"]) {
      for (let i = 0; i < 100; i++) {
        const typo = withTypo(word, rng);
        expect(typo).not.toBe(word);
        expect(Math.abs(typo.length - word.length)).toBeLessThanOrEqual(1);
        expect(typo[0]).toBe(word[0]);
      }
    }
    expect(withTypo("Kfz", rng)).toBe("Kfz");
  });
});

describe("stats", () => {
  it("percentile by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([5, 1, 9])).toEqual({ count: 3, p50: 5, p95: 9, p99: 9, max: 9 });
  });
  it("ms formats milliseconds", () => {
    expect(ms(12.345)).toBe("12.3 ms");
    expect(ms(1234.5)).toBe("1235 ms");
    expect(ms(Number.NaN)).toBe("–");
  });
});
