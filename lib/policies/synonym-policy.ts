import type { Actor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who maintains the synonym groups: the administration and the BeV editors (issue 6). Everyone who may search
 * may read them.
 */
export function canEditSynonyms(actor: Actor): boolean {
  return actor.kind === "user" && (actor.role === "ADMIN" || actor.role === "BEV");
}

export function authorizeEditSynonyms(actor: Actor): void {
  if (!canEditSynonyms(actor)) throw new AppError("FORBIDDEN", "Synonyme pflegen die Administration und die BeV-Redaktionen.");
}
