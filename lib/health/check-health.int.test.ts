import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFreshDatabase } from "../../tests/integration/fresh-database";
import { db } from "../db";
import { checkHealth } from "./check-health";

describe("checkHealth (real PostgreSQL)", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("health");
  });
  afterAll(async () => {
    await fresh?.drop();
  });

  it("reports a reachable database, the version and an empty outbox", async () => {
    const report = await checkHealth();
    expect(report.database.ok).toBe(true);
    expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(report.status).not.toBe("down");
    expect(report.status).toBe(report.search.ok ? "ok" : "degraded");
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Number.isNaN(Date.parse(report.checkedAt))).toBe(false);
    expect(report.outbox).toEqual({ pending: 0, oldestAgeSeconds: null });
  });

  it("counts pending outbox rows and the age of the oldest; done rows do not count", async () => {
    await db().searchOutbox.createMany({
      data: [
        { entityType: "article", entityId: "a1", createdAt: new Date(Date.now() - 120_000) },
        { entityType: "article", entityId: "a2" },
        { entityType: "article", entityId: "a3", status: "DONE", createdAt: new Date(Date.now() - 999_000) },
      ],
    });
    const { outbox } = await checkHealth();
    expect(outbox?.pending).toBe(2);
    expect(outbox?.oldestAgeSeconds).toBeGreaterThanOrEqual(119);
    expect(outbox?.oldestAgeSeconds).toBeLessThan(300);
  });

  it("is degraded while the oldest pending outbox entry waits longer than 5 minutes, and ok again once it is done", async () => {
    const late = await db().searchOutbox.create({ data: { entityType: "article", entityId: "late", createdAt: new Date(Date.now() - 6 * 60_000) } });
    const report = await checkHealth();
    expect(report.database.ok).toBe(true);
    expect(report.outbox?.oldestAgeSeconds).toBeGreaterThan(300);
    expect(report.status).toBe("degraded");

    await db().searchOutbox.update({ where: { id: late.id }, data: { status: "DONE", processedAt: new Date() } });
    const after = await checkHealth();
    expect(after.outbox?.oldestAgeSeconds).toBeLessThan(300);
    expect(after.status).toBe(after.search.ok ? "ok" : "degraded");
  });

  it("gives generic German errors, no internals, when search is not reachable", async () => {
    const report = await checkHealth();
    if (!report.search.ok) expect(report.search.error).toMatch(/^Die Suchmaschine /);
  });
});
