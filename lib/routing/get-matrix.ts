import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { authorizeViewEffectiveMatrix, authorizeViewMatrix, canEditMatrix, canViewServiceMatrix } from "../policies/routing-policy";
import { loadEffectiveMatrix, presentRoutingTarget, type RoutingTargetView } from "./list-routing-targets";
import { loadMatrixService, loadMatrixServices, type MatrixService } from "./matrix-service";
import type { RestrictionView } from "./save-routing-target";

/** The matrix page of one service and Land: base entries, the Land's entries and restrictions, the effective matrix. */
export interface MatrixView {
  service: { key: string; name: string; operatorArs: string; operatorName: string };
  land: { ars: string; name: string };
  /** the Länder whose matrix the actor may look at for this service */
  lands: { ars: string; name: string }[];
  base: RoutingTargetView[];
  landEntries: RoutingTargetView[];
  restrictions: RestrictionView[];
  effective: RoutingTargetView[];
  canEditBase: boolean;
  canEditLand: boolean;
  /** only the Land's MiV (or the administration) marks paths as not allowed */
  canRestrict: boolean;
}

/** The services the actor sees on the matrix page (BeV: operated; MiV: used by its Land; ADMIN: all). */
export async function listMatrixServices(actor: Actor): Promise<{ key: string; name: string }[]> {
  authorizeViewMatrix(actor);
  return (await loadMatrixServices(db())).filter((s) => canViewServiceMatrix(actor, s)).map((s) => ({ key: s.key, name: s.name }));
}

function visibleLands(actor: Actor, service: MatrixService) {
  return actor.role === "MIV" ? service.lands.filter((l) => l.ars === actor.organisation.ars) : service.lands;
}

/**
 * The Kommunikationsmatrix of a service for one Land (default: a MiV's own Land, else the operating Land), readable per lib/policies/routing-policy.
 */
export async function getMatrix(actor: Actor, serviceKey: string, landArs?: string | null): Promise<MatrixView> {
  authorizeViewMatrix(actor);
  const client = db();
  const service = await loadMatrixService(client, serviceKey);
  const lands = visibleLands(actor, service);
  const wanted = landArs ?? (actor.role === "MIV" ? actor.organisation.ars : service.operatorArs);
  authorizeViewEffectiveMatrix(actor, service, wanted);
  const land = service.lands.find((l) => l.ars === wanted);
  if (!land) throw new AppError("NOT_FOUND", `Das Land ${wanted} nutzt den Onlinedienst „${service.name}“ nicht. Bitte ein Land aus der Liste wählen.`, [{ path: "land", message: "Kein Land dieses Dienstes." }]);
  const [baseRows, landRows, restrictions, effective] = await Promise.all([
    client.routingTarget.findMany({ where: { serviceId: service.id, regionId: null }, orderBy: [{ level: "asc" }, { kind: "asc" }, { name: "asc" }] }),
    client.routingTarget.findMany({ where: { serviceId: service.id, regionId: land.id }, orderBy: [{ level: "asc" }, { kind: "asc" }, { name: "asc" }] }),
    client.routingRestriction.findMany({ where: { serviceId: service.id, regionId: land.id }, orderBy: [{ level: "asc" }, { kind: "asc" }] }),
    loadEffectiveMatrix(client, service.id, land.id),
  ]);
  const reasons = new Map(restrictions.map((r) => [`${r.level}:${r.kind}`, r.reason]));
  return {
    service: { key: service.key, name: service.name, operatorArs: service.operatorArs, operatorName: service.operatorName },
    land: { ars: land.ars, name: land.name },
    lands: lands.map((l) => ({ ars: l.ars, name: l.name })),
    base: baseRows.map((r) => presentRoutingTarget(r, service.operatorArs)),
    landEntries: landRows.map((r) => presentRoutingTarget({ ...r, notAllowedReason: reasons.get(`${r.level}:${r.kind}`) ?? null }, land.ars)),
    restrictions: restrictions.map((r) => ({ id: r.id, level: r.level, kind: r.kind, reason: r.reason })),
    effective,
    canEditBase: canEditMatrix(actor, service, null),
    canEditLand: canEditMatrix(actor, service, land.ars),
    canRestrict: (actor.role === "MIV" || actor.role === "ADMIN") && canEditMatrix(actor, service, land.ars),
  };
}
