import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { RevisionTable } from "@/components/articles/revision-table";
import { getArticle, listRevisions } from "@/lib/articles/get-article";
import { requireActor } from "@/lib/auth/session";
import { articleTitle } from "../../../_lib/article-title";
import { loadForPage, type IdParams } from "../../../_lib/page-errors";

const load = cache(async (id: string) => {
  const actor = await requireActor(`/artikel/${encodeURIComponent(id)}/versionen`);
  return loadForPage(async () => {
    const [view, revisions] = await Promise.all([getArticle(actor, id), listRevisions(actor, id)]);
    return { view, revisions, title: await articleTitle(actor, view) };
  });
});

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const { title } = await load((await params).id);
  return { title: `Versionen: ${title}` };
}

/** All revisions of an article, newest first; pick two to compare, restore an old one as a new draft. */
export default async function RevisionsPage({ params }: { params: IdParams }) {
  const { id } = await params;
  const { view, revisions, title } = await load(id);
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <p className="kern-preline">Versionen</p>
        <h1 className="kern-heading-x-large">{title}</h1>
        <p className="kern-body">
          Jede Speicherung ist eine eigene Version; nichts wird überschrieben.{" "}
          <Link className="kern-link" href={`/artikel/${encodeURIComponent(view.id)}`}>
            Zurück zum Artikel
          </Link>
        </p>
      </div>
      <RevisionTable articleId={view.id} revisions={revisions} canRestore={view.allowedActions.includes("restore")} />
    </div>
  );
}
