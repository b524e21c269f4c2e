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

export type OidcMapping =
  | { ok: true; subject: string; email: string; name: string; role: HumanRole; ars: string }
  | { ok: false; reason: string };

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
  if (!subject) return { ok: false, reason: "Die Anmeldung liefert keine Kennung (sub)." };
  if (!email) return { ok: false, reason: "Die Anmeldung liefert keine E-Mail-Adresse (Claim email)." };
  const rawRoles = claimAt(claims, config.roleClaim);
  const values = (Array.isArray(rawRoles) ? rawRoles : [rawRoles]).filter((v): v is string => typeof v === "string");
  const mapped = new Set(values.map((v) => config.roleMap.get(v.toLowerCase())).filter((r): r is HumanRole => Boolean(r)));
  const role = HUMAN_ROLES.find((r) => mapped.has(r));
  if (!role) return { ok: false, reason: `Ihr Konto hat keine Rolle für dieses System (Claim ${config.roleClaim}).` };
  const rawArs = claimAt(claims, config.orgClaim);
  const ars = typeof rawArs === "string" ? rawArs.trim() : Array.isArray(rawArs) && typeof rawArs[0] === "string" ? rawArs[0].trim() : "";
  if (!/^\d{2}(\d{10})?$/.test(ars)) return { ok: false, reason: `Ihr Konto nennt keine gültige Organisation (Claim ${config.orgClaim}, ein Regionalschlüssel).` };
  const nameClaim = [claims.name, claims.preferred_username].find((v): v is string => typeof v === "string" && v.trim() !== "");
  return { ok: true, subject, email, name: nameClaim?.trim() ?? email, role, ars };
}

/**
 * Creates or updates the local user of an OIDC identity. The identity provider is the source of truth for
 * role and organisation, so both are updated at every sign-in. Returns the user id or a German reason.
 */
export async function provisionOidcUser(mapping: OidcMapping): Promise<{ userId: string } | { reason: string }> {
  if (!mapping.ok) return { reason: mapping.reason };
  const org = await db().organisation.findUnique({ where: { ars: mapping.ars }, select: { id: true } });
  if (!org) return { reason: `Die Organisation ${mapping.ars} ist in diesem System nicht angelegt. Bitte wenden Sie sich an die Administration.` };
  const bySubject = await db().user.findUnique({ where: { oidcSubject: mapping.subject } });
  const byEmail = bySubject ? null : await db().user.findUnique({ where: { email: mapping.email } });
  if (byEmail?.oidcSubject && byEmail.oidcSubject !== mapping.subject) {
    return { reason: "Diese E-Mail-Adresse gehört bereits zu einem anderen Konto. Bitte wenden Sie sich an die Administration." };
  }
  const existing = bySubject ?? byEmail;
  if (existing && !existing.isActive) return { reason: "Ihr Konto ist deaktiviert. Bitte wenden Sie sich an die Administration." };
  const data = { email: mapping.email, name: mapping.name, role: mapping.role, organisationId: org.id, oidcSubject: mapping.subject, lastLoginAt: new Date() };
  const user = existing
    ? await db().user.update({ where: { id: existing.id }, data })
    : await db().user.create({ data });
  return { userId: user.id };
}
