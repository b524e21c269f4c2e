import type { Actor } from "../auth/actor";
import { AppError } from "../errors";

/**
 * Who may pull the XZuFi export (issue 7): machine clients with an API token of role XZUFI (the 115
 * Wissensmanagement, a portal) and the administration, for any region: the export holds only published content.
 * The admin page of the exports (list, download) is for the administration only.
 */
export function canExportXzufi(actor: Actor): boolean {
  return actor.role === "XZUFI" || actor.role === "ADMIN";
}

export function authorizeXzufiExport(actor: Actor): void {
  if (!canExportXzufi(actor)) {
    throw new AppError("FORBIDDEN", "Der XZuFi-Export steht Zugängen mit der Rolle XZuFi-Abruf (API-Token) und der Administration zur Verfügung.");
  }
}

export function canViewXzufiExports(actor: Actor): boolean {
  return actor.kind === "user" && actor.role === "ADMIN";
}

export function authorizeViewXzufiExports(actor: Actor): void {
  if (!canViewXzufiExports(actor)) throw new AppError("FORBIDDEN", "Die Übersicht der XZuFi-Exporte sieht nur die Administration.");
}
