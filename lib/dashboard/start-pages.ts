import type { Actor, Role } from "../auth/actor";
import { AppError } from "../errors";

/**
 * The start page of each role. Only the named role sees a start page; its data is scoped to the
 * actor's organisation by the read service. (To move into lib/policies once that exists.)
 */
export const START_PAGES = {
  admin: { path: "/admin", role: "ADMIN", title: "Startseite Administration" },
  redaktion: { path: "/redaktion", role: "BEV", title: "Startseite Redaktion (BeV)" },
  pruefung: { path: "/pruefung", role: "REVIEWER", title: "Startseite Prüfung (QS)" },
  land: { path: "/land", role: "MIV", title: "Startseite Land (MiV)" },
  kommune: { path: "/kommune", role: "KOMMUNE", title: "Startseite Kommune" },
  servicecenter: { path: "/servicecenter", role: "AGENT", title: "Startseite 115-Servicecenter" },
} as const satisfies Record<string, { path: string; role: Role; title: string }>;

export type StartPageId = keyof typeof START_PAGES;

const START_PAGE_BY_ROLE: Record<Role, StartPageId | null> = {
  ADMIN: "admin",
  BEV: "redaktion",
  REVIEWER: "pruefung",
  MIV: "land",
  KOMMUNE: "kommune",
  AGENT: "servicecenter",
  XZUFI: null, // machine client: no UI
};

/** Path of the role's start page, or null for roles without UI. */
export function startPathFor(role: Role): string | null {
  const id = START_PAGE_BY_ROLE[role];
  return id ? START_PAGES[id].path : null;
}

/** Whether the actor may open the given start page (a person with exactly that page's role). */
export function canViewStartPage(actor: Actor, page: StartPageId): boolean {
  return actor.kind === "user" && actor.role === START_PAGES[page].role;
}

/** Throws FORBIDDEN unless canViewStartPage; the read services call it so they are safe on their own. */
export function assertCanViewStartPage(actor: Actor, page: StartPageId): void {
  if (!canViewStartPage(actor, page)) {
    throw new AppError("FORBIDDEN", "Diese Startseite ist für Ihre Rolle nicht freigegeben.");
  }
}
