import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { ArticleForm } from "@/components/articles/article-form";
import type { ArticleFormInitial } from "@/components/articles/article-form-model";
import { revisionStatusLabel } from "@/components/articles/labels";
import { getArticle } from "@/lib/articles/get-article";
import { listServiceLaender, type ServiceLand } from "@/lib/articles/list-editable-services";
import type { RevisionView } from "@/lib/articles/present-article";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/vocabulary";
import { requireActor } from "@/lib/auth/session";
import { variantTitle } from "@/components/variants/variant-article";
import { VariantForm } from "@/components/variants/variant-form";
import { getVariant, type VariantView } from "@/lib/variants/get-variant";
import { loadForPage, type IdParams } from "../../../_lib/page-errors";

const loadArticle = cache(async (id: string) => {
  const actor = await requireActor(`/artikel/${encodeURIComponent(id)}/bearbeiten`);
  const view = await loadForPage(() => getArticle(actor, id));
  const variant = view.isVariant ? await loadForPage(() => getVariant(actor, id)) : null;
  return { view, variant };
});

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const { view, variant } = await loadArticle((await params).id);
  return { title: `Bearbeiten: ${variant ? variantTitle(variant) : (view.pending?.title ?? view.published?.title ?? "Artikel")}` };
}

function initialFrom(r: RevisionView, laender: readonly ServiceLand[]): ArticleFormInitial {
  const arsById = new Map(laender.map((l) => [l.id, l.ars]));
  return {
    title: r.title, shortAnswer: r.shortAnswer, bodyHtml: r.bodyHtml, keywords: r.keywords, categories: r.categories, leikaKeys: r.leikaKeys,
    contactHints: r.contactHints ?? "", internalNote: r.internalNote ?? "",
    validFrom: r.validFrom ?? "", validUntil: r.validUntil ?? "", reviewDue: r.reviewDue ?? "",
    incident: r.incident
      ? {
          klasse: r.incident.klasse, startedAt: r.incident.startedAt, resolvedAt: r.incident.resolvedAt,
          affectedArs: r.incident.affectedOrgIds.flatMap((id) => arsById.get(id) ?? []),
          workaroundArticleId: r.incident.workaroundArticleId,
        }
      : null,
  };
}

/** Edit a base article: the newest revision (pending, else published) prefilled; saving makes a new draft. */
export default async function EditArticlePage({ params }: { params: IdParams }) {
  const { id } = await params;
  const { view, variant } = await loadArticle(id);
  if (variant) return <EditVariant variant={variant} typeLabel={ARTICLE_TYPE_LABELS[view.type]} serviceName={view.service.name} />;
  const source = view.pending ?? view.published;
  if (!view.allowedActions.includes("edit") || view.isVariant || !source || !view.headRevisionId) forbidden();
  const laender = await listServiceLaender(view.service.id);
  const articleHref = `/artikel/${encodeURIComponent(view.id)}`;

  return (
    <div className="kern-stack-lg efa-form-page">
      <div className="kern-stack-sm">
        <p className="kern-preline">
          {ARTICLE_TYPE_LABELS[view.type]} · {view.service.name}
        </p>
        <h1 className="kern-heading-x-large">Artikel bearbeiten</h1>
        <p className="kern-body">
          Sie bearbeiten Version {source.number} ({revisionStatusLabel(source.status)}). Beim Speichern entsteht eine neue Version als
          Entwurf{view.published ? "; die veröffentlichte Fassung bleibt für das Servicecenter sichtbar, bis die neue Version freigegeben ist" : ""}.{" "}
          <Link className="kern-link" href={articleHref}>
            Zurück zum Artikel
          </Link>
        </p>
      </div>
      <ArticleForm
        target={{ mode: "edit", articleId: view.id, type: view.type, baseRevisionId: view.headRevisionId }}
        initial={initialFrom(source, laender)}
        options={{ leistungen: view.service.leistungen, laender: laender.map(({ ars, name, isOperator }) => ({ ars, name, isOperator })), workarounds: view.workarounds }}
        cancelHref={articleHref}
      />
    </div>
  );
}

/** The variant editor: the variant's newest revision prefilled, the parent's effective content beside it. */
function EditVariant({ variant: v, typeLabel, serviceName }: { variant: VariantView; typeLabel: string; serviceName: string }) {
  if (!v.allowedActions.includes("edit") || !v.headRevisionId || !v.parentEffective || v.isParentArchived) forbidden();
  const articleHref = `/artikel/${encodeURIComponent(v.id)}`;
  const parentLabel = v.parent.id === v.baseId ? `Basisartikel, ${v.parent.orgName}` : `Variante für ${v.parent.orgName}`;
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <p className="kern-preline">
          {typeLabel} · {serviceName} · Variante für {v.region.name}
        </p>
        <h1 className="kern-heading-x-large">Variante bearbeiten</h1>
        <p className="kern-body">
          Sie bearbeiten „{variantTitle(v)}“, Version {v.head?.number} ({revisionStatusLabel(v.head?.status ?? "DRAFT")}). Beim Speichern entsteht
          eine neue Version als Entwurf{v.effectivePublished ? "; die veröffentlichte Fassung bleibt für das Servicecenter sichtbar, bis die neue Version freigegeben ist" : ""}.{" "}
          <Link className="kern-link" href={articleHref}>
            Zurück zur Variante
          </Link>
        </p>
      </div>
      <VariantForm
        articleId={v.id}
        baseRevisionId={v.headRevisionId}
        region={v.region}
        parentLabel={parentLabel}
        parentEffective={v.parentEffective}
        initial={v.changes}
        internalNote={v.head?.internalNote ?? ""}
        isHeadStale={v.isHeadStale}
        cancelHref={articleHref}
      />
    </div>
  );
}
