import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { createFreshDatabase } from "./fresh-database";

// Prisma sends independent statements of one transaction at once (the relations of a read, for instance);
// lib/db-client.ts lets each wait for the one before, so pg neither warns nor (from pg 9 on) refuses them, and
// the transaction's statements still run in the order they were sent.
describe("statements sent at once inside a transaction", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("txqueries");
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("run one after the other on the transaction's connection, without pg's deprecation warning", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      const results = await db().$transaction(async (tx) => {
        await tx.$executeRaw`CREATE TEMP TABLE seen (n int) ON COMMIT DROP`;
        await tx.organisation.create({ data: { ars: "04", name: "Freie Hansestadt Bremen", kind: "LAND" } });
        // one read whose relations Prisma loads with statements of their own, sent together
        await tx.organisation.findMany({ include: { parent: true, children: true, operatedServices: true, coUsedServices: true, users: true } });
        return Promise.all([1, 2, 3, 4].map((n) => tx.$queryRaw<{ n: number; total: bigint }[]>`WITH i AS (INSERT INTO seen VALUES (${n}) RETURNING n), s AS (SELECT pg_sleep(0.02)) SELECT (SELECT n FROM i) AS n, (SELECT count(*) FROM seen) + 1 AS total FROM s`));
      });
      // each statement saw the rows of the ones sent before it: they ran in order
      expect(results.map((r) => [r[0]?.n, Number(r[0]?.total)])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4]]);
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((m) => m.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
