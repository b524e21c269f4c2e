import { apiRoute, readJson } from "@/lib/http/api-route";
import { listSynonymGroups } from "@/lib/synonyms/list-synonym-groups";
import { createSynonymGroup } from "@/lib/synonyms/save-synonym-group";

export const dynamic = "force-dynamic";

/** All synonym groups of the search (and whether the caller may change them). */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await listSynonymGroups(actor), { headers: { "Cache-Control": "no-store" } }));
}

/** Creates a synonym group: {"terms": ["Perso", "Personalausweis"]} (ADMIN, BEV). */
export async function POST(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await createSynonymGroup(actor, await readJson(req)), { status: 201 }));
}
