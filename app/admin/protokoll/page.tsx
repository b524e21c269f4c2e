import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AuditTable } from "@/components/articles/audit-table";
import { AUDIT_ACTION_GROUPS } from "@/components/articles/labels";
import { SelectField } from "@/components/articles/form-controls";
import { formatDateTime } from "@/components/ui/format";
import { listGlobalAudit } from "@/lib/audit/list-audit";
import { requireActor } from "@/lib/auth/session";
import { firstParam, loadForPage, type SearchParams } from "../../_lib/page-errors";

export const metadata: Metadata = { title: "Protokoll" };

const PAGE_SIZE = 100;

/** The global audit log (ADMIN): filter by area, page backwards in time. */
export default async function GlobalAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/admin/protokoll");
  if (actor.role !== "ADMIN") forbidden();
  const params = await searchParams;
  const group = AUDIT_ACTION_GROUPS.find((g) => g.prefix === firstParam(params.bereich));
  const beforeRaw = firstParam(params.vor);
  const before = beforeRaw && !Number.isNaN(Date.parse(beforeRaw)) ? new Date(beforeRaw).toISOString() : undefined;
  const items = await loadForPage(() => listGlobalAudit(actor, { action: group?.prefix, before, limit: PAGE_SIZE }));
  const last = items[items.length - 1];
  const olderHref = last && items.length === PAGE_SIZE ? `/admin/protokoll?${new URLSearchParams({ ...(group ? { bereich: group.prefix } : {}), vor: last.at })}` : null;

  return (
    <div className="kern-stack-lg">
      <div className="kern-stack-sm">
        <h1 className="kern-heading-x-large">Protokoll</h1>
        <p className="kern-body">Alle protokollierten Änderungen der Installation, neueste zuerst.</p>
      </div>
      <form method="get" action="/admin/protokoll" className="efa-filter" role="search" aria-label="Protokoll filtern">
        <div className="efa-filter__fields">
          <SelectField
            id="protokoll-bereich"
            name="bereich"
            label="Bereich"
            options={[{ value: "", label: "Alle Bereiche" }, ...AUDIT_ACTION_GROUPS.map((g) => ({ value: g.prefix, label: g.label }))]}
            defaultValue={group?.prefix ?? ""}
          />
        </div>
        <div className="kern-flex kern-flex-wrap kern-gap-md">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Filtern</span>
          </button>
        </div>
      </form>
      {before ? (
        <p className="kern-body">
          Einträge vor dem {formatDateTime(before)} Uhr.{" "}
          <Link className="kern-link" href={group ? `/admin/protokoll?bereich=${encodeURIComponent(group.prefix)}` : "/admin/protokoll"}>
            Zu den neuesten Einträgen
          </Link>
        </p>
      ) : null}
      <AuditTable items={items} caption={group ? `Einträge im Bereich ${group.label}` : "Alle Einträge"} showArticle />
      {olderHref ? (
        <nav aria-label="Seiten des Protokolls">
          <Link className="kern-btn kern-btn--secondary" href={olderHref}>
            <span className="kern-label">Ältere Einträge</span>
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
