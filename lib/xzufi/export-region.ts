import { createHash } from "node:crypto";
import { z } from "zod";
import packageJson from "../../package.json";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { authorizeXzufiExport } from "../policies/xzufi-policy";
import { resolveSearchRegion } from "../search/search";
import { EXPORT_FORMAT_REVISION, SINCE_SAFETY_MARGIN_MS } from "../../xzufi/constants";
import { ByteSink, documentEnd, documentStart, loescheFragment, newWriteReport, writeLeistung, type WriteReport } from "../../xzufi/write";
import { deletedSince, markDeleted, recordSeen, unseenKeys } from "./feed-state";
import { exportEtag, exportFingerprint } from "./fingerprint";
import { leistungFactsReader, PAGE_SIZE, regionServiceIds, type RegionScope } from "./load-region";
import { leistungId, toXzufiLeistung, xsDateTime, type ExportContext } from "./to-xzufi";
import type { LeistungFacts } from "./facts";

/**
 * The XZuFi export of a region (issue 7): one transfer document with a schreibe per Leistung of the services
 * the region's Land operates or co-uses, the effective content for the region; with `since` only what changed
 * since then plus loesche for Leistungen that left the region. Streamed: the chunks are produced page by page
 * while the client reads, so memory does not grow with the number of Leistungen. One export runs per region
 * at a time (the feed state is updated while it streams); each is recorded in XzufiExport.
 */

const ARS = /^\d{2}(\d{10})?$/;

/** The command line acts for the operators of the installation (it holds the database credentials anyway). */
export const COMMAND_LINE_ACTOR: Actor = { kind: "user", id: "kommandozeile", name: "Kommandozeile", role: "ADMIN", organisation: { id: "", ars: "", name: "Betrieb", kind: "BUND" } };
/** An export that runs longer is stopped; a RUNNING record older than this no longer blocks the region. */
export const EXPORT_TTL_MS = 15 * 60_000;
/** Exports kept per region in the list. */
const KEEP_PER_REGION = 50;

export const exportInputSchema = z.object({
  region: z
    .string({ error: "Bitte die Region angeben (region=Regionalschlüssel eines Landes oder einer Kommune)." })
    .trim()
    .regex(ARS, { error: "Die Region ist ein Regionalschlüssel (ARS) mit 2 Ziffern (Land) oder 12 Ziffern (Kommune)." }),
  since: z.iso
    .datetime({ offset: true, error: "since erwartet Datum und Uhrzeit nach ISO 8601, z. B. 2026-11-20T06:00:00Z (den Stand des letzten Abrufs)." })
    .transform((v) => new Date(v))
    .optional(),
});

export interface PreparedExport {
  regionArs: string;
  regionName: string;
  scope: RegionScope;
  since: Date | null;
  etag: string;
  lastModified: Date;
  now: Date;
  schemeAgencyId: string;
  /** how much earlier than since changes are sent again (SINCE_SAFETY_MARGIN_MS; tests use 0) */
  sinceMarginMs: number;
  /** a file name for downloads */
  filename: string;
}

async function regionName(ars: string, scope: RegionScope): Promise<string> {
  const org = await db().organisation.findUnique({ where: { id: scope.kommuneId ?? scope.landId }, select: { name: true, ars: true } });
  if (org && org.ars === ars) return org.name;
  return org ? `Kommune ${ars} (${org.name})` : ars;
}

const compact = (d: Date) => d.toISOString().replace(/[-:]/g, "").slice(0, 15);

/** Checks the caller and the request and computes ETag and Last-Modified, without reading a Leistung. */
export async function prepareXzufiExport(actor: Actor, input: unknown, options: { now?: Date; sinceMarginMs?: number } = {}): Promise<PreparedExport> {
  const now = options.now ?? new Date();
  authorizeXzufiExport(actor);
  const parsed = exportInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Die Anfrage an den XZuFi-Export ist ungültig.", parsed.error.issues.map((i) => ({ path: i.path.join(".") || "region", message: i.message })));
  }
  const { region, since } = parsed.data;
  if (since && since.getTime() > now.getTime() + 60_000) {
    throw new AppError("VALIDATION", "since liegt in der Zukunft. Bitte den Stand des letzten Abrufs angeben (Kopfzeile Xzufi-Stand).", [{ path: "since", message: "liegt in der Zukunft" }]);
  }
  const client = db();
  const resolved = await resolveSearchRegion(client, actor, region);
  const scope: RegionScope = { ars: resolved.ars, landId: resolved.landId, kommuneId: resolved.kommuneId };
  const schemeAgencyId = env().XZUFI_SCHEME_AGENCY_ID;
  const fingerprint = await exportFingerprint(client, now);
  const etag = exportEtag(fingerprint, { regionArs: scope.ars, since: since ?? null, schemeAgencyId, productVersion: packageJson.version, formatRevision: EXPORT_FORMAT_REVISION });
  return {
    regionArs: scope.ars,
    regionName: await regionName(scope.ars, scope),
    scope,
    since: since ?? null,
    etag,
    lastModified: fingerprint.lastModified,
    now,
    schemeAgencyId,
    sinceMarginMs: options.sinceMarginMs ?? SINCE_SAFETY_MARGIN_MS,
    filename: `xzufi-${scope.ars}-${since ? `aenderungen-seit-${compact(since)}` : "vollstaendig"}-${compact(fingerprint.lastModified)}.xml`,
  };
}

