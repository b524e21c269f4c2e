import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { db } from "../db";
import type { Actor, Role } from "../auth/actor";
import { listArticleAudit } from "../audit/list-audit";
import { listActiveIncidents, incidentRegionOf } from "../incidents/list-active-incidents";
import { approveRevision } from "./approve-revision";
import { archiveArticle } from "./archive-article";
import { compareRevisions } from "./compare-revisions";
import { createArticle } from "./create-article";
import { getArticle, listRevisions } from "./get-article";
import { getWorklist } from "./get-worklist";
import { listArticles } from "./list-articles";
import { confirmIncident, publishIncidentNow } from "./publish-incident";
import { rejectRevision } from "./reject-revision";
import { resolveIncident } from "./resolve-incident";
import { restoreRevision } from "./restore-revision";
import { saveDraft } from "./save-draft";
import { submitForReview } from "./submit-for-review";

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const faq = (over: Record<string, unknown> = {}) => ({
  type: "FAQ", title: "Wie melde ich mich mit der BundID an?", shortAnswer: "Mit dem Online-Ausweis oder einem ELSTER-Zertifikat.",
  body: doc("Die Anmeldung erfolgt über die BundID."), keywords: ["BundID"], categories: ["Anmeldung"], leikaKeys: ["99041008000000"],
  validFrom: "2026-01-01", validUntil: "", reviewDue: "2026-06-30", ...over,
});

