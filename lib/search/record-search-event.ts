import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db-client";
import type { Actor } from "../auth/actor";
import { maskQuery } from "./mask-query";

export interface SearchEventInput {
  /** the client's id of one question of a caller (search-as-you-type); absent: every request is its own event */
  searchId?: string;
  regionArs: string;
  /** the query as typed; stored masked */
  query: string;
  resultCount: number;
  serviceId: string | null;
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Stores a search for the S6 statistics with the query masked (no callers' personal data). Requests with the
 * same searchId of the same organisation update one event, which keeps the latest query and result count, so
 * search-as-you-type does not leave one event per keystroke. Returns the event's id.
 */
export async function recordSearchEvent(client: Db, actor: Actor, input: SearchEventInput): Promise<string> {
  const data = { regionArs: input.regionArs, queryMasked: maskQuery(input.query), resultCount: input.resultCount, serviceId: input.serviceId };
  const organisationId = actor.organisation.id;
  if (!input.searchId) return String((await client.searchEvent.create({ data: { ...data, organisationId }, select: { id: true } })).id);
  const upsert = () =>
    client.searchEvent.upsert({
      where: { organisationId_clientKey: { organisationId, clientKey: input.searchId as string } },
      create: { ...data, organisationId, clientKey: input.searchId },
      update: data,
      select: { id: true },
    });
  try {
    return String((await upsert()).id);
  } catch (e) {
    // two requests of one search arrived at once and both tried to create the row: the second one updates it
    if (!isUniqueViolation(e)) throw e;
    return String((await upsert()).id);
  }
}
