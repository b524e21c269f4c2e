import { apiRoute } from "@/lib/http/api-route";
import { isNotModified, prepareXzufiExport, startXzufiExport } from "@/lib/xzufi/export-region";
import { streamFromChunks } from "@/lib/http/stream";

export const dynamic = "force-dynamic";

/**
 * XZuFi 2.2.0 export of a region (issue 7, xzufi/README.md): GET ?region=<ARS>[&since=<ISO>] for API tokens of
 * role XZUFI and the administration. application/xml, streamed; ETag/Last-Modified and 304 on repeat.
 */
export async function GET(req: Request): Promise<Response> {
  return apiRoute(req, async (actor) => {
    const prepared = await prepareXzufiExport(actor, Object.fromEntries(new URL(req.url).searchParams));
    const cacheHeaders = {
      ETag: prepared.etag,
      "Last-Modified": prepared.lastModified.toUTCString(),
      "Cache-Control": "private, no-cache",
    };
    if (isNotModified(prepared, { ifNoneMatch: req.headers.get("if-none-match"), ifModifiedSince: req.headers.get("if-modified-since") })) {
      return new Response(null, { status: 304, headers: cacheHeaders });
    }
    const run = await startXzufiExport(prepared, { via: actor.kind === "token" ? "API" : "ADMIN", actorLabel: actor.name });
    return new Response(streamFromChunks(run.chunks), {
      status: 200,
      headers: {
        ...cacheHeaders,
        "Content-Type": "application/xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${prepared.filename}"`,
        "Xzufi-Stand": run.stand.toISOString(),
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
