import type { Db, Tx } from "../db-client";
import { AppError } from "../errors";
import type { MatrixServiceFact } from "../policies/routing-policy";

/** An online service with what the matrix policy and the page need. */
export interface MatrixService extends MatrixServiceFact {
  key: string;
  operatorId: string;
  operatorName: string;
  /** the Länder using it (operating Land first, then the co-users by key) */
  lands: { id: string; ars: string; name: string }[];
}

const select = {
  id: true, key: true, name: true,
  operator: { select: { id: true, ars: true, name: true } },
  coUsers: { select: { organisation: { select: { id: true, ars: true, name: true, kind: true } } } },
} as const;

type Row = { id: string; key: string; name: string; operator: { id: string; ars: string; name: string }; coUsers: { organisation: { id: string; ars: string; name: string; kind: string } }[] };

function toService(s: Row): MatrixService {
  const coUsers = s.coUsers.map((c) => c.organisation).filter((o) => o.kind === "LAND" && o.ars !== s.operator.ars).sort((a, b) => a.ars.localeCompare(b.ars));
  return {
    id: s.id, key: s.key, name: s.name, operatorArs: s.operator.ars, operatorId: s.operator.id, operatorName: s.operator.name,
    coUserArs: coUsers.map((c) => c.ars),
    lands: [{ id: s.operator.id, ars: s.operator.ars, name: s.operator.name }, ...coUsers.map((c) => ({ id: c.id, ars: c.ars, name: c.name }))],
  };
}

/** All online services with their Länder, by name. */
export async function loadMatrixServices(client: Db | Tx): Promise<MatrixService[]> {
  const rows = await client.onlineService.findMany({ select, orderBy: { name: "asc" } });
  return rows.map(toService);
}

/** One online service by key, or NOT_FOUND (field "serviceKey"). */
export async function loadMatrixService(client: Db | Tx, key: string): Promise<MatrixService> {
  const row = await client.onlineService.findUnique({ where: { key }, select });
  if (!row) throw new AppError("NOT_FOUND", `Den Onlinedienst „${key}“ gibt es nicht. Bitte einen Dienst aus der Liste wählen.`, [{ path: "serviceKey", message: "Unbekannter Onlinedienst." }]);
  return toService(row);
}

/** One online service by id (of a stored target). */
export async function loadMatrixServiceById(client: Db | Tx, id: string): Promise<MatrixService> {
  return toService(await client.onlineService.findUniqueOrThrow({ where: { id }, select }));
}
