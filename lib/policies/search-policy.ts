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

/**
 * Whose search event an actor may add the opened article to: its own organisation's only (the events carry no
 * person, so the organisation is the owner).
 */
export function canUpdateSearchEvent(actor: Actor, event: { organisationId: string | null }): boolean {
  return canSearch(actor) && event.organisationId !== null && event.organisationId === actor.organisation.id;
}

/** Who may look up organisations to choose the caller's region: whoever may search. */
export function canChooseRegion(actor: Actor): boolean {
  return canSearch(actor);
}

export function authorizeChooseRegion(actor: Actor): void {
  if (!canChooseRegion(actor)) throw new AppError("FORBIDDEN", "Regionen wählen nur das 115-Servicecenter und die Redaktionen bei der Suche.");
}
