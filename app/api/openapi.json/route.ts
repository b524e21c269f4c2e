import { openApiDocument } from "@/lib/http/openapi";

export const dynamic = "force-static";

/** The OpenAPI 3.1 description of the machine-facing API (search, synonyms, health, whoami). */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
