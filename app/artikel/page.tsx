import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ArticleFilterForm, type ArticleFilterValues } from "@/components/articles/article-filter-form";
import { ArticleTable } from "@/components/articles/article-table";
import { Pagination } from "@/components/articles/pagination";
import { listArticles, ARTICLE_STATES, type ArticleState } from "@/lib/articles/list-articles";
import { listEditableServices, listServiceOptions } from "@/lib/articles/list-editable-services";
import { ARTICLE_TYPES, CATEGORIES } from "@/lib/articles/vocabulary";
import type { Role } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../_lib/page-errors";

export const metadata: Metadata = { title: "Artikel" };

/** Roles that work with the article list (the service scopes what each one sees). */
const LIST_ROLES: readonly Role[] = ["BEV", "REVIEWER", "MIV", "KOMMUNE", "ADMIN"];

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

/** The filter from the URL; unknown values are dropped rather than turned into an error page. */
function filterFrom(params: Record<string, string | string[] | undefined>, serviceIds: readonly string[]): ArticleFilterValues & { page: number } {
  const page = Number.parseInt(firstParam(params.seite) ?? "1", 10);
  return {
    service: oneOf(serviceIds, firstParam(params.dienst)),
    type: oneOf(ARTICLE_TYPES, firstParam(params.typ)),
    category: oneOf(CATEGORIES, firstParam(params.kategorie)),
    state: oneOf<ArticleState>(ARTICLE_STATES, firstParam(params.status)),
    q: (firstParam(params.q) ?? "").trim().slice(0, 200) || undefined,
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export default async function ArticleListPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/artikel");
  if (actor.kind !== "user" || !LIST_ROLES.includes(actor.role)) forbidden();
  const [services, editable] = await Promise.all([listServiceOptions(actor), listEditableServices(actor)]);
  const filter = filterFrom(await searchParams, services.map((s) => s.id));
  const result = await listArticles(actor, filter);
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const isFiltered = Boolean(filter.service || filter.type || filter.category || filter.state || filter.q);

  return (
    <div className="kern-stack-lg">
      <div className="efa-page-head">
        <h1 className="kern-heading-x-large">Artikel</h1>
        {editable.length > 0 ? (
          <Link className="kern-btn kern-btn--primary" href="/artikel/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">Neuer Artikel</span>
          </Link>
        ) : null}
      </div>
      <p className="kern-body">
        Basisartikel der Onlinedienste, die {actor.role === "ADMIN" ? "in EfA-Wissen gepflegt werden" : "Ihr Land betreibt oder mitnutzt"}.
      </p>
      <ArticleFilterForm services={services} values={filter} />
      <ArticleTable items={result.items} total={result.total} isFiltered={isFiltered} />
      <Pagination page={result.page} pageCount={pageCount} hrefFor={(page) => pageHref(filter, page)} />
    </div>
  );
}

function pageHref(filter: ArticleFilterValues, page: number): string {
  const query = new URLSearchParams();
  if (filter.service) query.set("dienst", filter.service);
  if (filter.type) query.set("typ", filter.type);
  if (filter.category) query.set("kategorie", filter.category);
  if (filter.state) query.set("status", filter.state);
  if (filter.q) query.set("q", filter.q);
  if (page > 1) query.set("seite", String(page));
  const text = query.toString();
  return text ? `/artikel?${text}` : "/artikel";
}
