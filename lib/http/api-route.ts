import { getServerSession } from "next-auth";
import type { Actor } from "../auth/actor";
import { authenticateBearer } from "../auth/api-tokens";
import { loadUserActor } from "../auth/load-actor";
import { authOptions } from "../auth/options";
import { AppError, errorBody, isAppError } from "../errors";

/**
 * The caller of an API request: a bearer token wins over the session cookie. A write with the session cookie
 * must come from this site's own pages (Origin check, against cross-site request forgery).
 */
export async function resolveApiActor(req: Request): Promise<Actor | null> {
  const bearer = await authenticateBearer(req.headers.get("authorization"));
  if (bearer) return bearer;
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  if (req.method !== "GET" && req.method !== "HEAD") {
    const origin = req.headers.get("origin");
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    if (!origin || !host || new URL(origin).host !== host) throw new AppError("FORBIDDEN", "Änderungen sind nur aus der Anwendung selbst möglich. Bitte die Seite neu laden.");
  }
  return loadUserActor(session.uid);
}

const MAX_BODY_BYTES = 2_000_000;

/** The JSON body of a request (at most 2 MB), or a VALIDATION error in German; optional bodies may be empty. */
export async function readJson(req: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("VALIDATION", "Die Anfrage ist zu groß (höchstens 2 MB).");
  if (!text.trim()) {
    if (options.optional) return null;
    throw new AppError("VALIDATION", "Die Anfrage enthält keine Daten (JSON erwartet).");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", "Die Anfrage ist kein gültiges JSON.");
  }
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
