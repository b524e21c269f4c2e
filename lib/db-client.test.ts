import { describe, expect, it } from "vitest";
import { writtenTables } from "./db-client";

describe("writtenTables: which tables a statement changes (the local half of lib/change-feed.ts)", () => {
  it("finds the tables of Prisma's writes and of raw SQL", () => {
    expect(writtenTables(`INSERT INTO "public"."SearchEvent" ("at","organisationId") VALUES ($1,$2) ON CONFLICT ("organisationId","clientKey") DO UPDATE SET "at" = $3 RETURNING "public"."SearchEvent"."id"`)).toEqual(["SearchEvent"]);
    expect(writtenTables(`UPDATE "public"."ApiToken" SET "lastUsedAt" = $1 WHERE ("public"."ApiToken"."id" = $2)`)).toEqual(["ApiToken"]);
    expect(writtenTables(`DELETE FROM "public"."IncidentRegion" WHERE "revisionId" = $1`)).toEqual(["IncidentRegion"]);
    expect(writtenTables(`update "Organisation" set name = 'Bremen'`)).toEqual(["Organisation"]);
    expect(writtenTables(`TRUNCATE TABLE "Incident", "Article"`)).toEqual(["Incident"]);
    expect(writtenTables(`WITH gone AS (DELETE FROM "Article" WHERE id = $1) UPDATE "Revision" SET status = 'SUPERSEDED'`)).toEqual(["Article", "Revision"]);
  });

  it("finds nothing in reads, also with FOR UPDATE or a column named like a keyword", () => {
    expect(writtenTables(`SELECT "public"."Article"."id" FROM "public"."Article" WHERE "public"."Article"."id" = $1`)).toEqual([]);
    expect(writtenTables(`SELECT id FROM "SearchOutbox" WHERE status = 'PENDING' FOR UPDATE SKIP LOCKED`)).toEqual([]);
    expect(writtenTables(`SELECT "updatedAt", "insertedBy" FROM "Revision"`)).toEqual([]);
  });
});
