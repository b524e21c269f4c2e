import { describe, expect, it } from "vitest";
import type { EffectiveView } from "../variants/present-effective";
import { berlinEpochDay, epochDay, familyDocuments, foldForSearch, OPEN_END_DAY, searchDocumentSchema, type FamilyFacts, type FamilyMember } from "./document";

function view(overrides: Partial<EffectiveView> = {}): EffectiveView {
  return {
    title: "Wie ändere ich meine Adresse in der Hauptstraße?",
    shortAnswer: "Online über die Wohnsitzanmeldung.",
    shortAnswerParts: [],
    bodyHtml: "<p>Antwort</p>",
    bodyText: "Antwort mit Straße",
    bodySegments: [],
    keywords: ["Umzug", "Straße"],
    categories: ["Verfahren", "Eigene"],
    leikaKeys: ["99115005104000"],
    contactHints: "Bürgerbüro",
    contactHintsParts: [],
    validFrom: "2026-01-01",
    validUntil: null,
    chain: [],
    ...overrides,
  };
}

function member(id: string, scope: FamilyMember["scope"], regionArs: string, overrides: Partial<FamilyMember> = {}): FamilyMember {
  return {
    articleId: id, key: `key-${id}`, scope, regionArs, landArs: regionArs.slice(0, 2), effective: view(), isStale: false,
    publishedAt: new Date("2026-02-01T10:00:00Z"), incident: null, ...overrides,
  };
}

function family(members: FamilyMember[], type: FamilyFacts["type"] = "FAQ"): FamilyFacts {
  return {
    familyId: "base", familyKey: "key-base", type,
    service: { id: "svc", key: "wohnsitz", name: "Digitale Wohnsitzanmeldung", leistungen: [
      { leikaKey: "99115005104000", name: "Wohnsitz Anmeldung", searchTerms: ["Ummeldung"] },
      { leikaKey: "99115003012000", name: "Meldebestätigung", searchTerms: [] },
    ] },
    members,
  };
}

const byId = (docs: { id: string; overriddenIn: string[] }[]) => Object.fromEntries(docs.map((d) => [d.id, d.overriddenIn]));

describe("familyDocuments: one document per published member, with the regions that override it", () => {
  it("a base article alone is overridden nowhere", () => {
    const { upserts, deletes } = familyDocuments(family([member("base", "BASE", "09")]));
    expect(byId(upserts)).toEqual({ base: [] });
    expect(deletes).toEqual([]);
  });

  it("a Land variant overrides the base in its Land", () => {
    const { upserts } = familyDocuments(family([member("base", "BASE", "09"), member("he", "LAND", "06")]));
    expect(byId(upserts)).toEqual({ base: ["06"], he: [] });
  });

  it("a Kommune variant overrides its Land's variant and the base; other Kommunen of the Land keep the Land's", () => {
    const { upserts } = familyDocuments(family([
      member("base", "BASE", "09"),
      member("he", "LAND", "06"),
      member("ffm", "KOMMUNE", "064120000000", { landArs: "06" }),
      member("koeln", "KOMMUNE", "053150000000", { landArs: "05" }),
    ]));
    expect(byId(upserts)).toEqual({ base: ["053150000000", "06", "064120000000"], he: ["064120000000"], ffm: [], koeln: [] });
  });

  it("a member without effective content (draft, archived, parent unpublished) is deleted and overrides nothing", () => {
    const { upserts, deletes } = familyDocuments(family([member("base", "BASE", "09"), member("he", "LAND", "06", { effective: null }), member("ffm", "KOMMUNE", "064120000000", { landArs: "06" })]));
    expect(byId(upserts)).toEqual({ base: ["064120000000"], ffm: [] });
    expect(deletes).toEqual(["he"]);
  });

  it("carries the effective text with ß folded, the article's own Leistungen, validity days, type and stale flag", () => {
    const [doc] = familyDocuments(family([member("base", "BASE", "09", { isStale: true })])).upserts;
    expect(doc).toMatchObject({
      id: "base", key: "key-base", familyId: "base", familyKey: "key-base", type: "FAQ", typeLabel: "FAQ", scope: "BASE", regionArs: "09",
      serviceKey: "wohnsitz", title: "Wie ändere ich meine Adresse in der Hauptstrasse?", keywords: ["Umzug", "Strasse"],
      de_title: "Wie ändere ich meine Adresse in der Hauptstrasse?", de_body: "Antwort mit Strasse\nBürgerbüro",
      leistungen: ["Wohnsitz Anmeldung", "Ummeldung"], categories: ["Verfahren", "Eigene"], categoryLabels: ["Verfahren (Dauer, Kosten)", "Eigene"],
      validFromDay: epochDay("2026-01-01"), validUntilDay: OPEN_END_DAY, isStale: true, stoerungsklasse: null, isIncidentActive: false, rankBoost: 2,
      publishedAt: Date.parse("2026-02-01T10:00:00Z"),
    });
    expect(searchDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("incidents carry their Störungsklasse and whether they are active now; resolved ones rank lower", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    const active = { klasse: "BETRIEBSVERHINDERND" as const, startedAt: new Date("2026-11-20T07:30:00Z"), resolvedAt: null };
    const [a] = familyDocuments(family([member("base", "BASE", "04", { incident: active })], "INCIDENT"), now).upserts;
    expect(a).toMatchObject({ stoerungsklasse: "BETRIEBSVERHINDERND", isIncidentActive: true, rankBoost: 2, typeLabel: "Störungsmeldung" });
    const [r] = familyDocuments(family([member("base", "BASE", "04", { incident: { ...active, resolvedAt: new Date("2026-11-21T08:00:00Z") } })], "INCIDENT"), now).upserts;
    expect(r).toMatchObject({ isIncidentActive: false, rankBoost: 0 });
    const [f] = familyDocuments(family([member("base", "BASE", "04", { incident: { ...active, startedAt: new Date("2026-12-01T00:00:00Z") } })], "INCIDENT"), now).upserts;
    expect(f?.isIncidentActive).toBe(false);
  });

  it("a validity window becomes day numbers", () => {
    const [doc] = familyDocuments(family([member("base", "BASE", "09", { effective: view({ validFrom: null, validUntil: "2026-12-31" }) })])).upserts;
    expect(doc).toMatchObject({ validFromDay: 0, validUntilDay: epochDay("2026-12-31") });
  });
});

describe("days and folding", () => {
  it("epoch days of ISO days and dates", () => {
    expect(epochDay("1970-01-02")).toBe(1);
    expect(epochDay(new Date("2026-01-01T23:59:00Z"))).toBe(epochDay("2026-01-01"));
  });

  it("today is the German calendar day (23:30 UTC on 31 Dec is already 1 Jan in Berlin)", () => {
    expect(berlinEpochDay(new Date("2026-12-31T23:30:00Z"))).toBe(epochDay("2027-01-01"));
    expect(berlinEpochDay(new Date("2026-07-01T21:59:00Z"))).toBe(epochDay("2026-07-01"));
    expect(berlinEpochDay(new Date("2026-07-01T22:01:00Z"))).toBe(epochDay("2026-07-02"));
  });

  it("ß becomes ss, umlauts stay", () => {
    expect(foldForSearch("Straße Grüße GROẞ")).toBe("Strasse Grüsse GROSS");
  });
});
