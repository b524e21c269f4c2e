import packageJson from "../../package.json";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { env } from "../env";
import { authorizeViewXzufiExports } from "../policies/xzufi-policy";
import { EXPORT_FORMAT_REVISION } from "../../xzufi/constants";
import { exportEtag, exportFingerprint } from "./fingerprint";

/**
 * The admin page of the XZuFi export (issue 7): the regions one can export for, and per region the last exports
 * that were served (recorded in XzufiExport by every export: API, command line, admin download). Downloading one
 * again produces it from the current data; `isUnchanged` says whether that is byte-identical to what was served
 * (same ETag: the data it depends on did not change).
 */

export const EXPORTS_PER_REGION = 5;

export interface ExportListItem {
  id: string;
  stand: string;
  since: string | null;
  via: string;
  actorLabel: string;
  status: "RUNNING" | "COMPLETE" | "ABORTED" | "FAILED";
  leistungen: number;
  loeschungen: number;
  bytes: number;
  /** characters transliterated / without transliteration (String.Latin) */
  transliterated: number;
  unmappable: number;
  isUnchanged: boolean;
  /** query string of GET /api/xzufi/leistungen that repeats the request */
  query: string;
  /** query string for the changes since this export's Stand */
  sinceQuery: string;
}

export interface RegionExports {
  ars: string;
  name: string;
  kind: "LAND" | "KOMMUNE" | "BUND";
  exports: ExportListItem[];
}

export interface XzufiExportOverview {
  /** Länder and Kommunen, for the download form (Länder first, then by name) */
  regions: { ars: string; name: string; kind: "LAND" | "KOMMUNE" }[];
  /** regions with exports, most recent export first */
  recent: RegionExports[];
}

const count = (warnings: unknown, key: "transliterated" | "unmappableCount") => {
  const v = warnings && typeof warnings === "object" ? (warnings as Record<string, unknown>)[key] : undefined;
  return typeof v === "number" ? v : 0;
};

/** The overview for an administrator. */
export async function getXzufiExportOverview(actor: Actor, now: Date = new Date()): Promise<XzufiExportOverview> {
  authorizeViewXzufiExports(actor);
  const client = db();
  const [orgs, rows, fingerprint] = await Promise.all([
    client.organisation.findMany({ where: { kind: { in: ["LAND", "KOMMUNE"] } }, select: { ars: true, name: true, kind: true } }),
    client.$queryRaw<{ id: string }[]>`
      SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY "regionArs" ORDER BY "createdAt" DESC) AS n FROM "XzufiExport"
      ) ranked WHERE n <= ${EXPORTS_PER_REGION}`,
    exportFingerprint(client, now),
  ]);
  const exports = await client.xzufiExport.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { createdAt: "desc" } });
  const names = new Map(orgs.map((o) => [o.ars, o]));
  const schemeAgencyId = env().XZUFI_SCHEME_AGENCY_ID;
  const byRegion = new Map<string, RegionExports>();
  for (const e of exports) {
    const org = names.get(e.regionArs);
    const region = byRegion.get(e.regionArs) ?? { ars: e.regionArs, name: org?.name ?? `Kommune ${e.regionArs}`, kind: org?.kind ?? "KOMMUNE", exports: [] };
    const etag = exportEtag(fingerprint, { regionArs: e.regionArs, since: e.since, schemeAgencyId, productVersion: packageJson.version, formatRevision: EXPORT_FORMAT_REVISION });
    region.exports.push({
      id: e.id,
      stand: e.stand.toISOString(),
      since: e.since?.toISOString() ?? null,
      via: e.via,
      actorLabel: e.actorLabel,
      status: e.status,
      leistungen: e.leistungen,
      loeschungen: e.loeschungen,
      bytes: e.bytes,
      transliterated: count(e.warnings, "transliterated"),
      unmappable: count(e.warnings, "unmappableCount"),
      isUnchanged: e.status === "COMPLETE" && etag === e.etag,
      query: new URLSearchParams({ region: e.regionArs, ...(e.since ? { since: e.since.toISOString() } : {}) }).toString(),
      sinceQuery: new URLSearchParams({ region: e.regionArs, since: e.stand.toISOString() }).toString(),
    });
    byRegion.set(e.regionArs, region);
  }
  const kindOrder = { LAND: 0, KOMMUNE: 1 } as const;
  return {
    regions: orgs
      .filter((o): o is typeof o & { kind: "LAND" | "KOMMUNE" } => o.kind === "LAND" || o.kind === "KOMMUNE")
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, "de")),
    recent: [...byRegion.values()],
  };
}
