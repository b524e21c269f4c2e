import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { auditActor } from "../articles/actor-context";
import { db } from "../db";
import type { Tx } from "../db-client";
import { AppError, type Problem } from "../errors";
import { LAENDER, landOfArs } from "../organisations/laender";
import { authorizeEditMatrix, authorizeRestrictPath } from "../policies/routing-policy";
import { presentRoutingTarget, type RoutingTargetView } from "./list-routing-targets";
import { loadMatrixService, loadMatrixServiceById, type MatrixService } from "./matrix-service";
import { parseCreateTarget, parseRestriction, parseUpdateTarget, type TargetFields } from "./schema";

/**
 * Writing the Kommunikationsmatrix (issue 8): routing targets of the base matrix (BeV) and of a Land (MiV), and
 * the paths a Land does not allow. Every write: policy, validation with German field errors, one transaction
 * with the audit row; nothing is written when anything is wrong.
 */

const INVALID = "Der Eintrag wurde nicht gespeichert. Bitte die markierten Angaben korrigieren.";

function landName(ars: string): string {
  const land = landOfArs(ars);
  return land ? LAENDER[land] : ars;
}

const columns = (f: TargetFields) => ({
  level: f.level, kind: f.kind, name: f.name, channel: f.channel, contact: f.contact, serviceHours: f.serviceHours,
  reactionHoursVerhindernd: f.reactionHours.BETRIEBSVERHINDERND, reactionHoursBehindernd: f.reactionHours.BETRIEBSBEHINDERND, reactionHoursLeicht: f.reactionHours.LEICHT,
  resolutionHoursVerhindernd: f.resolutionHours.BETRIEBSVERHINDERND, resolutionHoursBehindernd: f.resolutionHours.BETRIEBSBEHINDERND, resolutionHoursLeicht: f.resolutionHours.LEICHT,
});

/** The Land (an organisation of kind LAND using the service) of a key, or a field error. */
function landOf(service: MatrixService, regionArs: string): { id: string; ars: string; name: string } {
  const land = service.lands.find((l) => l.ars === regionArs);
  if (!land) throw new AppError("VALIDATION", INVALID, [{ path: "regionArs", message: `${landName(regionArs)} nutzt den Onlinedienst „${service.name}“ nicht.` }]);
  return land;
}

/** Another entry of the same service, region, level and kind with the same name (case does not count) is a duplicate. */
async function duplicateProblem(tx: Tx, serviceId: string, regionId: string | null, f: TargetFields, ownId: string | null): Promise<Problem | null> {
  const same = await tx.routingTarget.findFirst({
    where: { serviceId, regionId, level: f.level, kind: f.kind, name: { equals: f.name, mode: "insensitive" }, ...(ownId ? { id: { not: ownId } } : {}) },
    select: { id: true },
  });
  return same ? { path: "name", message: `„${f.name}“ gibt es auf dieser Ebene und für diese Art schon; bitte den vorhandenen Eintrag bearbeiten oder einen anderen Namen wählen.` } : null;
}

function auditDetails(service: MatrixService, regionArs: string | null, f: TargetFields) {
  return { service: service.key, regionArs, ...columns(f) };
}

/** Adds a routing target to the base matrix (regionArs null; BeV of the operating Land) or to a Land's entries (its MiV). */
export async function createRoutingTarget(actor: Actor, input: unknown): Promise<RoutingTargetView> {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  return db().$transaction(async (tx) => {
    // authorise before validating the details, so that a foreign Land's write is a 403 whatever it contains
    if (typeof raw.serviceKey === "string" && raw.serviceKey.trim()) {
      const service = await loadMatrixService(tx, raw.serviceKey.trim());
      const regionArs = typeof raw.regionArs === "string" ? raw.regionArs : null;
      authorizeEditMatrix(actor, service, regionArs);
    }
    const parsed = parseCreateTarget(input);
    if (!parsed.ok) throw new AppError("VALIDATION", INVALID, parsed.problems);
    const f = parsed.value;
    const service = await loadMatrixService(tx, f.serviceKey);
    const regionArs = f.regionArs ?? null;
    authorizeEditMatrix(actor, service, regionArs);
    const land = regionArs ? landOf(service, regionArs) : null;
    const duplicate = await duplicateProblem(tx, service.id, land?.id ?? null, f, null);
    if (duplicate) throw new AppError("VALIDATION", INVALID, [duplicate]);
    const row = await tx.routingTarget.create({ data: { serviceId: service.id, regionId: land?.id ?? null, ...columns(f) } });
    await recordAudit(tx, auditActor(actor), { action: "routing-target.create", entityType: "routingTarget", entityId: row.id, details: auditDetails(service, regionArs, f) });
    return presentRoutingTarget(row, land?.ars ?? service.operatorArs);
  });
}

