import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { loadUserActor } from "./load-actor";
import { authOptions } from "./options";

/**
 * The signed-in person of this request, read fresh from the database (a deactivated user or a changed
 * role takes effect at once), or null.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  return loadUserActor(session.uid);
}); // cached per request: the layout and the page share one read

/** The signed-in actor; sends everyone else to the sign-in page and back to `returnTo` afterwards. */
export async function requireActor(returnTo = "/"): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const safe = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  redirect(`/anmelden?callbackUrl=${encodeURIComponent(safe)}`);
}
