import type { OrgKind, Role } from "../../generated/prisma/enums";

export type { OrgKind, Role };

/** Who is acting: a signed-in person or a machine client with an API token. */
export interface Actor {
  kind: "user" | "token";
  id: string;
  name: string;
  email?: string;
  role: Role;
  organisation: { id: string; ars: string; name: string; kind: OrgKind };
}

export const ROLES = ["ADMIN", "BEV", "REVIEWER", "MIV", "KOMMUNE", "AGENT", "XZUFI"] as const satisfies readonly Role[];

/** German names of the roles, as shown in the UI. */
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administration",
  BEV: "Redaktion Betriebsverantwortung (BeV)",
  REVIEWER: "Qualitätssicherung (Prüfung)",
  MIV: "Redaktion Mitnutzung Land (MiV)",
  KOMMUNE: "Redaktion Kommune",
  AGENT: "115-Servicecenter",
  XZUFI: "XZuFi-Abruf (Maschine)",
};

export const ORG_KIND_LABELS: Record<OrgKind, string> = { BUND: "Bund", LAND: "Land", KOMMUNE: "Kommune" };
