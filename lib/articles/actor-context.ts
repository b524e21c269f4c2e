import type { Actor } from "../auth/actor";
import type { AuditActor } from "../audit/record-audit";

/** The audit name of an actor. */
export function auditActor(actor: Actor): AuditActor {
  return { id: actor.kind === "user" ? actor.id : null, label: actor.kind === "user" ? actor.name : `API-Token ${actor.name}` };
}
