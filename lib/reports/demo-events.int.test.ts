import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { loadDemoData } from "../system/demo-data";
import { s6ReportCsv } from "./csv";
import { generateEvents } from "./generate-events";
import { getS6Export, getS6Report } from "./get-s6-report";
import { DEMO_EVENT_DAYS, DEMO_SEARCHES, demoEventWorld, loadDemoEvents } from "./load-demo-events";
import type { S6Part } from "./s6-report";

/** The demo month of events (issue 8): loaded with the demo data, realistic, and what the S6 report shows. */
describe("demo events for the S6 report (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  let loaded: Awaited<ReturnType<typeof loadDemoData>>;
  let actors: Record<"miv" | "bev", Actor>;
  const now = new Date();

  beforeAll(async () => {
    fresh = await createFreshDatabase("demoevents");
    loaded = await loadDemoData();
    const org = async (ars: string) => {
      const o = await db().organisation.findUniqueOrThrow({ where: { ars } });
      return { id: o.id, ars: o.ars, name: o.name, kind: o.kind };
    };
    actors = {
      miv: { kind: "user", id: "miv", name: "MiV", role: "MIV", organisation: await org("06") },
      bev: { kind: "user", id: "bev", name: "BeV", role: "BEV", organisation: await org("04") },
    };
  });
  afterAll(async () => {
    await fresh?.drop();
  });

  it("writes a month of searches and feedback with the demo data, once", async () => {
    expect(loaded.events.searches).toBe(DEMO_SEARCHES);
    expect(loaded.events.feedback).toBeGreaterThan(DEMO_SEARCHES / 20);
    expect(await db().searchEvent.count()).toBe(DEMO_SEARCHES);
    expect(await loadDemoEvents(db(), now)).toEqual({ searches: 0, feedback: 0 });
    const first = await db().searchEvent.findFirstOrThrow({ orderBy: { at: "asc" } });
    const last = await db().searchEvent.findFirstOrThrow({ orderBy: { at: "desc" } });
    expect(now.getTime() - first.at.getTime()).toBeLessThanOrEqual((DEMO_EVENT_DAYS + 1) * 86_400_000);
    expect(last.at.getTime()).toBeLessThan(now.getTime());
  });

  it("is deterministic for a seed and day", async () => {
    const world = await demoEventWorld(db());
    const take = () => generateEvents(world, { seed: 115, from: "2026-11-01", days: 30, searches: 500 }).next().value;
    expect(take()).toEqual(take());
  });

  it("uses the demo's Länder, Kommunen, articles (Land variants for their Land) and routing targets", async () => {
    const regions = await db().searchEvent.groupBy({ by: ["regionArs"], _count: true });
    expect(regions.map((r) => r.regionArs)).toEqual(expect.arrayContaining(["04", "05", "06", "09", "064120000000"]));
    const openedVariant = await db().searchEvent.findFirst({ where: { regionArs: { startsWith: "06" }, openedArticleId: { not: null } }, select: { openedArticleId: true } });
    expect(openedVariant).not.toBeNull();
    const hessenVariants = await db().article.findMany({ where: { ownerOrg: { ars: "06" }, parentId: { not: null } }, select: { id: true } });
    const opened = await db().searchEvent.count({ where: { openedArticleId: { in: hessenVariants.map((v) => v.id) } } });
    expect(opened).toBeGreaterThan(0);
    expect(await db().searchEvent.count({ where: { openedArticleId: { in: hessenVariants.map((v) => v.id) }, NOT: { regionArs: { startsWith: "06" } } } })).toBe(0);
    const forwards = await db().feedbackEvent.findMany({ where: { outcome: "WEITERGELEITET" }, select: { routingTargetId: true } });
    expect(forwards.length).toBeGreaterThan(0);
    expect(forwards.every((f) => f.routingTargetId !== null)).toBe(true);
  });

  it("fills every section of the MiV report for Hessen", async () => {
    const { report } = await getS6Report(actors.miv, {}, { now });
    const part = report.parts[0] as S6Part;
    expect(part.totals.searches).toBeGreaterThan(500);
    expect(part.topQueries.length).toBeGreaterThanOrEqual(10);
    expect(part.zeroResultQueries.length).toBeGreaterThan(3);
    expect(part.openedArticles.length).toBeGreaterThan(5);
    expect(part.notSolvedArticles[0]?.reasons.length).toBeGreaterThan(0);
    expect(part.forwards.length).toBeGreaterThan(1);
    expect(part.searchesPerDay.filter((d) => d.count > 0).length).toBeGreaterThan(15);
    // the demo incident in Hessen started on 20.11.2026; depending on the day, it is in the last 30 days
    expect(report.incidents.every((i) => i.serviceKey)).toBe(true);
    const csv = s6ReportCsv(await getS6Export(actors.miv, {}, { now }));
    expect(csv.split("\r\n").filter((l) => l.startsWith("anfrage_haeufig;")).length).toBeGreaterThan(3);
  });

  it("gives the BeV its services per Land", async () => {
    const { report } = await getS6Report(actors.bev, {}, { now });
    expect(report.parts.map((p) => p.land?.ars ?? "alle")).toEqual(["alle", "04", "05", "06", "09"]);
    expect(report.parts.slice(1).every((p) => p.totals.searches > 0)).toBe(true);
  });
});
