import type { Actor } from "../auth/actor";
import { AppError } from "../errors";

/** What deriving a variant needs to know about the parent and the actor's region. */
export interface DeriveContext {
  parentIsPublished: boolean;
  parentIsArchived: boolean;
  /** null: the parent is the base; otherwise the region of the parent variant */
  parentVariantOrgId: string | null;
  /** whether the parent is itself a variant of a variant (then nothing may derive from it) */
  parentDepth: 0 | 1 | 2;
  operatorOrgId: string;
  coUserOrgIds: readonly string[];
  /** the Land of a Kommune actor */
  actorLandId: string | null;
}

/**
 * Who may derive a variant from which parent (issue "Variants"): a MIV for its own Land from the base of a
 * service its Land co-uses; a KOMMUNE editor for its own Kommune from the base or from its Land's variant, for
 * services its Land co-uses or operates. Chains end at base -> Land -> Kommune.
 */
export function deriveProblem(actor: Actor, ctx: DeriveContext): string | null {
  if (actor.kind !== "user") return "Varianten legen nur Personen an.";
  if (!ctx.parentIsPublished || ctx.parentIsArchived) return "Varianten entstehen nur aus veröffentlichten Artikeln.";
  if (actor.role === "MIV") {
    if (actor.organisation.kind !== "LAND") return "Eine MiV-Redaktion gehört zu einem Land.";
    if (ctx.parentVariantOrgId !== null) return "Die Variante eines Landes wird vom Basisartikel abgeleitet.";
    if (!ctx.coUserOrgIds.includes(actor.organisation.id)) return "Ihr Land nutzt diesen Onlinedienst nicht mit.";
    return null;
  }
  if (actor.role === "KOMMUNE") {
    if (actor.organisation.kind !== "KOMMUNE" || !ctx.actorLandId) return "Eine Kommunal-Redaktion gehört zu einer Kommune.";
    if (ctx.parentDepth >= 2) return "Varianten reichen höchstens von der Basis über das Land zur Kommune.";
    if (ctx.parentVariantOrgId !== null && ctx.parentVariantOrgId !== ctx.actorLandId) return "Eine Kommune leitet nur von der Basis oder von der Variante ihres Landes ab.";
    if (ctx.operatorOrgId !== ctx.actorLandId && !ctx.coUserOrgIds.includes(ctx.actorLandId)) return "Ihr Land nutzt oder betreibt diesen Onlinedienst nicht.";
    return null;
  }
  return "Varianten leiten die Redaktionen mitnutzender Länder (MiV) und der Kommunen ab.";
}

export function authorizeDerive(actor: Actor, ctx: DeriveContext): void {
  const problem = deriveProblem(actor, ctx);
  if (problem) throw new AppError("FORBIDDEN", problem);
}
