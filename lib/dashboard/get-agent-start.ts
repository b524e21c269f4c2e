import type { Stoerungsklasse } from "../../generated/prisma/enums";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { STOERUNGSKLASSE_RANK } from "./labels";
import { assertCanViewStartPage } from "./start-pages";

export interface ActiveIncident {
  articleId: string;
  title: string;
  serviceName: string;
  klasse: Stoerungsklasse;
  startedAt: Date;
  /** Sprechtext for the caller, if the editor wrote one. */
  shortAnswer: string | null;
  /** Names of the affected regions; empty = all co-using Länder. */
  affectedRegions: string[];
  workaround: { articleId: string; title: string } | null;
}

export interface AgentStart {
  /** Name of the region whose incidents are shown (the agent's Land); null = all regions (Bund). */
  regionName: string | null;
  incidents: ActiveIncident[];
}

/** 115 start page: unresolved, published incidents that affect the agent's Land or all regions. */
export async function getAgentStart(actor: Actor): Promise<AgentStart> {
  assertCanViewStartPage(actor, "servicecenter");
  const scope = await incidentScope(actor);

  const incident: Prisma.IncidentWhereInput = {
    resolvedAt: null,
    ...(scope
      ? { OR: [{ affectedRegions: { none: {} } }, { affectedRegions: { some: { organisationId: { in: scope.regionIds } } } }] }
      : {}),
  };

  const rows = await db().article.findMany({
    where: { type: "INCIDENT", archivedAt: null, publishedRevision: { is: { incident: { is: incident } } } },
    select: {
      id: true,
      key: true,
      service: { select: { name: true } },
      publishedRevision: {
        select: {
          title: true,
          shortAnswer: true,
          incident: {
            select: {
              klasse: true,
              startedAt: true,
              affectedRegions: { select: { organisation: { select: { name: true } } } },
              workaroundArticle: { select: { id: true, key: true, publishedRevision: { select: { title: true } } } },
            },
          },
        },
      },
    },
  });

  const incidents: ActiveIncident[] = [];
  for (const a of rows) {
    const rev = a.publishedRevision;
    const inc = rev?.incident;
    if (!rev || !inc) continue; // excluded by the where clause; narrows the types
    const w = inc.workaroundArticle;
    incidents.push({
      articleId: a.id,
      title: rev.title ?? a.key,
      serviceName: a.service.name,
      klasse: inc.klasse,
      startedAt: inc.startedAt,
      shortAnswer: rev.shortAnswer,
      affectedRegions: inc.affectedRegions.map((r) => r.organisation.name).sort((x, y) => x.localeCompare(y, "de")),
      // Only a published workaround can be offered to a caller.
      workaround: w?.publishedRevision ? { articleId: w.id, title: w.publishedRevision.title ?? w.key } : null,
    });
  }
  incidents.sort(
    (x, y) => STOERUNGSKLASSE_RANK[x.klasse] - STOERUNGSKLASSE_RANK[y.klasse] || y.startedAt.getTime() - x.startedAt.getTime(),
  );
  return { regionName: scope?.name ?? null, incidents };
}

/**
 * Regions an incident must name to concern the agent: its Land, and for an agent of a Kommune also the
 * Kommune (incidents may be narrower than a Land). null for the Bund: every incident concerns it.
 */
async function incidentScope(actor: Actor): Promise<{ name: string; regionIds: string[] } | null> {
  const org = actor.organisation;
  if (org.kind === "BUND") return null;
  if (org.kind === "LAND") return { name: org.name, regionIds: [org.id] };
  const row = await db().organisation.findUnique({
    where: { id: org.id },
    select: { parent: { select: { id: true, name: true } } },
  });
  return row?.parent ? { name: row.parent.name, regionIds: [row.parent.id, org.id] } : { name: org.name, regionIds: [org.id] };
}
