import type { STOERUNGSKLASSEN } from "../articles/vocabulary";
import { parseServiceHours } from "./service-hours";
import { formatBerlinDeadline, workingTimeDeadline } from "./working-time";

type Klasse = (typeof STOERUNGSKLASSEN)[number];

/** The fields of a routing target the deadlines depend on (as in RoutingTarget). */
export interface TargetTimes {
  serviceHours: string;
  reactionHoursVerhindernd: number;
  reactionHoursBehindernd: number;
  reactionHoursLeicht: number;
  resolutionHoursVerhindernd: number;
  resolutionHoursBehindernd: number;
  resolutionHoursLeicht: number;
}

export type TargetDeadlines =
  | { ok: true; reactionDue: Date; resolutionDue: Date; reactionLabel: string; resolutionLabel: string }
  | { ok: false; errors: string[] };

const HOURS: Record<Klasse, { reaction: keyof TargetTimes; resolution: keyof TargetTimes }> = {
  BETRIEBSVERHINDERND: { reaction: "reactionHoursVerhindernd", resolution: "resolutionHoursVerhindernd" },
  BETRIEBSBEHINDERND: { reaction: "reactionHoursBehindernd", resolution: "resolutionHoursBehindernd" },
  LEICHT: { reaction: "reactionHoursLeicht", resolution: "resolutionHoursLeicht" },
};

/**
 * Reaction and resolution deadlines of a routing target for a ticket of an incident class raised at
 * `raisedAt`. `landArs`: the Land whose holidays apply -- the target's own Land for a Land's entry, the
 * operating Land for an entry of the base matrix. Stored service hours that no longer parse give errors.
 */
export function targetDeadlines(target: TargetTimes, klasse: Klasse, raisedAt: Date, landArs: string | null): TargetDeadlines {
  const parsed = parseServiceHours(target.serviceHours);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const keys = HOURS[klasse];
  const due = (key: keyof TargetTimes) => workingTimeDeadline({ start: raisedAt, workingHours: Number(target[key]), serviceHours: parsed.hours, landArs });
  const reactionDue = due(keys.reaction);
  const resolutionDue = due(keys.resolution);
  return { ok: true, reactionDue, resolutionDue, reactionLabel: formatBerlinDeadline(reactionDue), resolutionLabel: formatBerlinDeadline(resolutionDue) };
}
