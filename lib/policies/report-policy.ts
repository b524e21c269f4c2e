import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { LAENDER, landOfArs } from "../organisations/laender";

/**
 * Who sees which S6 statistics (issue 8, EfA S6). Pure: the caller loads the facts about the services.
 *   - a MiV sees its own Land: the searches and feedback of agents for the Land and its Kommunen, for all
 *     services or one service its Land operates or co-uses;
 *   - a BeV sees the services its Land operates, over all Länder using them and per Land;
 *   - nobody else (403), also not another Land's MiV or the BeV of another service.
 */

/** What the policy needs to know about an online service. */
export interface ServiceFact {
  id: string;
  key: string;
  name: string;
  operatorArs: string;
  coUserArs: string[];
}

/** What a report may contain: which services and which Länder, and how it is split. */
export interface ReportScope {
  kind: "LAND" | "BETREIBER";
  /** the services that count (one, if the request names one) */
  services: ServiceFact[];
  /** the Länder whose events count (one for a MiV or a BeV request with a Land) */
  landArs: string[];
  selectedService: ServiceFact | null;
  selectedLand: string | null;
  /** a BeV report over several Länder has one part per Land besides the total */
  isPerLand: boolean;
}

export function canViewReports(actor: Actor): boolean {
  return (actor.role === "MIV" || actor.role === "BEV") && actor.organisation.kind === "LAND";
}

/** Throws FORBIDDEN unless the actor may see S6 reports at all. */
export function authorizeViewReports(actor: Actor): void {
  if (!canViewReports(actor)) {
    throw new AppError("FORBIDDEN", "Die S6-Statistik sehen die MiV (für ihr Land) und die BeV (für die Dienste, die ihr Land betreibt).");
  }
}

const landLabel = (ars: string) => {
  const land = landOfArs(ars);
  return land ? `${LAENDER[land]} (${land})` : ars;
};

/** Länder using a service: the operating Land and the co-using Länder. */
export function landsOfService(service: ServiceFact): string[] {
  return [...new Set([service.operatorArs, ...service.coUserArs])].sort();
}

/**
 * The scope of a report request, or FORBIDDEN. `request.service` is the named service (already known to
 * exist), `request.landArs` the named Land; `allServices` are all online services.
 */
export function resolveReportScope(actor: Actor, request: { service: ServiceFact | null; landArs: string | null }, allServices: readonly ServiceFact[]): ReportScope {
  authorizeViewReports(actor);
  const own = actor.organisation.ars;
  if (actor.role === "MIV") {
    if (request.landArs && request.landArs !== own) {
      throw new AppError("FORBIDDEN", `Als MiV sehen Sie die Statistik Ihres Landes ${landLabel(own)}, nicht die von ${landLabel(request.landArs)}.`);
    }
    const used = allServices.filter((s) => landsOfService(s).includes(own));
    if (request.service && !used.some((s) => s.id === request.service?.id)) {
      throw new AppError("FORBIDDEN", `Ihr Land nutzt den Onlinedienst „${request.service.name}“ nicht; dazu gibt es keine Statistik für Sie.`);
    }
    return { kind: "LAND", services: request.service ? [request.service] : used, landArs: [own], selectedService: request.service, selectedLand: own, isPerLand: false };
  }
  const operated = allServices.filter((s) => s.operatorArs === own);
  if (request.service && request.service.operatorArs !== own) {
    throw new AppError("FORBIDDEN", `Die Statistik zu „${request.service.name}“ sieht der BeV des betreibenden Landes ${landLabel(request.service.operatorArs)}.`);
  }
  const services = request.service ? [request.service] : operated;
  const lands = [...new Set(services.flatMap(landsOfService))].sort();
  if (request.landArs && !lands.includes(request.landArs)) {
    throw new AppError("FORBIDDEN", `${landLabel(request.landArs)} nutzt ${request.service ? `„${request.service.name}“ nicht` : "keinen der Dienste Ihres Landes"}; dazu gibt es keine Statistik für Sie.`);
  }
  const landArs = request.landArs ? [request.landArs] : lands;
  return { kind: "BETREIBER", services, landArs, selectedService: request.service, selectedLand: request.landArs, isPerLand: !request.landArs && landArs.length > 1 };
}
