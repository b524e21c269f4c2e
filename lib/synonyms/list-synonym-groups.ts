import { db } from "../db";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { canSearch } from "../policies/search-policy";
import { authorizeEditSynonyms, canEditSynonyms } from "../policies/synonym-policy";
import { filterSynonymGroups } from "./filter-groups";

export interface SynonymGroupView {
  id: string;
  terms: string[];
  updatedAt: string;
}

async function readGroups(): Promise<SynonymGroupView[]> {
  const rows = await db().synonymGroup.findMany({ select: { id: true, terms: true, updatedAt: true } });
  return rows
    .map((r) => ({ id: r.id, terms: r.terms, updatedAt: r.updatedAt.toISOString() }))
    .sort((a, b) => (a.terms[0] ?? "").localeCompare(b.terms[0] ?? "", "de", { sensitivity: "base" }));
}

/** All synonym groups, sorted by their first term; `canEdit` tells the UI whether to offer changes. */
export async function listSynonymGroups(actor: Actor): Promise<{ groups: SynonymGroupView[]; canEdit: boolean }> {
  if (!canSearch(actor) && !canEditSynonyms(actor)) throw new AppError("FORBIDDEN", "Die Synonyme sehen die Redaktionen, die Administration und das 115-Servicecenter.");
  return { groups: await readGroups(), canEdit: canEditSynonyms(actor) };
}

export const SYNONYM_PAGE_SIZE = 25;

export interface SynonymGroupPage {
  groups: SynonymGroupView[];
  /** groups matching the filter */
  total: number;
  /** all groups */
  overall: number;
  page: number;
  pageCount: number;
}

/** One page of the groups matching a filter, for the maintenance page (ADMIN, BEV); a page beyond the end shows the last. */
export async function pageSynonymGroups(actor: Actor, options: { q?: string; page?: number }): Promise<SynonymGroupPage> {
  authorizeEditSynonyms(actor);
  const all = await readGroups();
  const matching = filterSynonymGroups(all, options.q);
  const pageCount = Math.max(1, Math.ceil(matching.length / SYNONYM_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  return { groups: matching.slice((page - 1) * SYNONYM_PAGE_SIZE, page * SYNONYM_PAGE_SIZE), total: matching.length, overall: all.length, page, pageCount };
}
