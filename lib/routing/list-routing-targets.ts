import type { Channel, Stoerungsklasse, SupportKind, SupportLevel } from "../../generated/prisma/enums";
import type { Db, Tx } from "../db-client";
import { allowedTargets, resolveRoutingTargets } from "./resolve-routing-targets";
import type { TargetTimes } from "../matrix/target-deadlines";

/** A routing target as the agent screen, the matrix page and the export show it. */
export interface RoutingTargetView {
  id: string;
  level: SupportLevel;
  kind: SupportKind;
  name: string;
  channel: Channel;
  contact: string;
  serviceHours: string;
  /** reaction and resolution time per Störungsklasse, in working hours */
  hours: Record<Stoerungsklasse, { reaction: number; resolution: number }>;
  /** the Land's own entry (else a base entry of the operating Land) */
  isRegional: boolean;
  /** the Land whose holidays count for its deadlines: its own Land, for a base entry the operating Land */
  holidayLandArs: string;
  /** set when the Land does not allow this path (lib/routing/resolve-routing-targets) */
  notAllowedReason: string | null;
  updatedAt: string;
}

/** The columns of RoutingTarget the views need (its service hours and times as TargetTimes). */
export interface RoutingTargetRecord extends TargetTimes {
  id: string;
  regionId: string | null;
  level: SupportLevel;
  kind: SupportKind;
  name: string;
  channel: Channel;
  contact: string;
  updatedAt: Date;
}

/** One stored target shaped for display; `holidayLandArs` as in RoutingTargetView. */
export function presentRoutingTarget(r: RoutingTargetRecord & { notAllowedReason?: string | null }, holidayLandArs: string): RoutingTargetView {
  return {
    id: r.id, level: r.level, kind: r.kind, name: r.name, channel: r.channel, contact: r.contact, serviceHours: r.serviceHours,
    hours: {
      BETRIEBSVERHINDERND: { reaction: r.reactionHoursVerhindernd, resolution: r.resolutionHoursVerhindernd },
      BETRIEBSBEHINDERND: { reaction: r.reactionHoursBehindernd, resolution: r.resolutionHoursBehindernd },
      LEICHT: { reaction: r.reactionHoursLeicht, resolution: r.resolutionHoursLeicht },
    },
    isRegional: r.regionId !== null,
    holidayLandArs,
    notAllowedReason: r.notAllowedReason ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * The effective Kommunikationsmatrix of a service in Land `landId` (lib/routing/resolve-routing-targets), with
 * the paths the Land does not allow marked. Unchecked: the caller has authorised the reader.
 */
export async function loadEffectiveMatrix(client: Db | Tx, serviceId: string, landId: string): Promise<RoutingTargetView[]> {
  const [rows, restrictions, service, land] = await Promise.all([
    client.routingTarget.findMany({ where: { serviceId, OR: [{ regionId: null }, { regionId: landId }] } }),
    client.routingRestriction.findMany({ where: { serviceId, regionId: landId } }),
    client.onlineService.findUniqueOrThrow({ where: { id: serviceId }, select: { operator: { select: { ars: true } } } }),
    client.organisation.findUniqueOrThrow({ where: { id: landId }, select: { ars: true } }),
  ]);
  return resolveRoutingTargets(rows, landId, restrictions).map((r) => presentRoutingTarget(r, r.regionId === null ? service.operator.ars : land.ars));
}

/** The routing targets agents in Land `landId` may use for a service: the effective matrix without the paths the Land does not allow. */
export async function listRoutingTargets(client: Db, serviceId: string, landId: string): Promise<RoutingTargetView[]> {
  return allowedTargets(await loadEffectiveMatrix(client, serviceId, landId));
}