async function loadTarget(tx: Tx, id: string) {
  const row = await tx.routingTarget.findUnique({ where: { id }, include: { region: { select: { ars: true } } } });
  if (!row) throw new AppError("NOT_FOUND", "Diesen Eintrag der Kommunikationsmatrix gibt es nicht (mehr). Bitte die Seite neu laden.");
  return { row, service: await loadMatrixServiceById(tx, row.serviceId), regionArs: row.region?.ars ?? null };
}

/** Replaces the fields of a routing target; its service and region stay (same rights as creating it). */
export async function updateRoutingTarget(actor: Actor, id: string, input: unknown): Promise<RoutingTargetView> {
  return db().$transaction(async (tx) => {
    const { row, service, regionArs } = await loadTarget(tx, id);
    authorizeEditMatrix(actor, service, regionArs);
    const parsed = parseUpdateTarget(input);
    if (!parsed.ok) throw new AppError("VALIDATION", INVALID, parsed.problems);
    const duplicate = await duplicateProblem(tx, service.id, row.regionId, parsed.value, id);
    if (duplicate) throw new AppError("VALIDATION", INVALID, [duplicate]);
    const updated = await tx.routingTarget.update({ where: { id }, data: columns(parsed.value) });
    await recordAudit(tx, auditActor(actor), {
      action: "routing-target.update", entityType: "routingTarget", entityId: id,
      details: { service: service.key, regionArs, from: { name: row.name, channel: row.channel, contact: row.contact, serviceHours: row.serviceHours }, to: columns(parsed.value) },
    });
    return presentRoutingTarget(updated, regionArs ?? service.operatorArs);
  });
}

/** Deletes a routing target. Feedback that named it stays, without the link (onDelete SetNull); the audit row keeps its name. */
export async function deleteRoutingTarget(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { row, service, regionArs } = await loadTarget(tx, id);
    authorizeEditMatrix(actor, service, regionArs);
    await tx.routingTarget.delete({ where: { id } });
    await recordAudit(tx, auditActor(actor), { action: "routing-target.delete", entityType: "routingTarget", entityId: id, details: { service: service.key, regionArs, level: row.level, kind: row.kind, name: row.name } });
  });
}

/** A path of the Kommunikationsmatrix as the page shows it. */
export interface RestrictionView {
  id: string;
  level: "SECOND" | "THIRD";
  kind: "TECHNICAL" | "FACHLICH";
  reason: string;
}

/** Marks a path (level and kind) as not allowed for a Land (its MiV): agents there no longer get its targets. */
export async function createRoutingRestriction(actor: Actor, input: unknown): Promise<RestrictionView> {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  return db().$transaction(async (tx) => {
    if (typeof raw.serviceKey === "string" && raw.serviceKey.trim() && typeof raw.regionArs === "string") {
      authorizeRestrictPath(actor, await loadMatrixService(tx, raw.serviceKey.trim()), raw.regionArs);
    }
    const parsed = parseRestriction(input);
    if (!parsed.ok) throw new AppError("VALIDATION", "Der Weg wurde nicht gesperrt. Bitte die markierten Angaben korrigieren.", parsed.problems);
    const r = parsed.value;
    const service = await loadMatrixService(tx, r.serviceKey);
    authorizeRestrictPath(actor, service, r.regionArs);
    const land = landOf(service, r.regionArs);
    const existing = await tx.routingRestriction.findUnique({ where: { serviceId_regionId_level_kind: { serviceId: service.id, regionId: land.id, level: r.level, kind: r.kind } } });
    if (existing) throw new AppError("VALIDATION", "Der Weg wurde nicht gesperrt.", [{ path: "kind", message: "Dieser Weg ist für Ihr Land schon als nicht zulässig markiert." }]);
    const row = await tx.routingRestriction.create({ data: { serviceId: service.id, regionId: land.id, level: r.level, kind: r.kind, reason: r.reason } });
    await recordAudit(tx, auditActor(actor), { action: "routing-restriction.create", entityType: "routingRestriction", entityId: row.id, details: { service: service.key, regionArs: land.ars, level: r.level, kind: r.kind, reason: r.reason } });
    return { id: row.id, level: row.level, kind: row.kind, reason: row.reason };
  });
}

/** Allows a path again (deletes the restriction). */
export async function deleteRoutingRestriction(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.routingRestriction.findUnique({ where: { id }, include: { region: { select: { ars: true } } } });
    if (!row) throw new AppError("NOT_FOUND", "Diese Sperre gibt es nicht (mehr). Bitte die Seite neu laden.");
    const service = await loadMatrixServiceById(tx, row.serviceId);
    authorizeRestrictPath(actor, service, row.region.ars);
    await tx.routingRestriction.delete({ where: { id } });
    await recordAudit(tx, auditActor(actor), { action: "routing-restriction.delete", entityType: "routingRestriction", entityId: id, details: { service: service.key, regionArs: row.region.ars, level: row.level, kind: row.kind, reason: row.reason } });
  });
}
