import type { Channel, Stoerungsklasse, SupportKind, SupportLevel } from "../../generated/prisma/enums";
import type { Db } from "../db-client";
import { resolveRoutingTargets } from "./resolve-routing-targets";

/** A routing target as the agent screen shows it (display only; maintenance comes with the Kommunikationsmatrix). */
export interface RoutingTargetView {
  id: string;
  level: SupportLevel;
  kind: SupportKind;
  name: string;
  channel: Channel;
  contact: string;
  serviceHours: string;
  /** reaction and resolution time per Störungsklasse, in hours */
  hours: Record<Stoerungsklasse, { reaction: number; resolution: number }>;
  /** the Land's own entry (else a base entry of the operating Land) */
  isRegional: boolean;
}

/**
 * The routing targets of a service that apply in the region of Land `landId` (lib/routing/resolve-routing-targets),
 * shaped for display.
 */
export async function listRoutingTargets(client: Db, serviceId: string, landId: string): Promise<RoutingTargetView[]> {
  const rows = await client.routingTarget.findMany({ where: { serviceId, OR: [{ regionId: null }, { regionId: landId }] } });
  return resolveRoutingTargets(rows, landId).map((r) => ({
    id: r.id, level: r.level, kind: r.kind, name: r.name, channel: r.channel, contact: r.contact, serviceHours: r.serviceHours,
    hours: {
      BETRIEBSVERHINDERND: { reaction: r.reactionHoursVerhindernd, resolution: r.resolutionHoursVerhindernd },
      BETRIEBSBEHINDERND: { reaction: r.reactionHoursBehindernd, resolution: r.resolutionHoursBehindernd },
      LEICHT: { reaction: r.reactionHoursLeicht, resolution: r.resolutionHoursLeicht },
    },
    isRegional: r.regionId !== null,
  }));
}
