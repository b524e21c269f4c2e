import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Pagination } from "@/components/articles/pagination";
import { SynonymManager } from "@/components/synonyms/synonym-manager";
import { formatNumber } from "@/components/ui/format";
import { requireActor } from "@/lib/auth/session";
import { canEditSynonyms } from "@/lib/policies/synonym-policy";
import { pageSynonymGroups } from "@/lib/synonyms/list-synonym-groups";
import { firstParam, type SearchParams } from "../_lib/page-errors";

export const metadata: Metadata = { title: "Synonyme der Suche" };

function pageHref(q: string, page: number): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("seite", String(page));
  const text = query.toString();
  return text ? `/synonyme?${text}` : "/synonyme";
}

/** Synonym groups of the search, maintained by the administration and the BeV editors (issue 6). */
export default async function SynonymPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/synonyme");
  if (!canEditSynonyms(actor)) forbidden();
  const params = await searchParams;
  const q = (firstParam(params.q) ?? "").trim().slice(0, 60);
  const requested = Number.parseInt(firstParam(params.seite) ?? "1", 10);
  const result = await pageSynonymGroups(actor, { q, page: Number.isFinite(requested) && requested >= 1 ? requested : 1 });

  const filter = (
    <div className="kern-stack">
      <form method="get" action="/synonyme" className="efa-filter" role="search" aria-label="Synonymgruppen filtern">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="synonym-filter">
            Begriff enthält
          </label>
          <input id="synonym-filter" name="q" type="search" className="kern-form-input__input" defaultValue={q} autoComplete="off" />
        </div>
        <div className="kern-flex kern-flex-wrap kern-gap-md">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">Filtern</span>
          </button>
          <Link className="kern-btn kern-btn--tertiary" href="/synonyme">
            <span className="kern-label">Filter zurücksetzen</span>
          </Link>
        </div>
      </form>
      <p className="kern-body" role="status">
        {q
          ? `${formatNumber(result.total)} von ${formatNumber(result.overall)} Gruppen enthalten „${q}“.`
          : `${formatNumber(result.overall)} ${result.overall === 1 ? "Gruppe" : "Gruppen"}.`}
      </p>
    </div>
  );

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Synonyme der Suche</h1>
      <p className="kern-body">
        Eine Synonymgruppe sagt der Suche, dass ihre Begriffe dasselbe meinen: Wer „Perso“ sucht, findet auch Artikel zum
        „Personalausweis“. So übersetzen die Gruppen zwischen den Worten der Anrufenden und denen der Verwaltung. Änderungen gelten
        für alle Regionen und erreichen die Suche nach wenigen Sekunden.
      </p>
      <SynonymManager
        groups={result.groups}
        isFiltered={q !== ""}
        filter={filter}
        pagination={<Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => pageHref(q, page)} />}
      />
    </div>
  );
}
