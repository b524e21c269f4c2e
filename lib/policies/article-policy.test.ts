import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../auth/actor";
import { allowedArticleActions, authorizeArticle, canArticle, type ArticleResource } from "./article-policy";

const ORG = {
  bremen: { id: "o-04", ars: "04", name: "Bremen", kind: "LAND" as const },
  hessen: { id: "o-06", ars: "06", name: "Hessen", kind: "LAND" as const },
  frankfurt: { id: "o-0641", ars: "064120000000", name: "Frankfurt", kind: "KOMMUNE" as const },
  bayern: { id: "o-09", ars: "09", name: "Bayern", kind: "LAND" as const },
};
const actor = (id: string, role: Role, org: keyof typeof ORG): Actor => ({ kind: "user", id, name: id, role, organisation: ORG[org] });

const base: ArticleResource = {
  type: "FAQ", isVariant: false, ownerOrgId: ORG.bremen.id, ownerParentOrgId: null, operatorOrgId: ORG.bremen.id, coUserOrgIds: [ORG.hessen.id],
  headStatus: "IN_REVIEW", headAuthorId: "bev1", hasPublished: true, isArchived: false, needsPostReview: false, isIncidentResolved: false,
};

describe("article policy, base article of a Bremen service co-used by Hessen", () => {
  const cases: [Actor, string | null, string[]][] = [
    [actor("bev1", "BEV", "bremen"), null, ["read", "create", "edit", "restore", "archive", "viewHistory"]],
    [actor("bev2", "BEV", "bremen"), null, ["read", "create", "edit", "approve", "reject", "restore", "archive", "viewHistory"]],
    [actor("qs", "REVIEWER", "bremen"), null, ["read", "approve", "reject", "viewHistory"]],
    [actor("miv", "MIV", "hessen"), null, ["read", "viewHistory"]],
    [actor("kom", "KOMMUNE", "frankfurt"), ORG.hessen.id, ["read", "viewHistory"]],
    [actor("agent", "AGENT", "hessen"), null, ["read"]],
    [actor("admin", "ADMIN", "bayern"), null, ["read", "viewHistory"]],
    [actor("bev-by", "BEV", "bayern"), null, []],
    [actor("qs-he", "REVIEWER", "hessen"), null, ["read", "viewHistory"]],
    [actor("agent-by", "AGENT", "bayern"), null, []],
  ];
  for (const [a, parent, expected] of cases) {
    it(`${a.role} of ${a.organisation.name}: ${expected.join(", ") || "nothing"}`, () => {
      expect(allowedArticleActions(a, base, parent).sort()).toEqual([...expected].sort());
    });
  }

  it("the author cannot approve their own revision", () => {
    expect(canArticle(actor("bev1", "BEV", "bremen"), "approve", base)).toBe(false);
    expect(() => authorizeArticle(actor("bev1", "BEV", "bremen"), "approve", base)).toThrow(/nicht wer die Version geschrieben hat/);
  });
  it("agents see only published, not archived content", () => {
    const agent = actor("agent", "AGENT", "hessen");
    expect(canArticle(agent, "read", { ...base, hasPublished: false })).toBe(false);
    expect(canArticle(agent, "read", { ...base, isArchived: true })).toBe(false);
  });
  it("submit needs a draft; nothing but read on an archived article", () => {
    const bev = actor("bev1", "BEV", "bremen");
    expect(canArticle(bev, "submit", { ...base, headStatus: "DRAFT" })).toBe(true);
    expect(canArticle(bev, "submit", base)).toBe(false);
    expect(allowedArticleActions(bev, { ...base, isArchived: true, headStatus: "ARCHIVED" })).toEqual(["read", "viewHistory"]);
  });
});

describe("incidents", () => {
  const incident: ArticleResource = { ...base, type: "INCIDENT", headStatus: "DRAFT", hasPublished: false };
  it("a BEV of the operating Land publishes at once; another person confirms afterwards", () => {
    expect(canArticle(actor("bev1", "BEV", "bremen"), "publishIncident", incident)).toBe(true);
    expect(canArticle(actor("miv", "MIV", "hessen"), "publishIncident", incident)).toBe(false);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "publishIncident", { ...incident, type: "FAQ" })).toBe(false);
    const published = { ...incident, headStatus: "PUBLISHED" as const, hasPublished: true, needsPostReview: true };
    expect(canArticle(actor("qs", "REVIEWER", "bremen"), "confirmIncident", published)).toBe(true);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "confirmIncident", published)).toBe(false);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "resolveIncident", published)).toBe(true);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "resolveIncident", { ...published, isIncidentResolved: true })).toBe(false);
  });
});

describe("variants", () => {
  const landVariant: ArticleResource = { ...base, isVariant: true, ownerOrgId: ORG.hessen.id, headStatus: "IN_REVIEW", headAuthorId: "miv" };
  const kommuneVariant: ArticleResource = { ...landVariant, ownerOrgId: ORG.frankfurt.id, ownerParentOrgId: ORG.hessen.id, headAuthorId: "kom" };
  it("belong to their region's editors; the BEV reads them only", () => {
    expect(canArticle(actor("miv", "MIV", "hessen"), "edit", landVariant)).toBe(true);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "edit", landVariant)).toBe(false);
    expect(canArticle(actor("bev1", "BEV", "bremen"), "read", landVariant)).toBe(true);
    expect(canArticle(actor("kom", "KOMMUNE", "frankfurt"), "edit", kommuneVariant, ORG.hessen.id)).toBe(true);
    expect(canArticle(actor("miv", "MIV", "hessen"), "edit", kommuneVariant)).toBe(false);
  });
  it("are approved by a reviewer of the region or, for Kommunen, of its Land", () => {
    expect(canArticle(actor("qs-he", "REVIEWER", "hessen"), "approve", landVariant)).toBe(true);
    expect(canArticle(actor("qs-he", "REVIEWER", "hessen"), "approve", kommuneVariant)).toBe(true);
    expect(canArticle(actor("qs", "REVIEWER", "bremen"), "approve", landVariant)).toBe(false);
  });
});
