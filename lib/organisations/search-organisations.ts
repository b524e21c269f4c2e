import { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { Db } from "../db-client";
import { AppError } from "../errors";
import { authorizeChooseRegion } from "../policies/search-policy";
import type { SearchRegion } from "../search/search";

/** Query parameters of GET /api/organisations (the region chooser of the agent screen). */
export const organisationQuerySchema = z.object({
  q: z
    .string({ error: "Bitte einen Namen oder Regionalschlüssel eingeben." })
    .trim()
    .min(1, { error: "Bitte einen Namen oder Regionalschlüssel eingeben." })
    .max(100, { error: "Der Suchtext ist zu lang (höchstens 100 Zeichen)." }),
  limit: z.coerce.number({ error: "limit ist eine Zahl von 1 bis 20." }).int({ error: "limit ist eine ganze Zahl von 1 bis 20." }).min(1, { error: "limit ist mindestens 1." }).max(20, { error: "limit ist höchstens 20." }).default(10),
});

/** A region the agent can choose: a Land or a Kommune with its Land. */
export interface RegionOption {
  ars: string;
  name: string;
  kind: "LAND" | "KOMMUNE";
  land: { ars: string; name: string };
}

/** Spellings to look for: as typed, and with ae/oe/ue/ss as umlauts and ß ("Koeln" finds "Köln"). */
export function spellingsOf(q: string): string[] {
  const umlauts = q.replace(/ae/gi, (m) => (m[0] === "A" ? "Ä" : "ä")).replace(/oe/gi, (m) => (m[0] === "O" ? "Ö" : "ö")).replace(/ue/gi, (m) => (m[0] === "U" ? "Ü" : "ü"));
  return [...new Set([q, umlauts, umlauts.replace(/ss/g, "ß")])];
}

/**
 * Rank of a match (pure, lower is better): the ARS itself, then a name whose word starts with the text
 * ("Frankfurt" in "Stadt Frankfurt am Main"), then any other match; Länder before Kommunen.
 */
export function matchRank(option: Pick<RegionOption, "ars" | "name" | "kind">, q: string): number {
  const text = q.trim().toLowerCase();
  const name = option.name.toLowerCase();
  const kind = option.kind === "LAND" ? 0 : 1;
  if (option.ars === text) return kind;
  if (option.ars.startsWith(text) && /^\d+$/.test(text)) return 2 + kind;
  if (spellingsOf(text).some((s) => name.startsWith(s) || name.includes(` ${s}`))) return 4 + kind;
  return 6 + kind;
}

/** Länder and Kommunen whose name contains the text or whose ARS starts with it, best match first. */
export async function searchOrganisations(actor: Actor, input: unknown): Promise<{ organisations: RegionOption[] }> {
  authorizeChooseRegion(actor);
  const parsed = organisationQuerySchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Die Regionssuche ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "q", message: i.message })));
  const { q, limit } = parsed.data;
  const rows = await db().organisation.findMany({
    where: {
      kind: { in: ["LAND", "KOMMUNE"] },
      OR: [{ ars: { startsWith: q } }, ...spellingsOf(q).map((s) => ({ name: { contains: s, mode: "insensitive" as const } }))],
    },
    select: { ars: true, name: true, kind: true, parent: { select: { ars: true, name: true, kind: true } } },
    orderBy: { name: "asc" },
    take: 200,
  });
  const options: RegionOption[] = rows.flatMap((r): RegionOption[] => {
    if (r.kind === "LAND") return [{ ars: r.ars, name: r.name, kind: "LAND", land: { ars: r.ars, name: r.name } }];
    if (r.kind === "KOMMUNE" && r.parent?.kind === "LAND") return [{ ars: r.ars, name: r.name, kind: "KOMMUNE", land: { ars: r.parent.ars, name: r.parent.name } }];
    return [];
  });
  const ranked = options.map((o) => ({ o, rank: matchRank(o, q) })).sort((a, b) => a.rank - b.rank || a.o.name.localeCompare(b.o.name, "de"));
  return { organisations: ranked.slice(0, limit).map((r) => r.o) };
}

/** The region of the agent screen with names (lib/search resolveSearchRegion decides what it is). */
export async function describeRegion(client: Db, region: SearchRegion): Promise<RegionOption> {
  const land = await client.organisation.findUniqueOrThrow({ where: { id: region.landId }, select: { ars: true, name: true } });
  if (!region.kommuneArs) return { ars: land.ars, name: land.name, kind: "LAND", land };
  const kommune = region.kommuneId ? await client.organisation.findUnique({ where: { id: region.kommuneId }, select: { name: true } }) : null;
  // a Kommune that is no organisation here counts by its Land (docs/search.md)
  return { ars: region.kommuneArs, name: kommune?.name ?? `Kommune ${region.kommuneArs} (nicht verzeichnet)`, kind: "KOMMUNE", land };
}
