import type { Db } from "../db-client";
import { familyDocuments, type SearchDocument } from "./document";
import { loadFamiliesFacts } from "./index-article";
import { succeeded, type SearchContext } from "./meili";
import { articleIndexSettings } from "./settings";

/** The documents and deletions for a set of families, computed from the database. */
export interface FamilyChanges {
  upserts: SearchDocument[];
  deletes: string[];
}

/** Maps families to their documents; a family whose base article is gone deletes nothing here (see worker). */
export async function collectFamilyChanges(client: Db, familyIds: readonly string[], now: Date = new Date()): Promise<FamilyChanges> {
  const out: FamilyChanges = { upserts: [], deletes: [] };
  const all = await loadFamiliesFacts(client, familyIds);
  for (const familyId of familyIds) {
    const facts = all.get(familyId);
    if (!facts) {
      out.deletes.push(familyId);
      continue;
    }
    const { upserts, deletes } = familyDocuments(facts, now);
    out.upserts.push(...upserts);
    out.deletes.push(...deletes);
  }
  return out;
}

/** Writes documents and deletions to an index and waits until Meilisearch has applied both (throws otherwise). */
export async function applyChanges(ctx: SearchContext, indexUid: string, changes: FamilyChanges): Promise<void> {
  const index = ctx.client.index<SearchDocument>(indexUid);
  if (changes.upserts.length) await succeeded(index.addDocuments(changes.upserts, { primaryKey: "id" }));
  if (changes.deletes.length) await succeeded(index.deleteDocuments(changes.deletes));
}

/** The synonym groups of the database, for the index settings. */
export async function readSynonymGroups(client: Db): Promise<string[][]> {
  const rows = await client.synonymGroup.findMany({ select: { terms: true }, orderBy: { termsKey: "asc" } });
  return rows.map((r) => r.terms);
}

/** Pushes the synonyms of the database to an index and waits for Meilisearch. */
export async function pushSynonyms(ctx: SearchContext, client: Db, indexUid: string): Promise<void> {
  const settings = articleIndexSettings(await readSynonymGroups(client));
  await succeeded(ctx.client.index(indexUid).updateSynonyms(settings.synonyms ?? {}));
}
