import { variantTitle } from "@/components/variants/variant-article";
import type { Actor } from "@/lib/auth/actor";
import type { ArticleView } from "@/lib/articles/get-article";
import { getVariant } from "@/lib/variants/get-variant";

/** The title pages show for an article: a variant stores only its changes, so its title is the effective one. */
export async function articleTitle(actor: Actor, view: Pick<ArticleView, "id" | "isVariant" | "published" | "pending">): Promise<string> {
  if (view.isVariant) return variantTitle(await getVariant(actor, view.id));
  return view.published?.title ?? view.pending?.title ?? "Artikel";
}
