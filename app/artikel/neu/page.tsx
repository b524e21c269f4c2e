import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ArticleForm } from "@/components/articles/article-form";
import type { ArticleFormInitial } from "@/components/articles/article-form-model";
import { NewArticleChooser } from "@/components/articles/new-article-chooser";
import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES } from "@/lib/articles/vocabulary";
import { listEditableServices } from "@/lib/articles/list-editable-services";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../../_lib/page-errors";

export const metadata: Metadata = { title: "Neuer Artikel" };

type ArticleType = (typeof ARTICLE_TYPES)[number];
const isArticleType = (value: string | undefined): value is ArticleType => (ARTICLE_TYPES as readonly string[]).includes(value ?? "");

function emptyArticle(type: ArticleType, now: Date): ArticleFormInitial {
  return {
    title: "", shortAnswer: "", bodyHtml: "", keywords: [], categories: [], leikaKeys: [],
    contactHints: "", internalNote: "", validFrom: "", validUntil: "", reviewDue: "",
    incident: type === "INCIDENT" ? { klasse: null, startedAt: now.toISOString(), resolvedAt: null, affectedArs: [], workaroundArticleId: null } : null,
  };
}

/** New base article: first the service and type (a plain GET form), then the article form. */
export default async function NewArticlePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const dienst = firstParam(params.dienst);
  const typ = firstParam(params.typ);
  const actor = await requireActor(`/artikel/neu${dienst && typ ? `?dienst=${encodeURIComponent(dienst)}&typ=${encodeURIComponent(typ)}` : ""}`);
  const services = await listEditableServices(actor);
  if (services.length === 0) forbidden();

  const service = services.find((s) => s.id === dienst);
  if (!service || !isArticleType(typ)) {
    return (
      <div className="kern-stack-lg efa-form-page">
        <h1 className="kern-heading-x-large">Neuer Artikel</h1>
        <p className="kern-body">Wählen Sie zuerst den Onlinedienst und die Art des Artikels.</p>
        <NewArticleChooser
          services={services.map((s) => ({ id: s.id, name: s.name }))}
          serviceId={service?.id ?? (services.length === 1 ? services[0]?.id : undefined)}
          type={isArticleType(typ) ? typ : undefined}
        />
      </div>
    );
  }

  return (
    <div className="kern-stack-lg efa-form-page">
      <div className="kern-stack-sm">
        <p className="kern-preline">Neuer Artikel</p>
        <h1 className="kern-heading-x-large">
          {ARTICLE_TYPE_LABELS[typ]} zu {service.name}
        </h1>
        <p className="kern-body">
          Der Artikel wird als Entwurf gespeichert. Veröffentlicht wird er erst, wenn eine zweite Person ihn geprüft und freigegeben hat
          {typ === "INCIDENT" ? "; eine Störungsmeldung können Sie nach dem Speichern auch sofort veröffentlichen" : ""}.{" "}
          <Link className="kern-link" href={`/artikel/neu?dienst=${encodeURIComponent(service.id)}`}>
            Onlinedienst oder Art ändern
          </Link>
        </p>
      </div>
      <ArticleForm
        target={{ mode: "create", serviceId: service.id, type: typ }}
        initial={emptyArticle(typ, new Date())}
        options={{ leistungen: service.leistungen, laender: service.laender.map(({ ars, name, isOperator }) => ({ ars, name, isOperator })), workarounds: service.workarounds }}
        cancelHref="/artikel"
      />
    </div>
  );
}
