import type { SupportKind, SupportLevel } from "../../generated/prisma/enums";

/** What the resolution needs to know about a routing target of the Kommunikationsmatrix. */
export interface RoutingTargetRow {
  id: string;
  /** null: a base entry of the operating Land, valid for all regions */
  regionId: string | null;
  level: SupportLevel;
  kind: SupportKind;
  name: string;
}

/** A path (level and kind) that a Land does not allow for its region, with the Land's reason. */
export interface RoutingRestrictionRow {
  regionId: string;
  level: SupportLevel;
  kind: SupportKind;
  reason: string;
}

/** A resolved target: `notAllowedReason` is set when the Land does not allow its path. */
export type ResolvedTarget<T> = T & { notAllowedReason: string | null };

const LEVEL_ORDER: Record<SupportLevel, number> = { SECOND: 0, THIRD: 1 };
const KIND_ORDER: Record<SupportKind, number> = { TECHNICAL: 0, FACHLICH: 1 };

export const pathKey = (p: { level: SupportLevel; kind: SupportKind }) => `${p.level}:${p.kind}`;

/**
 * The effective Kommunikationsmatrix of one service in a Land (pure, the one place of this rule): the base
 * entries plus the entries of the Land, where the Land's entries of a level and kind (e.g. Second Level,
 * technisch) replace the base entries of that level and kind. Entries and restrictions of other regions are
 * ignored. A path the Land marked as not allowed keeps its targets, marked with the Land's reason (the
 * maintenance page and the export show them; agents get only the allowed ones, see `allowedTargets`).
 * Sorted by level, kind, name.
 */
export function resolveRoutingTargets<T extends RoutingTargetRow>(targets: readonly T[], landId: string, restrictions: readonly RoutingRestrictionRow[] = []): ResolvedTarget<T>[] {
  const own = targets.filter((t) => t.regionId === landId);
  const overridden = new Set(own.map(pathKey));
  const base = targets.filter((t) => t.regionId === null && !overridden.has(pathKey(t)));
  const reasons = new Map(restrictions.filter((r) => r.regionId === landId).map((r) => [pathKey(r), r.reason]));
  return [...base, ...own]
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "de"))
    .map((t) => ({ ...t, notAllowedReason: reasons.get(pathKey(t)) ?? null }));
}

/** Only the targets agents of the Land may contact (not-allowed paths removed). */
export function allowedTargets<T extends { notAllowedReason: string | null }>(resolved: readonly T[]): T[] {
  return resolved.filter((t) => t.notAllowedReason === null);
}
