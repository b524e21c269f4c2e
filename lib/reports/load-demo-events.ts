import type { Db } from "../db-client";
import { landOfArs } from "../organisations/laender";
import { FEEDBACK_REASONS, GAP_QUERIES, generateEvents, phrasesFor, type EventWorld } from "./generate-events";
import { insertFeedbackEvents, insertSearchEvents } from "./insert-events";
import { addDays, berlinDate } from "./schema";

/**
 * A month of search and feedback events for the demo (issue 8): the S6 report of a fresh `npm start` shows
 * what a month of 115 work looks like. Built from what the database holds -- the demo Länder and Kommunen,
 * the services and who uses them, the published articles' keywords and titles (what agents type), the
 * routing targets -- with a fixed seed, so the same demo data give the same events for the same day.
 */

/** Population shares of the Länder (rounded): NRW calls most, Bremen least. */
const LAND_WEIGHT: Record<string, number> = { "01": 3.5, "02": 2.3, "03": 9.6, "04": 0.8, "05": 21.6, "06": 7.6, "07": 4.9, "08": 13.4, "09": 15.9, "10": 1.2, "11": 4.4, "12": 3.1, "13": 1.9, "14": 4.9, "15": 2.6, "16": 2.5 };

export const DEMO_EVENT_DAYS = 30;
export const DEMO_SEARCHES = 5000;
const SEED = 115;

/** What the events are made of: Länder with their Kommunen, services with articles and routing targets. */
export async function demoEventWorld(client: Db): Promise<EventWorld> {
  const orgs = await client.organisation.findMany({ select: { id: true, ars: true, kind: true, parent: { select: { ars: true } } }, orderBy: { ars: "asc" } });
  const lands: EventWorld["lands"] = orgs
    .filter((o) => o.kind === "LAND" && landOfArs(o.ars))
    .map((o) => ({ ars: o.ars, weight: LAND_WEIGHT[o.ars] ?? 1, agentOrgId: o.id, kommuneArs: orgs.filter((k) => k.kind === "KOMMUNE" && k.parent?.ars === o.ars).map((k) => k.ars) }));
  const services = await client.onlineService.findMany({
    select: {
      id: true, operator: { select: { ars: true } }, coUsers: { select: { organisation: { select: { ars: true } } } },
      routingTargets: { select: { id: true, region: { select: { ars: true } } }, orderBy: { id: "asc" } },
      articles: {
        where: { archivedAt: null, publishedRevisionId: { not: null }, type: { in: ["FAQ", "WORKAROUND"] } },
        select: { id: true, key: true, parentId: true, rootId: true, ownerOrg: { select: { ars: true, kind: true } }, publishedRevision: { select: { title: true, keywords: true } } },
        orderBy: { key: "asc" },
      },
    },
    orderBy: { key: "asc" },
  });
  return {
    lands,
    services: services.map((s) => {
      const bases = s.articles.filter((a) => a.parentId === null);
      return {
        id: s.id,
        weight: 1 + bases.length / 10,
        landArs: [s.operator.ars, ...s.coUsers.map((c) => c.organisation.ars)],
        articles: bases.map((a, i) => {
          const variants = s.articles.filter((v) => v.rootId === a.id && v.ownerOrg.kind === "LAND");
          return {
            id: a.id,
            variantIds: Object.fromEntries(variants.map((v) => [v.ownerOrg.ars, v.id])),
            phrases: phrasesFor(a.publishedRevision?.title ?? "", a.publishedRevision?.keywords ?? []),
            // a few questions come up far more often than the rest (Zipf, in a fixed order)
            weight: 1 / (1 + ((i * 7) % bases.length)) + 0.03,
          };
        }),
        targets: s.routingTargets.map((t) => ({ id: t.id, landArs: t.region?.ars ?? null })),
      };
    }).filter((s) => s.articles.length > 0),
    gapQueries: GAP_QUERIES,
    reasons: FEEDBACK_REASONS,
  };
}

/**
 * Writes the demo month (the 30 days before `now`) unless there are search events already. Returns how many
 * search and feedback events it wrote.
 */
export async function loadDemoEvents(client: Db, now: Date): Promise<{ searches: number; feedback: number }> {
  if ((await client.searchEvent.count()) > 0) return { searches: 0, feedback: 0 };
  const world = await demoEventWorld(client);
  if (!world.services.length || !world.lands.length) return { searches: 0, feedback: 0 };
  const from = addDays(berlinDate(now), -DEMO_EVENT_DAYS);
  let searches = 0;
  let feedback = 0;
  for (const batch of generateEvents(world, { seed: SEED, from, days: DEMO_EVENT_DAYS, searches: DEMO_SEARCHES, batchSize: DEMO_SEARCHES, clientKeyPrefix: "demo" })) {
    await insertSearchEvents(client, batch.searches);
    await insertFeedbackEvents(client, batch.feedback);
    searches += batch.searches.length;
    feedback += batch.feedback.length;
  }
  return { searches, feedback };
}
