import { recordFeedback } from "@/lib/feedback/record-feedback";
import { apiRoute, readJson } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** An agent's feedback on an article shown for a region: helped, not solved, forwarded (docs/agent-screen.md). */
export async function POST(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await recordFeedback(actor, await readJson(req)), { status: 201 }));
}
