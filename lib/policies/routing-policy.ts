import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { LAENDER, landOfArs } from "../organisations/laender";

/**
 * Who maintains and reads the Kommunikationsmatrix (issue 8, EfA S2). Pure: the caller loads the service facts.
 *   - the BeV of the operating Land maintains the base matrix of the services its Land operates (valid for all
 *     co-using Länder) and reads the effective matrix of every Land using them;
 *   - the MiV of a Land completes or overrides the matrix for its own Land, for the services its Land uses, and
 *     marks paths as not allowed there; it reads only its own Land's matrix;
 *   - the administration may do both, for every service;
 *   - nobody else, and not another Land's entries or another operator's service (403).
 * API tokens of these roles have the same rights as their people (machine clients pulling the export).
 */

/** What the policy needs to know about an online service. */
export interface MatrixServiceFact {
  id: string;
  name: string;
  operatorArs: string;
  coUserArs: readonly string[];
}

const landLabel = (ars: string) => {
  const land = landOfArs(ars);
  return land ? LAENDER[land] : ars;
};

const usesService = (service: MatrixServiceFact, ars: string) => service.operatorArs === ars || service.coUserArs.includes(ars);

export function canViewMatrix(actor: Actor): boolean {
  return actor.role === "ADMIN" || ((actor.role === "BEV" || actor.role === "MIV") && actor.organisation.kind === "LAND");
}

export function authorizeViewMatrix(actor: Actor): void {
  if (!canViewMatrix(actor)) throw new AppError("FORBIDDEN", "Die Kommunikationsmatrix pflegen die BeV, die MiV der Länder und die Administration.");
}

/** Whether the actor sees this service on the matrix page: its operator's BeV, a MiV of a Land using it, the administration. */
export function canViewServiceMatrix(actor: Actor, service: MatrixServiceFact): boolean {
  if (!canViewMatrix(actor)) return false;
  if (actor.role === "ADMIN") return true;
  return actor.role === "BEV" ? service.operatorArs === actor.organisation.ars : usesService(service, actor.organisation.ars);
}

/** Throws FORBIDDEN unless the actor may read the effective matrix of the service in that Land. */
export function authorizeViewEffectiveMatrix(actor: Actor, service: MatrixServiceFact, landArs: string): void {
  authorizeViewMatrix(actor);
  if (!canViewServiceMatrix(actor, service)) throw new AppError("FORBIDDEN", `Die Kommunikationsmatrix von „${service.name}“ sehen der BeV des betreibenden Landes und die MiV der Länder, die den Dienst nutzen.`);
  if (actor.role === "MIV" && landArs !== actor.organisation.ars) throw new AppError("FORBIDDEN", `Als MiV sehen Sie die Kommunikationsmatrix Ihres Landes ${landLabel(actor.organisation.ars)}, nicht die von ${landLabel(landArs)}.`);
}

/**
 * Whether the actor may change the entries of one level of the matrix of a service: `regionArs` null is the
 * base matrix (BeV of the operating Land), a Land's key its own entries (MiV of that Land, if it uses the service).
 */
export function canEditMatrix(actor: Actor, service: MatrixServiceFact, regionArs: string | null): boolean {
  if (actor.role === "ADMIN") return regionArs === null || usesService(service, regionArs);
  if (actor.organisation.kind !== "LAND") return false;
  if (regionArs === null) return actor.role === "BEV" && service.operatorArs === actor.organisation.ars;
  return actor.role === "MIV" && regionArs === actor.organisation.ars && usesService(service, regionArs);
}

/** Throws FORBIDDEN with a German reason unless `canEditMatrix`. */
export function authorizeEditMatrix(actor: Actor, service: MatrixServiceFact, regionArs: string | null): void {
  if (canEditMatrix(actor, service, regionArs)) return;
  if (regionArs === null) {
    throw new AppError("FORBIDDEN", `Die Basis-Matrix von „${service.name}“ pflegt der BeV des betreibenden Landes ${landLabel(service.operatorArs)}; Länder ergänzen sie mit eigenen Einträgen.`);
  }
  if (actor.role === "MIV" && regionArs === actor.organisation.ars) throw new AppError("FORBIDDEN", `Ihr Land nutzt den Onlinedienst „${service.name}“ nicht; dafür gibt es keine Einträge Ihres Landes.`);
  throw new AppError("FORBIDDEN", `Die Einträge von ${landLabel(regionArs)} zu „${service.name}“ pflegt der MiV von ${landLabel(regionArs)}.`);
}

/** Restrictions (paths not allowed) are a Land's decision: its MiV (or the administration) for a Land using the service. */
export function authorizeRestrictPath(actor: Actor, service: MatrixServiceFact, regionArs: string): void {
  if ((actor.role === "MIV" || actor.role === "ADMIN") && canEditMatrix(actor, service, regionArs)) return;
  if (actor.role === "BEV") throw new AppError("FORBIDDEN", "Welche Wege in einem Land nicht zulässig sind, legt der MiV des Landes fest; der BeV pflegt die Basis-Matrix.");
  authorizeEditMatrix(actor, service, regionArs);
  throw new AppError("FORBIDDEN", "Nicht zulässige Wege legt der MiV des Landes fest.");
}
