import { apiRoute, readJson } from "@/lib/http/api-route";
import { AppError } from "@/lib/errors";
import { approveRevision } from "@/lib/articles/approve-revision";
import { archiveArticle } from "@/lib/articles/archive-article";
import { confirmIncident, publishIncidentNow } from "@/lib/articles/publish-incident";
import { rejectRevision } from "@/lib/articles/reject-revision";
import { resolveIncident } from "@/lib/articles/resolve-incident";
import { restoreRevision } from "@/lib/articles/restore-revision";
import { submitForReview } from "@/lib/articles/submit-for-review";
import type { Actor } from "@/lib/auth/actor";
import { rebaseVariant } from "@/lib/variants/rebase-variant";

export const dynamic = "force-dynamic";

type Body = Record<string, unknown>;
const ACTIONS: Record<string, (actor: Actor, id: string, body: Body) => Promise<unknown>> = {
  submit: (a, id) => submitForReview(a, id),
  approve: (a, id) => approveRevision(a, id),
  reject: (a, id, b) => rejectRevision(a, id, b.comment),
  archive: (a, id) => archiveArticle(a, id),
  restore: (a, id, b) => restoreRevision(a, id, typeof b.revisionId === "string" ? b.revisionId : ""),
  "publish-incident": (a, id) => publishIncidentNow(a, id),
  "confirm-incident": (a, id) => confirmIncident(a, id),
  "resolve-incident": (a, id, b) => resolveIncident(a, id, b.resolvedAt),
  rebase: (a, id) => rebaseVariant(a, id),
};

/** Workflow steps: POST /api/articles/{id}/{submit|approve|reject|archive|restore|publish-incident|confirm-incident|resolve-incident|rebase}. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string; action: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => {
    const { id, action } = await ctx.params;
    const run = ACTIONS[action];
    if (!run) throw new AppError("NOT_FOUND", `Unbekannter Arbeitsschritt „${action}“.`);
    const body = (await readJson(req, { optional: true })) as Body | null;
    const result = await run(actor, id, body ?? {});
    return Response.json(result ?? { ok: true });
  });
}
