import Link from "next/link";
import type { ReactNode } from "react";
import { ArticleActions } from "@/components/articles/article-actions";
import { revisionStatusLabel } from "@/components/articles/labels";
import { StatusBadge } from "@/components/articles/status-badge";
import { workflowActionsOf } from "@/components/articles/workflow";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import type { ArticleView } from "@/lib/articles/get-article";
import { ARTICLE_TYPE_LABELS } from "@/lib/articles/vocabulary";
import type { DeriveOption } from "@/lib/variants/derive-variant";
import type { VariantView } from "@/lib/variants/get-variant";
import { DeriveVariantButton } from "./derive-variant-button";
import { EffectiveArticle } from "./effective-article";
import { displayFromView } from "./effective-display";
import { RebaseActions } from "./rebase-actions";
import { ThreeWayComparison } from "./three-way-comparison";
import { VariantChanges } from "./variant-changes";

const IN_WORK: readonly string[] = ["DRAFT", "IN_REVIEW", "REJECTED"];

/** The title a variant is known by: its newest effective title, else the published one, else the parent's. */
export function variantTitle(v: Pick<VariantView, "effectivePreview" | "effectivePublished" | "parent">): string {
  return v.effectivePreview?.title ?? v.effectivePublished?.title ?? v.parent.title;
}

interface VariantArticleProps {
  view: Pick<ArticleView, "type" | "service" | "isArchived">;
  variant: VariantView;
  isAgent: boolean;
  /** a Kommune editor on its Land's variant: derive from it */
  derive: DeriveOption;
  /** "Zur Variante Ihrer Kommune" / "Zur Variante Ihres Landes" */
  ownVariantLabel: string;
  /** the active incidents banner of the service (built by the page) */
  incidents: ReactNode;
}

/**
 * A variant as its region's editors, the reviewers, the BeV (read-only) and agents see it: the effective
 * content with local parts marked, the local changes, and what needs a decision ("Basis geändert" with the
 * three-way comparison, or an archived parent).
 */
