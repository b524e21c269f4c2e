import type { Db, Tx } from "../db-client";

/** What the database already holds, as far as bundle validation needs it (keys, kinds, references). */
export interface KnownState {
  orgs: Map<string, { kind: "BUND" | "LAND" | "KOMMUNE"; parentArs: string | null }>;
  services: Map<string, { operatorArs: string; coUserArs: Set<string>; leikaKeys: Set<string> }>;
  articles: Map<string, {
    type: "FAQ" | "WORKAROUND" | "INCIDENT" | "TRAINING";
    serviceKey: string;
    isPublished: boolean;
    parentKey: string | null;
    rootKey: string | null;
    regionArs: string;
  }>;
  synonymTerms: Map<string, string>; // lower-case term -> termsKey of its group
}

/** Reads the known state (inside the import transaction, so checks and writes see the same data). */
export async function loadKnownState(client: Db | Tx): Promise<KnownState> {
  // Sequential: inside a transaction all queries share one connection.
  const orgs = await client.organisation.findMany({ select: { ars: true, kind: true, parent: { select: { ars: true } } } });
  const services = await client.onlineService.findMany({
    select: { key: true, operator: { select: { ars: true } }, coUsers: { select: { organisation: { select: { ars: true } } } }, leistungen: { select: { leistung: { select: { leikaKey: true } } } } },
  });
  const articles = await client.article.findMany({
    select: { key: true, type: true, publishedRevisionId: true, service: { select: { key: true } }, parent: { select: { key: true } }, root: { select: { key: true } }, ownerOrg: { select: { ars: true } } },
  });
  const synonyms = await client.synonymGroup.findMany({ select: { termsKey: true, terms: true } });
  return {
    orgs: new Map(orgs.map((o) => [o.ars, { kind: o.kind, parentArs: o.parent?.ars ?? null }])),
    services: new Map(services.map((s) => [s.key, {
      operatorArs: s.operator.ars,
      coUserArs: new Set(s.coUsers.map((c) => c.organisation.ars)),
      leikaKeys: new Set(s.leistungen.map((l) => l.leistung.leikaKey)),
    }])),
    articles: new Map(articles.map((a) => [a.key, {
      type: a.type, serviceKey: a.service.key, isPublished: a.publishedRevisionId !== null,
      parentKey: a.parent?.key ?? null, rootKey: a.root?.key ?? null, regionArs: a.ownerOrg.ars,
    }])),
    synonymTerms: new Map(synonyms.flatMap((g) => g.terms.map((t) => [t.toLowerCase(), g.termsKey] as const))),
  };
}
