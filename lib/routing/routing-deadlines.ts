import type { Stoerungsklasse } from "../../generated/prisma/enums";
import { STOERUNGSKLASSEN } from "../articles/vocabulary";
import { STOERUNGSKLASSE_RANK } from "../incidents/list-active-incidents";
import { targetDeadlines } from "../matrix/target-deadlines";
import type { RoutingTargetView } from "./list-routing-targets";

/** The deadlines of one routing target for a ticket raised now ("Do 26.11. 09:30"), or why there are none. */
export type RoutingDeadline = { ok: true; reaction: string; resolution: string; reactionDue: string; resolutionDue: string } | { ok: false; error: string };

/**
 * The Störungsklasse for the deadlines on the agent screen: the one the agent chose, else the severest active
 * incident of the service, else none (the agent chooses). Pure.
 */
export function deadlineKlasse(chosen: string | undefined, activeKlassen: readonly Stoerungsklasse[]): Stoerungsklasse | null {
  if (chosen && (STOERUNGSKLASSEN as readonly string[]).includes(chosen)) return chosen as Stoerungsklasse;
  return [...activeKlassen].sort((a, b) => STOERUNGSKLASSE_RANK[a] - STOERUNGSKLASSE_RANK[b])[0] ?? null;
}

/**
 * Reaction and resolution deadlines in working time (lib/matrix/target-deadlines) of each target for a ticket of
 * class `klasse` raised at `raisedAt`, with the holidays of the target's Land (base entries: the operating Land).
 */
export function routingDeadlines(targets: readonly RoutingTargetView[], klasse: Stoerungsklasse, raisedAt: Date): Record<string, RoutingDeadline> {
  return Object.fromEntries(
    targets.map((t) => {
      const d = targetDeadlines(
        {
          serviceHours: t.serviceHours,
          reactionHoursVerhindernd: t.hours.BETRIEBSVERHINDERND.reaction, reactionHoursBehindernd: t.hours.BETRIEBSBEHINDERND.reaction, reactionHoursLeicht: t.hours.LEICHT.reaction,
          resolutionHoursVerhindernd: t.hours.BETRIEBSVERHINDERND.resolution, resolutionHoursBehindernd: t.hours.BETRIEBSBEHINDERND.resolution, resolutionHoursLeicht: t.hours.LEICHT.resolution,
        },
        klasse,
        raisedAt,
        t.holidayLandArs,
      );
      const value: RoutingDeadline = d.ok
        ? { ok: true, reaction: d.reactionLabel, resolution: d.resolutionLabel, reactionDue: d.reactionDue.toISOString(), resolutionDue: d.resolutionDue.toISOString() }
        : { ok: false, error: `Die Servicezeiten dieses Ziels sind nicht lesbar (${d.errors.join(" ")}); bitte die Leitstelle fragen.` };
      return [t.id, value];
    }),
  );
}
