import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { canSearch } from "../policies/search-policy";
import { canEditSynonyms } from "../policies/synonym-policy";

export interface SynonymGroupView {
  id: string;
  terms: string[];
  updatedAt: string;
}

/** All synonym groups, sorted by their first term; `canEdit` tells the UI whether to offer changes. */
export async function listSynonymGroups(actor: Actor): Promise<{ groups: SynonymGroupView[]; canEdit: boolean }> {
  if (!canSearch(actor) && !canEditSynonyms(actor)) throw new AppError("FORBIDDEN", "Die Synonyme sehen die Redaktionen, die Administration und das 115-Servicecenter.");
  const rows = await db().synonymGroup.findMany({ select: { id: true, terms: true, updatedAt: true } });
  const groups = rows
    .map((r) => ({ id: r.id, terms: r.terms, updatedAt: r.updatedAt.toISOString() }))
    .sort((a, b) => (a.terms[0] ?? "").localeCompare(b.terms[0] ?? "", "de", { sensitivity: "base" }));
  return { groups, canEdit: canEditSynonyms(actor) };
}
