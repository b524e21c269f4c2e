import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AuditTable } from "@/components/articles/audit-table";
import { getArticle } from "@/lib/articles/get-article";
import { listArticleAudit } from "@/lib/audit/list-audit";
import { requireActor } from "@/lib/auth/session";
import { articleTitle } from "../../../_lib/article-title";
import { loadForPage, type IdParams } from "../../../_lib/page-errors";

const load = cache(async (id: string) => {
  const actor = await requireActor(`/artikel/${encodeURIComponent(id)}/protokoll`);
  return loadForPage(async () => {
    const [items, view] = await Promise.all([listArticleAudit(actor, id), getArticle(actor, id)]);
    return { items, view, title: await articleTitle(actor, view) };
  });
});

export async function generateMetadata({ params }: { params: IdParams }): Promise<Metadata> {
  const { title } = await load((await params).id);
  return { title: `Protokoll: ${title}` };
}

/** The audit of one article: every save and workflow step, newest first. */
export default async function ArticleAuditPage({ params }: { params: IdParams }) {
  const { id } = await params;
  const { items, view, title } = await load(id);
  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <p className="kern-preline">Protokoll</p>
        <h1 className="kern-heading-x-large">{title}</h1>
        <p className="kern-body">
          Wer hat wann was getan, neueste Einträge zuerst.{" "}
          <Link className="kern-link" href={`/artikel/${encodeURIComponent(view.id)}`}>
            Zurück zum Artikel
          </Link>
        </p>
      </div>
      <AuditTable items={items} caption="Einträge zu diesem Artikel" />
    </div>
  );
}
