import { db } from "../db";
import type { Actor } from "./actor";

const orgSelect = { id: true, ars: true, name: true, kind: true } as const;

/** The actor for a user id, or null if the user no longer exists or was deactivated. */
export async function loadUserActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, isActive: true, organisation: { select: orgSelect } },
  });
  if (!user || !user.isActive) return null;
  return { kind: "user", id: user.id, name: user.name, email: user.email, role: user.role, organisation: user.organisation };
}