describe("authoring: revisions, workflow, conflicts, audit and outbox (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  const users: Record<string, Actor> = {};
  let serviceId = "";
  beforeAll(async () => {
    fresh = await createFreshDatabase("authoring");
    const bremen = await db().organisation.create({ data: { ars: "04", name: "Bremen", kind: "LAND" } });
    const hessen = await db().organisation.create({ data: { ars: "06", name: "Hessen", kind: "LAND" } });
    const bayern = await db().organisation.create({ data: { ars: "09", name: "Bayern", kind: "LAND" } });
    const leistung = await db().leistung.create({ data: { leikaKey: "99041008000000", name: "Elterngeld" } });
    const service = await db().onlineService.create({
      data: { key: "elterngeld", name: "Elterngeld digital", operatorId: bremen.id, coUsers: { create: [{ organisationId: hessen.id }] }, leistungen: { create: [{ leistungId: leistung.id }] } },
    });
    serviceId = service.id;
    const make = async (key: string, role: Role, org: { id: string; ars: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" }) => {
      const u = await db().user.create({ data: { email: `${key}@test.example`, name: key, role, organisationId: org.id } });
      users[key] = { kind: "user", id: u.id, name: key, role, organisation: { id: org.id, ars: org.ars, name: org.name, kind: org.kind } };
    };
    await make("bev1", "BEV", bremen);
    await make("bev2", "BEV", bremen);
    await make("qs", "REVIEWER", bremen);
    await make("miv", "MIV", hessen);
    await make("agent", "AGENT", hessen);
    await make("agentBy", "AGENT", bayern);
    await make("bevBy", "BEV", bayern);
  });
  afterAll(async () => {
    await fresh.drop();
  });
  const u = (k: string) => users[k] as Actor;

  it("draft -> review -> published by a second person; a new draft keeps the published one live", async () => {
    const { articleId, revisionId } = await createArticle(u("bev1"), { serviceId, ...faq() });
    const outboxAfterCreate = await db().searchOutbox.count({ where: { entityId: articleId } });
    expect(outboxAfterCreate).toBe(1);
    await expect(approveRevision(u("qs"), articleId)).rejects.toMatchObject({ code: "FORBIDDEN" }); // still a draft
    await submitForReview(u("bev1"), articleId);
    await expect(approveRevision(u("bev1"), articleId)).rejects.toMatchObject({ code: "FORBIDDEN" }); // own revision
    await approveRevision(u("qs"), articleId);
    let view = await getArticle(u("agent"), articleId);
    expect(view.published?.title).toBe("Wie melde ich mich mit der BundID an?");
    expect(view.pending).toBeNull();

    const second = await saveDraft(u("bev2"), articleId, { baseRevisionId: revisionId, changeNote: "Dauer ergänzt", ...faq({ shortAnswer: "Mit dem Online-Ausweis, einem ELSTER-Zertifikat oder eIDAS." }) });
    expect(second.number).toBe(2);
    view = await getArticle(u("agent"), articleId);
    expect(view.published?.shortAnswer).toBe("Mit dem Online-Ausweis oder einem ELSTER-Zertifikat."); // agents still see revision 1
    expect(view.pending).toBeNull(); // and never drafts
    const editorView = await getArticle(u("bev1"), articleId);
    expect(editorView.pending?.number).toBe(2);
    expect(editorView.allowedActions).toContain("submit");

    await submitForReview(u("bev2"), articleId);
    await rejectRevision(u("bev1"), articleId, "Bitte eIDAS erklären.");
    const rejected = await getArticle(u("bev2"), articleId);
    expect(rejected.pending).toMatchObject({ status: "REJECTED", reviewComment: "Bitte eIDAS erklären." });
    await expect(rejectRevision(u("qs"), articleId, " ")).rejects.toMatchObject({ code: "VALIDATION" });

    const revisions = await listRevisions(u("bev1"), articleId);
    expect(revisions.map((r) => [r.number, r.status])).toEqual([[2, "REJECTED"], [1, "PUBLISHED"]]);
    const audit = await listArticleAudit(u("bev1"), articleId);
    expect(audit.map((a) => a.action).reverse()).toEqual(["article.create", "article.save", "article.submit", "article.publish", "article.save", "article.submit", "article.reject"]);
    expect(audit[0]).toMatchObject({ actor: "bev1", fromRevision: 2, toRevision: 2 });
    expect(await db().searchOutbox.count({ where: { entityId: articleId } })).toBe(audit.length - 1); // every write but the create row itself
  });

  it("a second save on the same base gets CONFLICT naming the newer revision; nothing is overwritten", async () => {
    const { articleId, revisionId } = await createArticle(u("bev1"), { serviceId, ...faq({ title: "Wie lange dauert es?" }) });
    const results = await Promise.allSettled([
      saveDraft(u("bev1"), articleId, { baseRevisionId: revisionId, ...faq({ title: "Wie lange dauert es? (A)" }) }),
      saveDraft(u("bev2"), articleId, { baseRevisionId: revisionId, ...faq({ title: "Wie lange dauert es? (B)" }) }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    const head = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(failed[0]?.reason).toMatchObject({ code: "CONFLICT", meta: { headRevisionId: head.headRevisionId, baseRevisionId: revisionId } });
    expect(await db().revision.count({ where: { articleId } })).toBe(2);
    const cmp = await compareRevisions(u("bev1"), articleId, revisionId, head.headRevisionId ?? "");
    const title = cmp.fields.find((f) => f.field === "title");
    expect(title).toMatchObject({ kind: "text", isChanged: true });
    expect(cmp.fields.find((f) => f.field === "shortAnswer")).toMatchObject({ isChanged: false });
  });

  it("rejects bad input field by field, and actions of the wrong role, without writing", async () => {
    const before = await db().revision.count();
    await expect(createArticle(u("bev1"), { serviceId, ...faq({ title: "", shortAnswer: "x".repeat(601), validFrom: "2026-05-01", validUntil: "2026-01-01", leikaKeys: ["99999999999999"] }) }))
      .rejects.toMatchObject({ code: "VALIDATION", problems: expect.arrayContaining([
        expect.objectContaining({ path: "title" }), expect.objectContaining({ path: "shortAnswer", message: "Sprechtext: höchstens 600 Zeichen" }),
        expect.objectContaining({ path: "validUntil" }), expect.objectContaining({ path: "leikaKeys" }),
      ]) });
    const badLink = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    await expect(createArticle(u("bev1"), { serviceId, ...faq({ body: badLink }) })).rejects.toMatchObject({ code: "VALIDATION", problems: [expect.objectContaining({ path: "body" })] });
    await expect(createArticle(u("bev1"), { serviceId, ...faq({ body: { type: "doc", content: [{ type: "codeBlock" }] } }) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createArticle(u("miv"), { serviceId, ...faq() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createArticle(u("bevBy"), { serviceId, ...faq() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().revision.count()).toBe(before);
  });

  it("an incident is published at once by the BeV, shown to agents of affected Länder, confirmed, resolved", async () => {
    const { articleId } = await createArticle(u("bev1"), {
      serviceId, ...faq({ type: "INCIDENT", title: "Störung: Upload", shortAnswer: "Der Upload ist gestört.", categories: ["Technik"] }),
      incident: { klasse: "BETRIEBSVERHINDERND", startedAt: "2026-11-20T07:30:00+01:00", resolvedAt: "", affectedArs: ["06"] },
    });
    await publishIncidentNow(u("bev1"), articleId);
    const view = await getArticle(u("bev1"), articleId);
    expect(view.published?.needsPostReview).toBe(true);
    const hessen = await listActiveIncidents(await incidentRegionOf(u("agent").organisation));
    expect(hessen.map((i) => i.title)).toContain("Störung: Upload");
    const bayern = await listActiveIncidents(await incidentRegionOf(u("agentBy").organisation));
    expect(bayern.map((i) => i.title)).not.toContain("Störung: Upload");
    expect((await getWorklist(u("qs"))).incidentsToConfirm.map((i) => i.id)).toContain(articleId);
    await expect(confirmIncident(u("bev1"), articleId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await confirmIncident(u("qs"), articleId);
    await resolveIncident(u("bev1"), articleId, "2026-11-20T12:00:00+01:00");
    expect((await listActiveIncidents(await incidentRegionOf(u("agent").organisation))).map((i) => i.title)).not.toContain("Störung: Upload");
    const history = await listRevisions(u("bev1"), articleId);
    expect(history.map((r) => r.status)).toEqual(["PUBLISHED", "SUPERSEDED"]);
  });

  it("restores an old revision as a new draft and archives; archived articles leave the agents' view", async () => {
    const { articleId, revisionId } = await createArticle(u("bev1"), { serviceId, ...faq({ title: "Was kostet es?" }) });
    const second = await saveDraft(u("bev1"), articleId, { baseRevisionId: revisionId, ...faq({ title: "Was kostet der Antrag?" }) });
    expect(second.number).toBe(2);
    const restored = await restoreRevision(u("bev1"), articleId, revisionId);
    expect(restored.number).toBe(3);
    expect((await getArticle(u("bev1"), articleId)).pending?.title).toBe("Was kostet es?");
    await submitForReview(u("bev1"), articleId);
    await approveRevision(u("bev2"), articleId);
    await archiveArticle(u("bev1"), articleId);
    await expect(getArticle(u("agent"), articleId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const list = await listArticles(u("bev1"), { state: "ARCHIVIERT" });
    expect(list.items.map((i) => i.id)).toContain(articleId);
    const agentList = await listArticles(u("agent"), {});
    expect(agentList.items.map((i) => i.id)).not.toContain(articleId);
  });
});