export function VariantArticle({ view, variant: v, isAgent, derive, ownVariantLabel, incidents }: VariantArticleProps) {
  const title = isAgent ? (v.effectivePublished?.title ?? v.parent.title) : variantTitle(v);
  const region = v.region.name;
  const inWork = v.head && IN_WORK.includes(v.head.status) ? v.head : null;
  const publishedNumber = v.head && v.head.status === "PUBLISHED" ? v.head.number : null;
  const canEdit = v.allowedActions.includes("edit") && !v.isParentArchived;
  const canViewHistory = v.allowedActions.includes("viewHistory");
  const articleHref = (id: string) => `/artikel/${encodeURIComponent(id)}`;

  return (
    <div className="kern-stack-lg">
      {incidents}

      <div className="kern-stack-sm">
        <p className="kern-preline">
          {ARTICLE_TYPE_LABELS[view.type]} · {view.service.name} · Variante für {region}
        </p>
        <h1 className="kern-heading-x-large">{title}</h1>
        <ul className="efa-badges" aria-label="Stand">
          {view.isArchived ? (
            <li>
              <StatusBadge variant="info" label="Archiviert" />
            </li>
          ) : null}
          {v.effectivePublished ? (
            <li>
              <StatusBadge variant="success" label={publishedNumber ? `Veröffentlicht (Version ${publishedNumber})` : "Veröffentlicht"} />
            </li>
          ) : null}
          {!isAgent && inWork ? (
            <li>
              <StatusBadge variant={inWork.status === "REJECTED" ? "danger" : "info"} label={`${revisionStatusLabel(inWork.status)} (Version ${inWork.number})`} />
            </li>
          ) : null}
          {v.isStale ? (
            <li>
              <StatusBadge variant="warning" label={isAgent ? "Beruht auf einer älteren Fassung der Basis" : "Basis geändert"} />
            </li>
          ) : null}
          {!isAgent && v.isParentArchived ? (
            <li>
              <StatusBadge variant="danger" label="Elternartikel archiviert" />
            </li>
          ) : null}
        </ul>
        {!isAgent ? (
          <p className="kern-body">
            Variante von{" "}
            <Link className="kern-link" href={articleHref(v.parent.id)}>
              „{v.parent.title}“
            </Link>{" "}
            ({v.parent.id === v.baseId ? `Basisartikel, ${v.parent.orgName}` : `Variante für ${v.parent.orgName}`}).
          </p>
        ) : null}
      </div>

      {isAgent && v.isPublishedStale ? (
        <Alert variant="info" title="Beruht auf einer älteren Fassung der Basis" titleAs="h2">
          <p className="kern-body">
            Der Basisartikel wurde geändert; die Redaktion für {region} prüft, ob ihre Anpassungen noch passen. Die Antwort unten enthält bereits
            den aktuellen Text der Basis mit den Anpassungen für {region}.
          </p>
        </Alert>
      ) : null}

      <ArticleActions articleId={v.id} title={title} actions={workflowActionsOf(v.allowedActions)} canEdit={canEdit} />

      {derive.canDerive ? (
        <div className="kern-stack-sm">
          <p className="kern-body">Sie können diese Variante für Ihre Kommune weiter anpassen oder ergänzen.</p>
          <DeriveVariantButton parentId={v.id} />
        </div>
      ) : derive.ownVariantId && derive.ownVariantId !== v.id ? (
        <p className="kern-body">
          <Link className="kern-link" href={articleHref(derive.ownVariantId)}>
            {ownVariantLabel}
          </Link>
        </p>
      ) : null}

      {!isAgent && v.isParentArchived && !view.isArchived ? (
        <Alert variant="danger" title="Elternartikel archiviert: Bitte entscheiden" titleAs="h2">
          <div className="kern-stack-sm">
            <p className="kern-body">
              „{v.parent.title}“ ist archiviert. Die 115 findet diese Variante deshalb nicht mehr. Sie wurde nicht entfernt: Alle Versionen und
              Ihre Änderungen bleiben erhalten.
            </p>
            <p className="kern-body">
              {v.allowedActions.includes("archive")
                ? "Archivieren Sie die Variante, wenn sie nicht mehr gebraucht wird, oder behalten Sie sie als Vorlage, etwa wenn das betreibende Land einen Nachfolgeartikel veröffentlicht."
                : `Entscheiden muss die Redaktion für ${region}.`}
            </p>
          </div>
        </Alert>
      ) : null}

      {!isAgent && v.isHeadStale && v.parentThen && v.parentNow ? (
        <section className="kern-stack-lg efa-decision" id="basis-geaendert" aria-labelledby="basis-geaendert-titel">
          <div className="kern-stack-sm">
            <h2 className="kern-heading-medium" id="basis-geaendert-titel">
              Basis geändert: Dreiwege-Vergleich
            </h2>
            <p className="kern-body">
              Der Elternartikel hat eine neuere Fassung veröffentlicht. Bis Sie entscheiden, sieht die 115 Ihre Variante mit dem neuen Text des
              Elternartikels und einem Hinweis, dass sie auf einer älteren Fassung beruht.
              {canEdit
                ? " „Neue Basis übernehmen“ legt einen Entwurf mit Ihren Änderungen auf der neuen Fassung an; „Erst anpassen“ öffnet den Editor."
                : ""}
            </p>
          </div>
          <ThreeWayComparison parentThen={v.parentThen} parentNow={v.parentNow} changes={v.changes} regionName={region} />
        </section>
      ) : null}
      {canEdit ? <RebaseActions articleId={v.id} canRebase={v.allowedActions.includes("rebase")} /> : null}

      {canViewHistory ? (
        <nav aria-label="Zur Variante">
          <ul className="kern-list kern-list--horizontal efa-link-row">
            {inWork && v.effectivePublished ? (
              <li>
                <a className="kern-link" href="#fassung-in-arbeit">
                  Zur Fassung in Arbeit
                </a>
              </li>
            ) : null}
            <li>
              <Link className="kern-link" href={`${articleHref(v.id)}/versionen`}>
                Versionen
              </Link>
            </li>
            <li>
              <Link className="kern-link" href={`${articleHref(v.id)}/protokoll`}>
                Protokoll
              </Link>
            </li>
            <li>
              <Link className="kern-link" href={articleHref(v.parent.id)}>
                Zum Elternartikel
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}

      <section className="kern-stack-lg" aria-labelledby="fassung-veroeffentlicht">
        <h2 className="kern-heading-medium" id="fassung-veroeffentlicht">
          {isAgent ? "Antwort" : "Veröffentlichte Fassung"}
        </h2>
        {v.effectivePublished ? (
          <>
            {!isAgent ? (
              <p className="kern-body">
                So sieht das 115-Servicecenter in {region} den Artikel: der Elternartikel mit den Änderungen für {region}. Texte einer Region sind
                umrahmt und benannt.
                {v.isPublishedStale ? " Diese Fassung beruht auf einer älteren Fassung der Basis; die 115 sieht dazu einen Hinweis." : ""}
              </p>
            ) : null}
            <EffectiveArticle effective={displayFromView(v.effectivePublished)} headingLevel="h3" />
          </>
        ) : (
          <EmptyState>
            {view.isArchived
              ? "Die Variante ist archiviert: Das Servicecenter sieht sie nicht mehr."
              : v.isParentArchived
                ? "Der Elternartikel ist archiviert: Das Servicecenter sieht diese Variante nicht mehr."
                : `Diese Variante ist noch nicht veröffentlicht. Bis zur Freigabe sieht das Servicecenter in ${region} den Elternartikel.`}
          </EmptyState>
        )}
      </section>

      {!isAgent && inWork && v.effectivePreview ? (
        <section className="efa-pending kern-stack-lg" id="fassung-in-arbeit" aria-labelledby="fassung-in-arbeit-titel">
          <div className="kern-stack-sm">
            <h2 className="kern-heading-medium" id="fassung-in-arbeit-titel">
              Fassung in Arbeit: {revisionStatusLabel(inWork.status)} (Version {inWork.number})
            </h2>
            <p className="kern-body">
              Vorschau: So sieht die 115 in {region} den Artikel, wenn diese Fassung freigegeben ist.
              {v.effectivePublished ? " Bis dahin sieht sie weiter die veröffentlichte Fassung." : ""}
            </p>
          </div>
          {inWork.status === "REJECTED" && inWork.reviewComment ? (
            <Alert variant="warning" title="Begründung der Prüfung" titleAs="h3">
              <p className="kern-body efa-preserve-lines">{inWork.reviewComment}</p>
            </Alert>
          ) : null}
          <EffectiveArticle effective={displayFromView(v.effectivePreview)} headingLevel="h3" showTitle />
        </section>
      ) : null}

      {!isAgent ? (
        <section className="kern-stack" aria-labelledby="aenderungen-titel">
          <h2 className="kern-heading-medium" id="aenderungen-titel">
            Änderungen für {region}
          </h2>
          <p className="kern-body">
            {inWork ? `Stand der Fassung in Arbeit (Version ${inWork.number}).` : "Stand der veröffentlichten Fassung."} Eine Variante speichert nur,
            was sie gegenüber dem Elternartikel ersetzt oder ergänzt.
          </p>
          <VariantChanges changes={v.changes} regionName={region} />
          {v.head?.internalNote ? (
            <div className="kern-stack-sm">
              <h3 className="kern-heading-small">Interne Notiz</h3>
              <p className="kern-body efa-preserve-lines">{v.head.internalNote}</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
