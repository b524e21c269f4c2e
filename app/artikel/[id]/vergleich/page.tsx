import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RevisionDiff } from "@/components/articles/revision-diff";
import { compareRevisions } from "@/lib/articles/compare-revisions";
import { getArticle } from "@/lib/articles/get-article";
import { listServiceLaender } from "@/lib/articles/list-editable-services";
import { requireActor } from "@/lib/auth/session";
import { articleTitle } from "../../../_lib/article-title";
import { firstParam, loadForPage, type IdParams, type SearchParams } from "../../../_lib/page-errors";

export const metadata: Metadata = { title: "Versionen vergleichen" };

/** Side-by-side comparison of two revisions, field by field. */
export default async function ComparePage({ params, searchParams }: { params: IdParams; searchParams: SearchParams }) {
  const { id } = await params;
  const query = await searchParams;
  const von = firstParam(query.von);
  const zu = firstParam(query.zu);
  const base = `/artikel/${encodeURIComponent(id)}`;
  const actor = await requireActor(`${base}/vergleich${von && zu ? `?von=${encodeURIComponent(von)}&zu=${encodeURIComponent(zu)}` : ""}`);
  if (!von || !zu) redirect(`${base}/versionen`);
  const { view, comparison } = await loadForPage(async () => {
    const [view, comparison] = await Promise.all([getArticle(actor, id), compareRevisions(actor, id, von, zu)]);
    return { view, comparison };
  });
  const laender = await listServiceLaender(view.service.id);
  const title = await articleTitle(actor, view);

  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <p className="kern-preline">{title}</p>
        <h1 className="kern-heading-x-large">
          Version {comparison.from.number} und Version {comparison.to.number} im Vergleich
        </h1>
        <ul className="kern-list kern-list--horizontal efa-link-row">
          <li>
            <Link className="kern-link" href={`${base}/vergleich?von=${encodeURIComponent(zu)}&zu=${encodeURIComponent(von)}`}>
              Richtung tauschen
            </Link>
          </li>
          <li>
            <Link className="kern-link" href={`${base}/versionen`}>
              Andere Versionen wählen
            </Link>
          </li>
          <li>
            <Link className="kern-link" href={base}>
              Zurück zum Artikel
            </Link>
          </li>
        </ul>
      </div>
      <RevisionDiff
        comparison={comparison}
        leistungen={view.service.leistungen}
        laender={laender.map(({ ars, name }) => ({ ars, name }))}
        showInternalNote={actor.role !== "AGENT"}
      />
    </div>
  );
}
