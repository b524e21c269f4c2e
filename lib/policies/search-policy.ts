import type { Actor, Role } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who may search the knowledge base (issue 6): 115 agents and every editor role, signed in or with an API
 * token. XZuFi machine clients pull the export instead. Which articles a search shows is decided per hit by
 * the article policy (articleListScope) when the hits are read from the database.
 */
const SEARCH_ROLES: readonly Role[] = ["AGENT", "ADMIN", "BEV", "REVIEWER", "MIV", "KOMMUNE"];

export function canSearch(actor: Actor): boolean {
  return SEARCH_ROLES.includes(actor.role);
}

export function authorizeSearch(actor: Actor): void {
  if (!canSearch(actor)) throw new AppError("FORBIDDEN", "Die Suche steht dem 115-Servicecenter und den Redaktionen zur Verfügung, nicht diesem Zugang.");
}
