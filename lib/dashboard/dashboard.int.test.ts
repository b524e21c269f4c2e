import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleType, RevisionStatus } from "../../generated/prisma/enums";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import type { Actor, Role } from "../auth/actor";
import { db } from "../db";
import { getAdminOverview } from "./get-admin-overview";
import { incidentRegionOf, listActiveIncidents } from "../incidents/list-active-incidents";
import { getEditorStart } from "./get-editor-start";
import { getKommuneStart } from "./get-kommune-start";
import { getLandStart } from "./get-land-start";
import { getReviewerStart } from "./get-reviewer-start";

type Org = { id: string; ars: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" };

describe("start page read services (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  const orgs = {} as Record<"bund" | "hessen" | "bremen" | "bayern" | "kassel", Org>;
  let authorId = "";
  let n = 0;

  const actor = (role: Role, org: Org, id = `actor-${role}`): Actor => ({ kind: "user", id, name: role, role, organisation: org });

  async function article(input: {
    type?: ArticleType;
    serviceId: string;
    ownerOrgId: string;
    parent?: { id: string; rootId: string | null };
    revisions: { status: RevisionStatus; title?: string; parentRevisionId?: string }[];
    archived?: boolean;
  }) {
    const a = await db().article.create({
      data: {
        key: `art-${++n}`,
        type: input.type ?? "FAQ",
        serviceId: input.serviceId,
        ownerOrgId: input.ownerOrgId,
        parentId: input.parent?.id,
        rootId: input.parent ? (input.parent.rootId ?? input.parent.id) : undefined,
        archivedAt: input.archived ? new Date() : null,
      },
    });
    const revs = [];
    for (const [i, r] of input.revisions.entries()) {
      revs.push(
        await db().revision.create({
          data: {
            articleId: a.id,
            number: i + 1,
            status: r.status,
            title: r.title ?? null,
            authorId,
            parentRevisionId: r.parentRevisionId,
            publishedAt: r.status === "PUBLISHED" ? new Date() : null,
          },
        }),
      );
    }
    const published = revs.find((r) => r.status === "PUBLISHED");
    await db().article.update({
      where: { id: a.id },
      data: { publishedRevisionId: published?.id ?? null, headRevisionId: revs.at(-1)?.id ?? null },
    });
    return { id: a.id, rootId: a.rootId, revisions: revs };
  }

  beforeAll(async () => {
    fresh = await createFreshDatabase("dashboard");
    const create = async (ars: string, name: string, kind: Org["kind"], parentId?: string): Promise<Org> => {
      const o = await db().organisation.create({ data: { ars, name, kind, parentId } });
      return { id: o.id, ars: o.ars, name: o.name, kind: o.kind };
    };
    orgs.bund = await create("00", "Bund", "BUND");
    orgs.hessen = await create("06", "Hessen", "LAND");
    orgs.bremen = await create("04", "Bremen", "LAND");
    orgs.bayern = await create("09", "Bayern", "LAND");
    orgs.kassel = await create("066110000000", "Stadt Kassel", "KOMMUNE", orgs.hessen.id);
    const author = await db().user.create({ data: { email: "autorin@example.org", name: "Autorin", role: "BEV", organisationId: orgs.hessen.id } });
    authorId = author.id;
    await db().user.create({ data: { email: "alt@example.org", name: "Alt", role: "BEV", organisationId: orgs.hessen.id, isActive: false } });

    // Wohngeld: operated by Hessen, co-used by Bremen and Bayern. Elterngeld: operated by Bremen, co-used by Hessen.
    const wohngeld = await db().onlineService.create({
      data: { key: "wohngeld", name: "Wohngeld digital", operatorId: orgs.hessen.id, coUsers: { create: [{ organisationId: orgs.bremen.id }, { organisationId: orgs.bayern.id }] } },
    });
    const elterngeld = await db().onlineService.create({
      data: { key: "elterngeld", name: "Elterngeld digital", operatorId: orgs.bremen.id, coUsers: { create: [{ organisationId: orgs.hessen.id }] } },
    });
    await db().onlineService.create({ data: { key: "kfz", name: "Kfz-Zulassung", operatorId: orgs.bayern.id } });

    const faq = await article({
      serviceId: wohngeld.id,
      ownerOrgId: orgs.hessen.id,
      revisions: [{ status: "SUPERSEDED", title: "Antrag stellen" }, { status: "PUBLISHED", title: "Antrag stellen" }],
    });
    await article({ serviceId: wohngeld.id, ownerOrgId: orgs.hessen.id, revisions: [{ status: "DRAFT", title: "Neuer Entwurf" }] });
    await article({
      serviceId: wohngeld.id,
      ownerOrgId: orgs.hessen.id,
      revisions: [{ status: "PUBLISHED", title: "Kosten" }, { status: "IN_REVIEW", title: "Kosten (neu)" }],
    });
    await article({ serviceId: wohngeld.id, ownerOrgId: orgs.hessen.id, archived: true, revisions: [{ status: "PUBLISHED", title: "Alt" }] });
    // Bremen's Land variant (published) and Kassel's draft variant resting on the parent's superseded revision.
    await article({
      serviceId: wohngeld.id,
      ownerOrgId: orgs.bremen.id,
      parent: faq,
      revisions: [{ status: "PUBLISHED", parentRevisionId: faq.revisions[1]!.id }],
    });
    await article({
      serviceId: wohngeld.id,
      ownerOrgId: orgs.kassel.id,
      parent: faq,
      revisions: [{ status: "DRAFT", parentRevisionId: faq.revisions[0]!.id }],
    });

    // Incidents: one for all regions (active), one for Bayern only (active), one resolved.
    const incidentFor = async (serviceId: string, ownerOrgId: string, title: string, regions: string[], resolved: boolean, klasse: "LEICHT" | "BETRIEBSVERHINDERND") => {
      const a = await article({ type: "INCIDENT", serviceId, ownerOrgId, revisions: [{ status: "PUBLISHED", title }] });
      await db().incident.create({
        data: {
          revisionId: a.revisions[0]!.id,
          klasse,
          startedAt: new Date(),
          resolvedAt: resolved ? new Date() : null,
          affectedRegions: { create: regions.map((organisationId) => ({ organisationId })) },
        },
      });
    };
    await incidentFor(elterngeld.id, orgs.bremen.id, "Anmeldung gestört", [], false, "LEICHT");
    await incidentFor(wohngeld.id, orgs.hessen.id, "Bezahlung in Bayern gestört", [orgs.bayern.id], false, "BETRIEBSVERHINDERND");
    await incidentFor(wohngeld.id, orgs.hessen.id, "Behoben", [], true, "LEICHT");

    await db().searchOutbox.create({ data: { entityType: "article", entityId: faq.id, createdAt: new Date(Date.now() - 90_000) } });
  });

  afterAll(async () => {
    await fresh?.drop();
  });

  it("BeV: operated services with counts of its base articles and co-using Länder", async () => {
    const start = await getEditorStart(actor("BEV", orgs.hessen));
    expect(start.services).toHaveLength(1);
    // published: FAQ, Kosten and the two incidents (the resolved one stays published); archived does not count
    expect(start.services[0]).toMatchObject({ name: "Wohngeld digital", publishedArticles: 4, articlesInWork: 1, articlesInReview: 1 });
    expect(start.services[0]!.coUsingLaender.map((l) => l.name)).toEqual(["Bremen", "Bayern"]);
    expect((await getEditorStart(actor("BEV", orgs.bayern))).services[0]).toMatchObject({ publishedArticles: 0, coUsingLaender: [] });
  });

  it("refuses a role that does not own the page", async () => {
    await expect(getEditorStart(actor("MIV", orgs.hessen))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAdminOverview(actor("BEV", orgs.hessen))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("Reviewer: revisions in review of the Land's services only", async () => {
    const hessen = await getReviewerStart(actor("REVIEWER", orgs.hessen));
    expect(hessen.total).toBe(1);
    expect(hessen.items[0]).toMatchObject({ title: "Kosten (neu)", serviceName: "Wohngeld digital", authorName: "Autorin", isOwnRevision: false });
    expect((await getReviewerStart(actor("REVIEWER", orgs.bremen))).items).toEqual([]);
  });

  it("MiV: co-used services with base articles and the Land's own variants", async () => {
    const start = await getLandStart(actor("MIV", orgs.bremen));
    expect(start.services).toEqual([
      expect.objectContaining({ name: "Wohngeld digital", operatorName: "Hessen", publishedBaseArticles: 4, ownVariants: 1, ownVariantsPublished: 1 }),
    ]);
    expect(start.variants).toEqual([expect.objectContaining({ title: "Antrag stellen", regionName: "Bremen", isPublished: true, isStale: false })]);
    // published base articles to adapt (no incidents, nothing archived): the FAQ already has Bremen's variant
    const [wohngeld] = start.baseArticles;
    expect(wohngeld?.articles.map((a) => [a.title, a.canDerive, a.ownVariantId !== null])).toEqual([["Antrag stellen", false, true], ["Kosten", true, false]]);
  });

  it("Kommune: services its Land operates or co-uses, and its variants with a changed parent flagged", async () => {
    const start = await getKommuneStart(actor("KOMMUNE", orgs.kassel));
    expect(start.land?.name).toBe("Hessen");
    expect(start.services.map((s) => s.name)).toEqual(["Elterngeld digital", "Wohngeld digital"]);
    expect(start.services.find((s) => s.name === "Wohngeld digital")).toMatchObject({ ownVariants: 1, ownVariantsPublished: 0 });
    expect(start.variants).toEqual([expect.objectContaining({ title: "Antrag stellen", headStatus: "DRAFT", isPublished: false, isStale: true, isParentArchived: false })]);
  });

  it("Agent: unresolved incidents of services the agent's Land uses, for that Land or all, most severe first", async () => {
    const incidentsFor = async (org: { id: string; kind: "BUND" | "LAND" | "KOMMUNE" }) => listActiveIncidents(await incidentRegionOf(org));
    const bremen = await incidentsFor(actor("AGENT", orgs.bremen).organisation);
    expect(bremen.map((i) => i.title)).toEqual(["Anmeldung gestört"]);
    expect(bremen[0]).toMatchObject({ affectedRegions: [], klasse: "LEICHT" });

    // Bayern does not use Elterngeld digital: its "all Länder" incident does not concern Bayern's agents
    const bayern = await incidentsFor(actor("AGENT", orgs.bayern).organisation);
    expect(bayern.map((i) => i.title)).toEqual(["Bezahlung in Bayern gestört"]);

    const bund = await incidentsFor(actor("AGENT", orgs.bund).organisation);
    expect(bund).toHaveLength(2);
  });

  it("Admin: installation-wide counts", async () => {
    const o = await getAdminOverview(actor("ADMIN", orgs.bund));
    expect(o.organisations).toEqual({ total: 5, byKind: { BUND: 1, LAND: 3, KOMMUNE: 1 } });
    expect(o.users.total).toBe(2);
    expect(o.users.active).toBe(1);
    expect(o.users.byRole.BEV).toEqual({ total: 2, active: 1 });
    expect(o.users.byRole.AGENT).toEqual({ total: 0, active: 0 });
    expect(o.services).toBe(3);
    expect(o.articles).toEqual({ total: 9, published: 6, archived: 1 });
    expect(o.activeApiTokens).toBe(0);
    expect(o.outbox.pending).toBe(1);
    expect(o.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(89);
  });
});