/** Whether the client already has this export (If-None-Match wins over If-Modified-Since, RFC 9110). */
export function isNotModified(p: PreparedExport, headers: { ifNoneMatch: string | null; ifModifiedSince: string | null }): boolean {
  if (headers.ifNoneMatch) {
    const tags = headers.ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(p.etag);
  }
  if (headers.ifModifiedSince) {
    const since = Date.parse(headers.ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(p.lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** A UUID (version 5 layout) derived from the ETag: the same export has the same nachrichtUUID. */
function uuidFrom(text: string): string {
  const h = createHash("sha256").update(text).digest("hex");
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface ExportSummary {
  id: string;
  status: "COMPLETE" | "ABORTED" | "FAILED";
  leistungen: number;
  loeschungen: number;
  bytes: number;
  report: WriteReport;
}

export interface RunningExport {
  id: string;
  /** start of the export: pass it as since next time */
  stand: Date;
  /** the document in UTF-8 pieces (one per page of Leistungen) */
  chunks: AsyncGenerator<Uint8Array, void, undefined>;
}

function warningsOf(report: WriteReport) {
  return {
    transliterated: report.transliterated,
    unmappableCount: report.unmappableCount,
    unmappable: report.unmappable.slice(0, 50),
    htmlRemoved: report.htmlRemoved.slice(0, 50),
  };
}

/**
 * Starts the export (refused with 503 while another export of the region runs) and returns its chunks. Reading
 * them runs it; stopping early (return/cancel) records it as aborted.
 */
export async function startXzufiExport(p: PreparedExport, who: { via: "API" | "CLI" | "ADMIN"; actorLabel: string }, options: { onFinish?: (s: ExportSummary) => void } = {}): Promise<RunningExport> {
  const client = db();
  const stand = new Date();
  const record = await client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`xzufi-export:${p.regionArs}`}))`;
    const staleBefore = new Date(stand.getTime() - EXPORT_TTL_MS);
    const running = await tx.xzufiExport.findFirst({ where: { regionArs: p.regionArs, status: "RUNNING", createdAt: { gt: staleBefore } }, select: { id: true } });
    if (running) throw new AppError("UNAVAILABLE", `Für die Region ${p.regionArs} läuft gerade ein Export. Bitte in einer Minute erneut abrufen.`);
    await tx.xzufiExport.updateMany({ where: { regionArs: p.regionArs, status: "RUNNING" }, data: { status: "FAILED", finishedAt: stand } });
    return tx.xzufiExport.create({
      data: { regionArs: p.regionArs, since: p.since, stand, etag: p.etag, lastModified: p.lastModified, via: who.via, actorLabel: who.actorLabel },
      select: { id: true },
    });
  });
  return { id: record.id, stand, chunks: runExport(p, record.id, stand, options.onFinish) };
}

async function* runExport(p: PreparedExport, exportId: string, stand: Date, onFinish?: (s: ExportSummary) => void): AsyncGenerator<Uint8Array, void, undefined> {
  const client = db();
  const report = newWriteReport();
  let bytes = 0;
  let leistungen = 0;
  let loeschungen = 0;
  let status: ExportSummary["status"] = "ABORTED";
  const out = (s: string | Uint8Array): Uint8Array => {
    const b = typeof s === "string" ? Buffer.from(s, "utf8") : s;
    bytes += b.byteLength;
    return b;
  };
  const since = p.since ? new Date(p.since.getTime() - p.sinceMarginMs) : null;
  try {
    const [serviceIds, groups] = await Promise.all([
      regionServiceIds(client, p.scope),
      client.synonymGroup.findMany({ select: { terms: true }, orderBy: { termsKey: "asc" } }),
    ]);
    const sender = `EfA-Wissen (${p.schemeAgencyId})`;
    const ctx: ExportContext = { regionArs: p.regionArs, schemeAgencyId: p.schemeAgencyId, sender, synonymGroups: groups.map((g) => g.terms) };
    const reader = leistungFactsReader(client, p.scope, serviceIds, p.now);
    const deadline = stand.getTime() + EXPORT_TTL_MS;
    const sink = new ByteSink(1024 * 1024);

    /**
     * Writes a page now and records it in the feed state (stamped with this export's Stand: exports of a region
     * never overlap); resolves to the XML of the Leistungen to send as one piece: all of them, or those changed
     * after since (one piece per page: every piece costs a round through the stream).
     */
    const pageXml = (facts: LeistungFacts[]): Promise<Buffer> => {
      if (Date.now() > deadline) throw new AppError("UNAVAILABLE", "Der Export dauerte zu lange und wurde abgebrochen.");
      const fragments = facts.map((f) => {
        const start = sink.length;
        const contentHash = writeLeistung(toXzufiLeistung(f, ctx), report, sink);
        return { leikaKey: f.leikaKey, contentHash, start, end: sink.length };
      });
      const xml = sink.take();
      return recordSeen(client, p.regionArs, fragments.map((f) => ({ leikaKey: f.leikaKey, hash: f.contentHash })), stand, since !== null).then((changedAt) => {
        const send = fragments.filter((f) => {
          const at = changedAt.get(f.leikaKey);
          return since === null || (at !== undefined && at.getTime() > since.getTime());
        });
        leistungen += send.length;
        return send.length === fragments.length ? xml : Buffer.concat(send.map((f) => xml.subarray(f.start, f.end)));
      });
    };

    yield out(documentStart({ produktversion: packageJson.version, kopf: { nachrichtUUID: uuidFrom(p.etag), erstelltDatumZeit: xsDateTime(p.lastModified), sender } }, report));
    // Database and CPU overlap: while a page is written, the next one is read and the previous one's feed state
    // is recorded (then it is sent). At most three pages are in memory.
    let pending = reader.page(null);
    let recorded: Promise<Buffer> | null = null;
    for (;;) {
      const page = await pending;
      if (!page.length) break;
      pending = reader.page(page[page.length - 1]?.leikaKey ?? null);
      const next = pageXml(page);
      next.catch(() => undefined); // awaited below, where a failure is thrown
      if (recorded) {
        const xml = await recorded;
        if (xml.byteLength) yield out(xml);
      }
      recorded = next;
    }
    if (recorded) {
      const xml = await recorded;
      if (xml.byteLength) yield out(xml);
    }
    // Leistungen added behind the cursor while the export ran: sent too, so the feed state stays exact
    for (let round = 0; round < 3; round++) {
      const keys = await unseenKeys(client, p.regionArs, serviceIds, stand);
      if (!keys.length) break;
      for (let i = 0; i < keys.length; i += PAGE_SIZE) {
        const xml = await pageXml(await reader.byKeys(keys.slice(i, i + PAGE_SIZE)));
        if (xml.byteLength) yield out(xml);
      }
    }
    await markDeleted(client, p.regionArs, serviceIds, stand);
    if (since) {
      for (const key of await deletedSince(client, p.regionArs, since)) {
        yield out(loescheFragment(leistungId(key, ctx), report));
        loeschungen++;
      }
    }
    yield out(documentEnd());
    status = "COMPLETE";
  } catch (e) {
    status = "FAILED";
    throw e;
  } finally {
    await client.xzufiExport
      .update({ where: { id: exportId }, data: { status, leistungen, loeschungen, bytes, warnings: warningsOf(report), finishedAt: new Date() } })
      .catch((e: unknown) => console.error("[xzufi] Export-Protokoll nicht geschrieben:", e instanceof Error ? e.message : e));
    await pruneExports(p.regionArs).catch(() => undefined);
    onFinish?.({ id: exportId, status, leistungen, loeschungen, bytes, report });
  }
}

/** Keeps the newest KEEP_PER_REGION export records of a region. */
async function pruneExports(regionArs: string): Promise<void> {
  const old = await db().xzufiExport.findMany({ where: { regionArs }, orderBy: { createdAt: "desc" }, skip: KEEP_PER_REGION, select: { id: true } });
  if (old.length) await db().xzufiExport.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
}
