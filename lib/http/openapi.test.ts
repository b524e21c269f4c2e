import { describe, expect, it } from "vitest";
import { feedbackInputSchema } from "../feedback/schema";
import { organisationQuerySchema } from "../organisations/search-organisations";
import { reportQuerySchema } from "../reports/schema";
import { createTargetSchema, restrictionSchema, updateTargetSchema } from "../routing/schema";
import { searchInputSchema } from "../search/search";
import { exportInputSchema } from "../xzufi/export-region";
import { listFilterInput } from "../articles/list-articles";
import { openApiDocument } from "./openapi";

type Obj = Record<string, unknown>;

describe("OpenAPI document", () => {
  it("describes GET /api/search with exactly the parameters the service accepts", () => {
    const doc = openApiDocument() as Obj;
    const search = ((doc.paths as Obj)["/api/search"] as Obj).get as Obj;
    const names = (search.parameters as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(Object.keys(searchInputSchema.shape).sort());
    expect(Object.keys(search.responses as Obj)).toEqual(["200", "400", "401", "403", "503"]);
    // the facets of a search take the same parameters
    const facets = ((doc.paths as Obj)["/api/search/facets"] as Obj).get as Obj;
    expect((facets.parameters as { name: string }[]).map((p) => p.name).sort()).toEqual(names);
  });

  it("describes every API route of the app, the authoring endpoints with the fields their schemas accept", async () => {
    const doc = openApiDocument() as Obj;
    const paths = doc.paths as Obj;
    const { readdirSync } = await import("node:fs");
    const routes = (readdirSync("app/api", { recursive: true }) as string[])
      .filter((f) => f.endsWith("route.ts"))
      .map((f) => `/api/${f.replace(/\/?route\.ts$/, "")}`.replace(/\/$/, "").replace(/\[([a-z]+)\]/g, "{$1}"))
      .filter((p) => !p.startsWith("/api/auth/") && p !== "/api/openapi.json");
    expect(routes.filter((r) => !(r in paths))).toEqual([]);
    const list = ((paths["/api/articles"] as Obj).get as Obj).parameters as { name: string }[];
    expect(list.map((p) => p.name).sort()).toEqual(Object.keys(listFilterInput.shape).sort());
    const create = JSON.stringify(((paths["/api/articles"] as Obj).post as Obj).requestBody);
    for (const field of ["serviceId", "type", "title", "shortAnswer", "body", "keywords", "categories", "validFrom", "incident", "klasse"]) expect(create).toContain(`"${field}"`);
    const variant = JSON.stringify(((paths["/api/articles/{id}/variant-draft"] as Obj).put as Obj).requestBody);
    for (const field of ["baseRevisionId", "changes", "shortAnswer", "REPLACE", "APPEND", "validity"]) expect(variant).toContain(`"${field}"`);
  });

  it("the hit schema lists the fields of a search hit", () => {
    const doc = openApiDocument() as Obj;
    const hit = ((doc.components as Obj).schemas as Obj).SearchHit as { required: string[] };
    expect(hit.required).toEqual(expect.arrayContaining(["id", "key", "familyKey", "type", "title", "shortAnswer", "service", "scope", "regionArs", "isStale"]));
  });

  it("describes the agent screen's endpoints with the fields their schemas accept", () => {
    const doc = openApiDocument() as Obj;
    const paths = doc.paths as Obj;
    const feedback = ((doc.components as Obj).schemas as Obj).FeedbackInput as { properties: Obj; required: string[] };
    expect(Object.keys(feedback.properties).sort()).toEqual(Object.keys(feedbackInputSchema.shape).sort());
    expect(feedback.required).toEqual(["articleId", "revisionId", "region", "outcome"]);
    const orgs = ((paths["/api/organisations"] as Obj).get as Obj).parameters as { name: string }[];
    expect(orgs.map((p) => p.name).sort()).toEqual(Object.keys(organisationQuerySchema.shape).sort());
    expect(((paths["/api/search-events/{id}/opened"] as Obj).post as Obj).responses).toHaveProperty("204");
  });

  it("describes GET /api/reports/s6 with exactly the parameters the report accepts", () => {
    const doc = openApiDocument() as Obj;
    const report = ((doc.paths as Obj)["/api/reports/s6"] as Obj).get as Obj;
    const names = (report.parameters as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(Object.keys(reportQuerySchema.shape).sort());
    expect(Object.keys(report.responses as Obj)).toEqual(["200", "400", "401", "403"]);
    const schema = ((doc.components as Obj).schemas as Obj).S6Report as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(["kind", "period", "parts", "incidents", "isAnonymised"]));
  });

  it("describes GET /api/xzufi/leistungen with the query parameters the export accepts", () => {
    const doc = openApiDocument() as Obj;
    const get = ((doc.paths as Obj)["/api/xzufi/leistungen"] as Obj).get as Obj;
    const query = (get.parameters as { name: string; in: string }[]).filter((p) => p.in === "query").map((p) => p.name).sort();
    expect(query).toEqual(Object.keys(exportInputSchema.shape).sort());
    expect(Object.keys(get.responses as Obj)).toEqual(["200", "304", "400", "401", "403", "503"]);
    expect(Object.keys((((get.responses as Obj)["200"] as Obj).content as Obj))).toEqual(["application/xml"]);
  });

  it("describes the Kommunikationsmatrix endpoints with the fields their schemas accept", () => {
    const doc = openApiDocument() as Obj;
    const schemas = (doc.components as Obj).schemas as Record<string, { properties: Obj; required: string[] }>;
    expect(Object.keys(schemas.RoutingTargetInput?.properties ?? {}).sort()).toEqual(Object.keys(createTargetSchema.shape).sort());
    expect(Object.keys(schemas.RoutingTargetUpdate?.properties ?? {}).sort()).toEqual(Object.keys(updateTargetSchema.shape).sort());
    expect(Object.keys(schemas.RoutingRestrictionInput?.properties ?? {}).sort()).toEqual(Object.keys(restrictionSchema.shape).sort());
    const paths = doc.paths as Obj;
    expect(Object.keys(paths).filter((p) => p.startsWith("/api/matrix"))).toEqual(["/api/matrix", "/api/matrix/export", "/api/matrix/targets", "/api/matrix/targets/{id}", "/api/matrix/restrictions", "/api/matrix/restrictions/{id}"]);
  });
});
