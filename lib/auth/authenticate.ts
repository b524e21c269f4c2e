import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { loadUserActor } from "./load-actor";
import { verifyPassword } from "./passwords";
import { clearFailures, isThrottled, recordFailure } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

/** Error codes the sign-in page turns into German messages. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RATE_LIMITED" } as const;

/**
 * Checks e-mail and password. Returns the actor, or null for wrong credentials (never saying which part
 * was wrong); throws RATE_LIMITED while the account or the client address is locked.
 */
export async function authenticateWithPassword(input: unknown, clientAddress?: string): Promise<Actor | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = { account: email, client: clientAddress };
  if (await isThrottled(keys)) {
    throw new AppError("RATE_LIMITED", "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.");
  }
  const user = await db().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, isActive: true } });
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || !user.isActive) {
    await recordFailure(keys);
    return null;
  }
  await clearFailures(email);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return loadUserActor(user.id);
}
