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

const LEVEL_ORDER: Record<SupportLevel, number> = { SECOND: 0, THIRD: 1 };
const KIND_ORDER: Record<SupportKind, number> = { TECHNICAL: 0, FACHLICH: 1 };

/**
 * The routing targets of one service that apply in a region (pure): the base entries plus the entries of the
 * region's Land, where the Land's entries of a level and kind (e.g. Second Level, technisch) replace the base
 * entries of that level and kind. Entries of other regions are ignored. Sorted by level, kind, name.
 */
export function resolveRoutingTargets<T extends RoutingTargetRow>(targets: readonly T[], landId: string): T[] {
  const own = targets.filter((t) => t.regionId === landId);
  const overridden = new Set(own.map((t) => `${t.level}:${t.kind}`));
  const base = targets.filter((t) => t.regionId === null && !overridden.has(`${t.level}:${t.kind}`));
  return [...base, ...own].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "de"));
}
