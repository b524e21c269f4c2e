import { db } from "../db";

/** All organisations, Länder before their Kommunen, by ARS. */
export async function listOrganisations(): Promise<{ ars: string; name: string; kind: "BUND" | "LAND" | "KOMMUNE" }[]> {
  return db().organisation.findMany({ select: { ars: true, name: true, kind: true }, orderBy: { ars: "asc" } });
}
