import { ChangeAwareCache } from "../change-feed";
import { db } from "../db";
import type { Actor } from "./actor";

/** Signed-in users, kept until a user or organisation changes (lib/change-feed.ts): every request reads its actor. */
const actors = new ChangeAwareCache<Actor | undefined>(["User", "Organisation"], 60_000, 5_000);

const orgSelect = { id: true, ars: true, name: true, kind: true } as const;

/** The actor for a user id, or null if the user no longer exists or was deactivated. */
export async function loadUserActor(userId: string): Promise<Actor | null> {
  const actor = await actors.get(userId, async () => {
    const user = await db().user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, role: true, isActive: true, organisation: { select: orgSelect } },
    });
    if (!user || !user.isActive) return undefined;
    return { kind: "user", id: user.id, name: user.name, email: user.email, role: user.role, organisation: user.organisation };
  });
  return actor ?? null;
}
