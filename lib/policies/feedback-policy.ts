import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { canSearch } from "./search-policy";

/**
 * Who may give feedback on an article shown for a region (issue 6): whoever may search (115 agents, editors
 * trying the agent screen, agent API tokens). Which article is decided by the article policy ("read"), which
 * the feedback service checks as well.
 */
export function canGiveFeedback(actor: Actor): boolean {
  return canSearch(actor);
}

export function authorizeFeedback(actor: Actor): void {
  if (!canGiveFeedback(actor)) throw new AppError("FORBIDDEN", "Rückmeldungen zu Artikeln gibt das 115-Servicecenter; dieser Zugang darf das nicht.");
}
