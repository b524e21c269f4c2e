import { apiRoute, readJson } from "@/lib/http/api-route";
import { deriveVariant } from "@/lib/variants/derive-variant";
import { listFamilyVariants } from "@/lib/variants/list-variants";

export const dynamic = "force-dynamic";

/** The variants of a base article's family. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await listFamilyVariants(actor, (await ctx.params).id)));
}

/** Derives the caller's regional variant of this (published) article: body {changes?}. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return apiRoute(req, async (actor) => Response.json(await deriveVariant(actor, (await ctx.params).id, (await readJson(req, { optional: true })) ?? {}), { status: 201 }));
}
