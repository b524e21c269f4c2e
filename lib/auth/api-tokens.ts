import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ChangeAwareCache } from "../change-feed";
import { db } from "../db";
import { AppError } from "../errors";
import { ROLES, type Actor, type Role } from "./actor";

/**
 * API tokens for machine clients (the XZuFi consumer, scripts). The secret is shown once at creation;
 * only its SHA-256 is stored (the secret has 256 bits of entropy, so a slow hash adds nothing).
 */
const TOKEN_PREFIX = "efa_";
/** lastUsedAt is refreshed at most once a minute */
const LAST_USED_PRECISION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const createTokenInput = z.object({
  orgArs: z.string().trim().regex(/^\d{2}(\d{10})?$/, { error: "erwartet einen Regionalschlüssel (ARS) mit 2 oder 12 Ziffern" }),
  role: z.enum(ROLES, { error: `erwartet eine Rolle aus ${ROLES.join(", ")}` }),
  name: z.string().trim().min(1, { error: "erwartet eine Bezeichnung" }).max(100, { error: "höchstens 100 Zeichen" }),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export interface TokenInfo {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  organisation: { ars: string; name: string };
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

const infoSelect = {
  id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true,
  organisation: { select: { ars: true, name: true } },
} as const;

/** Creates a token; the returned secret is never stored and cannot be shown again. */
export async function createApiToken(input: unknown): Promise<{ token: string; info: TokenInfo }> {
  const parsed = createTokenInput.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Die Angaben für das Token sind ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  const { orgArs, role, name, expiresInDays } = parsed.data;
  const org = await db().organisation.findUnique({ where: { ars: orgArs }, select: { id: true } });
  if (!org) throw new AppError("NOT_FOUND", `Keine Organisation mit dem Regionalschlüssel ${orgArs}. Vorhandene zeigt: npm run kb -- org list`);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db().apiToken.create({
    data: {
      name, role, organisationId: org.id, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
    },
    select: infoSelect,
  });
  return { token, info: row };
}

/** All tokens (never their secrets), newest first. */
export function listApiTokens(): Promise<TokenInfo[]> {
  return db().apiToken.findMany({ select: infoSelect, orderBy: { createdAt: "desc" } });
}

/** Revokes a token by id or by its displayed prefix; revoking twice is harmless. */
export async function revokeApiToken(idOrPrefix: string): Promise<TokenInfo> {
  const matches = await db().apiToken.findMany({ where: { OR: [{ id: idOrPrefix }, { prefix: idOrPrefix }] }, select: { id: true } });
  if (matches.length === 0) throw new AppError("NOT_FOUND", `Kein Token mit der Kennung ${idOrPrefix}. Vorhandene zeigt: npm run kb -- token list`);
  if (matches.length > 1) throw new AppError("CONFLICT", `Mehrere Tokens beginnen mit ${idOrPrefix}; bitte die Token-ID angeben (npm run kb -- token list).`);
  const [{ id }] = matches as [{ id: string }];
  const current = await db().apiToken.findUniqueOrThrow({ where: { id }, select: infoSelect });
  if (current.revokedAt) return current;
  return db().apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: infoSelect });
}

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  tokenHash: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  orgId: string;
  orgArs: string;
  orgName: string;
  orgKind: Actor["organisation"]["kind"];
}

/**
 * Tokens by hash, kept until a token or organisation changes (a revocation, from any process, voids them at
 * once: lib/change-feed.ts). Every search as the agent types is authenticated so.
 */
const tokenRows = new ChangeAwareCache<TokenRow | undefined>(["ApiToken", "Organisation"], 60_000, 1_000);

/**
 * The actor of an `Authorization: Bearer <token>` header, or null (no header). Throws UNAUTHENTICATED for
 * an unknown, revoked or expired token. Records the time of use (to the minute).
 */
export async function authenticateBearer(authorization: string | null): Promise<Actor | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw new AppError("UNAUTHENTICATED", "Der Authorization-Header muss die Form \"Bearer <Token>\" haben.");
  const token = match[1];
  const hash = hashToken(token);
  // one statement with the organisation
  const row = await tokenRows.get(hash, async () => {
    const [found] = await db().$queryRaw<TokenRow[]>`
      SELECT t.id, t.name, t.role::text AS role, t."tokenHash", t."revokedAt", t."expiresAt", t."lastUsedAt",
        o.id AS "orgId", o.ars AS "orgArs", o.name AS "orgName", o.kind::text AS "orgKind"
      FROM "ApiToken" t JOIN "Organisation" o ON o.id = t."organisationId"
      WHERE t."tokenHash" = ${hash}`;
    return found;
  });
  const now = new Date();
  // The lookup is by hash; the constant-time compare guards against a future change to a prefix lookup.
  const isValid = row && timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(hash)) && !row.revokedAt && (!row.expiresAt || row.expiresAt > now);
  if (!row || !isValid) throw new AppError("UNAUTHENTICATED", "Das Token ist unbekannt, widerrufen oder abgelaufen. Bitte ein gültiges Token verwenden.");
  // The time of use to the minute: a machine client (an agent's search as they type) must not write on every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { kind: "token", id: row.id, name: row.name, role: row.role, organisation: { id: row.orgId, ars: row.orgArs, name: row.orgName, kind: row.orgKind } };
}
