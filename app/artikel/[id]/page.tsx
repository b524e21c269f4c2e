import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ArticleActions } from "@/components/articles/article-actions";
import { ArticleHeader } from "@/components/articles/article-header";
import { IncidentBanner } from "@/components/articles/incident-banner";
import { PendingRevision } from "@/components/articles/pending-revision";
import { RevisionContent, type RevisionContext } from "@/components/articles/revision-content";
import { workflowActionsOf } from "@/components/articles/workflow";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import { getArticle } from "@/lib/articles/get-article";
import { listServiceLaender } from "@/lib/articles/list-editable-services";
import { requireActor } from "@/lib/auth/session";
import { incidentRegionOf, listActiveIncidents } from "@/lib/incidents/list-active-incidents";
import { DeriveVariantButton } from "@/components/variants/derive-variant-button";
import { FamilyVariantsTable } from "@/components/variants/family-variants-table";
import { VariantArticle, variantTitle } from "@/components/variants/variant-article";
import { getDeriveOption } from "@/lib/variants/derive-variant";
import { getVariant } from "@/lib/variants/get-variant";
import { listFamilyVariants } from "@/lib/variants/list-variants";
import { loadForPage, type IdParams } from "../../_lib/page-errors";

// Shared by generateMetadata and the page: one read per request.
const IN_WORK: readonly string[] = ["DRAFT", "IN_REVIEW", "REJECTED"];

const loadArticle = cache(async (id: string) => {
  const actor = await requireActor(`/artikel/${encodeURIComponent(id)}`);
  const view = await loadForPage(() => getArticle(actor, id));
  // a variant stores only its changes: its page shows the effective content (lib/variants)
  const variant = view.isVariant ? await loadForPage(() => getVariant(actor, id)) : null;
  return { actor, view, variant };
});

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const { view, variant } = await loadArticle((await params).id);
  return { title: variant ? variantTitle(variant) : (view.published?.title ?? view.pending?.title ?? "Artikel") };
}

export default async function ArticlePage({ params }: { params: IdParams }) {
  const { id } = await params;
  const { actor, view, variant } = await loadArticle(id);
  const isAgent = actor.role === "AGENT";
  const canViewHistory = view.allowedActions.includes("viewHistory");
  // Agents see the active incidents of their region on every page already (app/layout.tsx).
  const [incidents, laender, derive, family] = await Promise.all([
    isAgent ? Promise.resolve([]) : incidentRegionOf(actor.organisation).then((region) => listActiveIncidents(region, { serviceId: view.service.id })),
    listServiceLaender(view.service.id),
    getDeriveOption(actor, view.id),
    !view.isVariant && canViewHistory ? listFamilyVariants(actor, view.id) : Promise.resolve(null),
  ]);
  const incidentBanner = (
    <IncidentBanner
      incidents={incidents.filter((i) => i.articleId !== view.id)}
      label={`Aktive Störungen von ${view.service.name}`}
      showService={false}
    />
  );
  const ownVariantLabel = actor.organisation.kind === "KOMMUNE" ? "Zur Variante Ihrer Kommune" : "Zur Variante Ihres Landes";
  if (variant) return <VariantArticle view={view} variant={variant} isAgent={isAgent} derive={derive} ownVariantLabel={ownVariantLabel} incidents={incidentBanner} />;

  const context: RevisionContext = {
    leistungen: view.service.leistungen,
    laenderById: new Map(laender.map((l) => [l.id, l.name])),
    workarounds: view.workarounds,
    showInternalNote: !isAgent,
  };
  const title = view.published?.title ?? view.pending?.title ?? "Artikel ohne Inhalt";
  // getArticle calls every newer head "pending"; after archiving that is the archived revision, not work in progress.
  const inWork = view.pending && IN_WORK.includes(view.pending.status) ? view.pending : null;
  const archived = view.pending?.status === "ARCHIVED" ? view.pending : null;

  return (
    <div className="kern-stack-lg">
      {incidentBanner}

      <ArticleHeader view={{ ...view, pending: inWork }} title={title} />

      <ArticleActions
        articleId={view.id}
        title={title}
        actions={workflowActionsOf(view.allowedActions)}
        canEdit={view.allowedActions.includes("edit")}
      />

      {derive.canDerive ? (
        <div className="kern-stack-sm">
          <p className="kern-body">
            {actor.organisation.kind === "KOMMUNE"
              ? "Sie können diesen Artikel mit einer Variante an Ihre Kommune anpassen: übernehmen, ersetzen oder ergänzen, Feld für Feld."
              : "Sie können diesen Artikel mit einer Variante an Ihr Land anpassen: übernehmen, ersetzen oder ergänzen, Feld für Feld."}
          </p>
          <DeriveVariantButton parentId={view.id} />
        </div>
      ) : derive.ownVariantId ? (
        <p className="kern-body">
          <Link className="kern-link" href={`/artikel/${encodeURIComponent(derive.ownVariantId)}`}>
            {ownVariantLabel}
          </Link>
        </p>
      ) : null}

      {canViewHistory ? (
        <nav aria-label="Zum Artikel">
          <ul className="kern-list kern-list--horizontal efa-link-row">
            {inWork && view.published ? (
              <li>
                <a className="kern-link" href="#fassung-in-arbeit">
                  Zur Fassung in Arbeit
                </a>
              </li>
            ) : null}
            <li>
              <Link className="kern-link" href={`/artikel/${encodeURIComponent(view.id)}/versionen`}>
                Versionen
              </Link>
            </li>
            <li>
              <Link className="kern-link" href={`/artikel/${encodeURIComponent(view.id)}/protokoll`}>
                Protokoll
              </Link>
            </li>
            <li>
              <Link className="kern-link" href="/artikel">
                Zur Artikelliste
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}

      <section className="kern-stack-lg" aria-labelledby="fassung-veroeffentlicht">
        <h2 className="kern-heading-medium" id="fassung-veroeffentlicht">
          {isAgent ? "Antwort" : archived && !view.published ? "Archivierte Fassung" : "Veröffentlichte Fassung"}
        </h2>
        {view.published ? (
          <>
            {!isAgent ? (
              <p className="kern-body">
                So sieht das 115-Servicecenter den Artikel: Version {view.published.number}
                {view.published.publishedAt ? `, veröffentlicht am ${formatDateTime(view.published.publishedAt)} Uhr` : ""}.
              </p>
            ) : null}
            <RevisionContent revision={view.published} context={context} headingLevel="h3" idPrefix="veroeffentlicht" />
          </>
        ) : archived ? (
          <>
            <p className="kern-body">
              Der Artikel ist archiviert: Das Servicecenter sieht ihn nicht mehr. Zuletzt veröffentlicht war Version {archived.number}:
            </p>
            <RevisionContent revision={archived} context={context} headingLevel="h3" idPrefix="archiviert" />
          </>
        ) : (
          <EmptyState>
            {view.isArchived
              ? "Der Artikel ist archiviert: Es gibt keine veröffentlichte Fassung mehr."
              : "Dieser Artikel ist noch nicht veröffentlicht. Das Servicecenter sieht ihn erst, wenn eine Version freigegeben ist."}
          </EmptyState>
        )}
      </section>

      {inWork ? <PendingRevision revision={inWork} context={context} hasPublished={view.published !== null} /> : null}

      {family ? (
        <section className="kern-stack" aria-labelledby="varianten">
          <h2 className="kern-heading-medium" id="varianten">
            Varianten
          </h2>
          <FamilyVariantsTable variants={family} />
        </section>
      ) : null}
    </div>
  );
}
