import type { Tx } from "../db-client";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { auditActor } from "../articles/actor-context";
import { synonymTermsKey } from "../bundle/validate-bundle";
import { AppError, type Problem } from "../errors";
import { authorizeEditSynonyms } from "../policies/synonym-policy";
import { enqueueSearchWork } from "../search/outbox";
import { distinctTerms, synonymGroupInputSchema } from "./schema";
import type { SynonymGroupView } from "./list-synonym-groups";

/**
 * The terms as entered (trimmed, positions kept for the field errors), without case-insensitive duplicates, and
 * the problems of the input. Invalid input still yields the entered terms, so that terms taken by another group
 * are reported together with empty or too long ones.
 */
function parseInput(input: unknown): { entered: string[]; terms: string[]; problems: Problem[] } {
  const parsed = synonymGroupInputSchema.safeParse(input);
  if (parsed.success) return { entered: parsed.data.terms, terms: distinctTerms(parsed.data.terms), problems: [] };
  const raw = typeof input === "object" && input !== null ? (input as { terms?: unknown }).terms : undefined;
  const entered = Array.isArray(raw) ? raw.slice(0, 50).map((t) => (typeof t === "string" ? t.trim() : "")) : [];
  return { entered, terms: [], problems: parsed.error.issues.map((i) => ({ path: i.path.join(".") || "terms", message: i.message })) };
}

/**
 * A term belongs to exactly one group: lists every term already in another group, in German, at the position
 * it was entered ("terms.2"), so the form can show the error at its field.
 */
async function termConflicts(tx: Tx, entered: readonly string[], ownId: string | null): Promise<Problem[]> {
  const others = await tx.synonymGroup.findMany({ where: ownId ? { id: { not: ownId } } : {}, select: { terms: true } });
  const owner = new Map<string, string[]>();
  for (const g of others) for (const t of g.terms) owner.set(t.toLowerCase(), g.terms);
  const seen = new Set<string>();
  return entered.flatMap((t, i) => {
    const key = t.toLowerCase();
    const group = !key || seen.has(key) ? undefined : owner.get(key);
    seen.add(key);
    return group ? [{ path: `terms.${i}`, message: `„${t}“ steht schon in der Gruppe „${group.join(", ")}“; ein Begriff gehört zu genau einer Gruppe.` }] : [];
  });
}

const termIndex = (p: Problem) => Number(/^terms\.(\d+)/.exec(p.path)?.[1] ?? Number.MAX_SAFE_INTEGER);

async function writeGroup(actor: Actor, id: string | null, input: unknown): Promise<SynonymGroupView> {
  authorizeEditSynonyms(actor);
  const { entered, terms, problems } = parseInput(input);
  return db().$transaction(async (tx) => {
    const conflicts = await termConflicts(tx, entered, id);
    if (problems.length || conflicts.length) {
      const all = [...problems, ...conflicts].sort((a, b) => termIndex(a) - termIndex(b));
      throw new AppError("VALIDATION", problems.length ? "Die Synonymgruppe ist ungültig." : "Einige Begriffe stehen schon in einer anderen Synonymgruppe.", all);
    }
    const termsKey = synonymTermsKey(terms);
    let row;
    if (id) {
      const existing = await tx.synonymGroup.findUnique({ where: { id } });
      if (!existing) throw new AppError("NOT_FOUND", "Diese Synonymgruppe gibt es nicht (mehr). Bitte die Liste neu laden.");
      row = await tx.synonymGroup.update({ where: { id }, data: { terms, termsKey } });
      await recordAudit(tx, auditActor(actor), { action: "synonyms.update", entityType: "synonymGroup", entityId: id, details: { from: existing.terms, to: terms } });
    } else {
      row = await tx.synonymGroup.create({ data: { terms, termsKey } });
      await recordAudit(tx, auditActor(actor), { action: "synonyms.create", entityType: "synonymGroup", entityId: row.id, details: { terms } });
    }
    await enqueueSearchWork(tx, "synonyms", "all");
    return { id: row.id, terms: row.terms, updatedAt: row.updatedAt.toISOString() };
  });
}

/** Creates a synonym group (ADMIN, BEV); the search index takes it over from the outbox. */
export async function createSynonymGroup(actor: Actor, input: unknown): Promise<SynonymGroupView> {
  return writeGroup(actor, null, input);
}

/** Replaces the terms of a synonym group (ADMIN, BEV). */
export async function updateSynonymGroup(actor: Actor, id: string, input: unknown): Promise<SynonymGroupView> {
  return writeGroup(actor, id, input);
}

/** Deletes a synonym group (ADMIN, BEV). */
export async function deleteSynonymGroup(actor: Actor, id: string): Promise<void> {
  authorizeEditSynonyms(actor);
  await db().$transaction(async (tx) => {
    const existing = await tx.synonymGroup.findUnique({ where: { id } });
    if (!existing) throw new AppError("NOT_FOUND", "Diese Synonymgruppe gibt es nicht (mehr). Bitte die Liste neu laden.");
    await tx.synonymGroup.delete({ where: { id } });
    await recordAudit(tx, auditActor(actor), { action: "synonyms.delete", entityType: "synonymGroup", entityId: id, details: { terms: existing.terms } });
    await enqueueSearchWork(tx, "synonyms", "all");
  });
}
