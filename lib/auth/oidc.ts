import { db } from "../db";
import type { Env } from "../env";
import type { Role } from "./actor";

/**
 * Maps the claims of an OIDC identity (e.g. Keycloak) to a role and an organisation; see docs/auth.md.
 * OIDC_ROLE_CLAIM: dotted path to a string or string array (default "roles"; Keycloak: "realm_access.roles").
 * OIDC_ORG_CLAIM: dotted path to the organisation's ARS (default "ars").
 * OIDC_ROLE_MAP: "idp-value=ROLE,..." (default: values equal to a role name, case-insensitive).
 */
export const HUMAN_ROLES = ["ADMIN", "BEV", "REVIEWER", "MIV", "KOMMUNE", "AGENT"] as const satisfies readonly Role[];
type HumanRole = (typeof HUMAN_ROLES)[number];

export interface OidcMappingConfig {
  roleClaim: string;
  orgClaim: string;
  roleMap: Map<string, HumanRole>;
}

/** Why an OIDC identity is refused; the sign-in page turns the code into a German message. */
export type OidcRefusal = "NO_SUBJECT" | "NO_EMAIL" | "NO_ROLE" | "NO_ORG" | "UNKNOWN_ORG" | "EMAIL_TAKEN" | "DEACTIVATED";

export type OidcMapping =
  | { ok: true; subject: string; email: string; name: string; role: HumanRole; ars: string }
  | { ok: false; reason: OidcRefusal };

/** Parses OIDC_ROLE_MAP; throws with a German message naming the bad entry. */
export function parseRoleMap(raw: string | undefined): Map<string, HumanRole> {
  const map = new Map<string, HumanRole>();
  if (!raw) {
    for (const r of HUMAN_ROLES) map.set(r.toLowerCase(), r);
    return map;
  }
  for (const entry of raw.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [from, to] = entry.split("=").map((s) => s.trim());
    const role = HUMAN_ROLES.find((r) => r === to?.toUpperCase());
    if (!from || !role) {
      throw new Error(`Umgebungsvariable OIDC_ROLE_MAP: Eintrag "${entry}" ungültig; erwartet "idp-rolle=ROLLE" mit ROLLE aus ${HUMAN_ROLES.join(", ")}`);
    }
    map.set(from.toLowerCase(), role);
  }
  return map;
}

export function oidcMappingConfig(env: Env): OidcMappingConfig {
  return { roleClaim: env.OIDC_ROLE_CLAIM, orgClaim: env.OIDC_ORG_CLAIM, roleMap: parseRoleMap(env.OIDC_ROLE_MAP) };
}

function claimAt(claims: Record<string, unknown>, dotted: string): unknown {
  let cur: unknown = claims;
  for (const part of dotted.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Pure mapping of ID-token/userinfo claims; the first role in HUMAN_ROLES order wins when several match. */
export function mapOidcClaims(claims: Record<string, unknown>, config: OidcMappingConfig): OidcMapping {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!subject) return { ok: false, reason: "NO_SUBJECT" };
  if (!email) return { ok: false, reason: "NO_EMAIL" };
  const rawRoles = claimAt(claims, config.roleClaim);
  const values = (Array.isArray(rawRoles) ? rawRoles : [rawRoles]).filter((v): v is string => typeof v === "string");
  const mapped = new Set(values.map((v) => config.roleMap.get(v.toLowerCase())).filter((r): r is HumanRole => Boolean(r)));
  const role = HUMAN_ROLES.find((r) => mapped.has(r));
  if (!role) return { ok: false, reason: "NO_ROLE" };
  const rawArs = claimAt(claims, config.orgClaim);
  const ars = typeof rawArs === "string" ? rawArs.trim() : Array.isArray(rawArs) && typeof rawArs[0] === "string" ? rawArs[0].trim() : "";
  if (!/^\d{2}(\d{10})?$/.test(ars)) return { ok: false, reason: "NO_ORG" };
  const nameClaim = [claims.name, claims.preferred_username].find((v): v is string => typeof v === "string" && v.trim() !== "");
  return { ok: true, subject, email, name: nameClaim?.trim() ?? email, role, ars };
}

/**
 * Creates or updates the local user of an OIDC identity. The identity provider is the source of truth for
 * role and organisation, so both are updated at every sign-in. Returns the user id or the refusal code.
 */
export async function provisionOidcUser(mapping: OidcMapping): Promise<{ userId: string } | { reason: OidcRefusal }> {
  if (!mapping.ok) return { reason: mapping.reason };
  const org = await db().organisation.findUnique({ where: { ars: mapping.ars }, select: { id: true } });
  if (!org) return { reason: "UNKNOWN_ORG" };
  const bySubject = await db().user.findUnique({ where: { oidcSubject: mapping.subject } });
  const byEmail = bySubject ? null : await db().user.findUnique({ where: { email: mapping.email } });
  if (byEmail?.oidcSubject && byEmail.oidcSubject !== mapping.subject) {
    return { reason: "EMAIL_TAKEN" };
  }
  const existing = bySubject ?? byEmail;
  if (existing && !existing.isActive) return { reason: "DEACTIVATED" };
  const data = { email: mapping.email, name: mapping.name, role: mapping.role, organisationId: org.id, oidcSubject: mapping.subject, lastLoginAt: new Date() };
  const user = existing
    ? await db().user.update({ where: { id: existing.id }, data })
    : await db().user.create({ data });
  return { userId: user.id };
}
