import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../lib/db";
import { readRows } from "../../lib/db-client";
import { createFreshDatabase } from "./fresh-database";

/** readRows reads what $queryRaw reads: the hot reads of the search bypass Prisma's interpreter, not its types. */
describe("readRows", () => {
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshDatabase("readrows");
  });
  afterAll(async () => {
    await fresh.drop();
  });

  it("returns the same rows as $queryRaw: text, numbers, booleans, null, JSON, arrays and UTC timestamps", async () => {
    const at = new Date("2026-03-29T01:30:00.123Z"); // the night the clocks change in Germany
    const query = Prisma.sql`
      SELECT 'Straße'::text AS name, 42::int AS n, 2.5::float8 AS f, true AS yes, NULL::text AS nothing,
        ${at}::timestamp(3) AS at, (${at}::timestamp(3) + interval '1 hour') AS later, ${at}::timestamptz AS "atTz",
        '{"type":"doc","content":[]}'::jsonb AS doc, json_agg(json_build_object('field', 'TITLE')) AS changes,
        ARRAY['04', '06']::text[] AS ars, ${["a", "b"]}::text[] AS given`;
    const [fast] = await readRows<Record<string, unknown>>(db(), query);
    const [prisma] = await db().$queryRaw<Record<string, unknown>[]>(query);
    expect(fast).toEqual(prisma);
    expect(fast).toMatchObject({ name: "Straße", n: 42, at, later: new Date("2026-03-29T02:30:00.123Z"), atTz: at, ars: ["04", "06"], given: ["a", "b"], doc: { type: "doc" } });
  });
});
