import { getServerSession } from "next-auth";
import type { Actor } from "../auth/actor";
import { authenticateBearer } from "../auth/api-tokens";
import { loadUserActor } from "../auth/load-actor";
import { authOptions } from "../auth/options";
import { AppError, errorBody, isAppError } from "../errors";

/** The caller of an API request: a bearer token wins over the session cookie. */
export async function resolveApiActor(req: Request): Promise<Actor | null> {
  const bearer = await authenticateBearer(req.headers.get("authorization"));
  if (bearer) return bearer;
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  return session?.uid ? loadUserActor(session.uid) : null;
}

/**
 * Runs an API handler with its actor and maps every error to HTTP in one place: AppErrors to their status
 * with a German message, anything else to a plain 500 (logged, never shown).
 */
export async function apiRoute(req: Request, handler: (actor: Actor) => Promise<Response>): Promise<Response> {
  try {
    const actor = await resolveApiActor(req);
    if (!actor) throw new AppError("UNAUTHENTICATED", "Bitte melden Sie sich an oder senden Sie ein API-Token (Authorization: Bearer …).");
    return await handler(actor);
  } catch (e) {
    if (!isAppError(e)) console.error("API-Fehler", req.method, new URL(req.url).pathname, e);
    const { status, body } = errorBody(e);
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="efa-wissen"';
    return Response.json(body, { status, headers });
  }
}
