import Link from "next/link";
import type { WorkItem, Worklist } from "@/lib/articles/get-worklist";
import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES } from "@/lib/articles/vocabulary";
import { formatDate, formatDateTime, formatNumber } from "@/components/ui/format";

const typeLabel = (t: string) => ((ARTICLE_TYPES as readonly string[]).includes(t) ? ARTICLE_TYPE_LABELS[t as (typeof ARTICLE_TYPES)[number]] : t);

interface ListSpec {
  key: keyof Worklist;
  title: string;
  empty: string;
  /** how the item's date is named */
  date: (d: string) => string;
}

const LISTS: readonly ListSpec[] = [
  { key: "drafts", title: "Entwürfe", empty: "Keine offenen Entwürfe.", date: (d) => `gespeichert am ${formatDateTime(d)} Uhr` },
  { key: "inReview", title: "Warten auf Prüfung", empty: "Keine Version wartet auf Prüfung.", date: (d) => `zur Prüfung seit ${formatDateTime(d)} Uhr` },
  { key: "reviewOverdue", title: "Wiedervorlage überfällig", empty: "Keine Wiedervorlage ist überfällig.", date: (d) => `Wiedervorlage war am ${formatDate(d)}` },
  { key: "expiringSoon", title: "Läuft in 30 Tagen ab", empty: "Kein veröffentlichter Artikel läuft in den nächsten 30 Tagen ab.", date: (d) => `gültig bis ${formatDate(d)}` },
  {
    key: "incidentsToConfirm",
    title: "Nachträglich zu prüfende Störungsmeldungen",
    empty: "Keine sofort veröffentlichte Störungsmeldung wartet auf die nachträgliche Prüfung.",
    date: (d) => `veröffentlicht am ${formatDateTime(d)} Uhr`,
  },
];

function Entry({ item, spec }: { item: WorkItem; spec: ListSpec }) {
  return (
    <li className="efa-worklist__item">
      <Link className="kern-link" href={`/artikel/${encodeURIComponent(item.id)}`}>
        {item.title}
      </Link>
      <span className="kern-body kern-body--small efa-cell-note">
        {[typeLabel(item.type), item.service, item.date ? spec.date(item.date) : null, item.author ? `von ${item.author}` : null].filter(Boolean).join(" · ")}
      </span>
    </li>
  );
}

/** The editors' to-do lists, each with an honest empty state. */
export function WorklistView({ worklist }: { worklist: Worklist }) {
  return (
    <section className="kern-stack-lg" aria-labelledby="arbeitsliste">
      <h2 className="kern-heading-medium" id="arbeitsliste">
        Arbeitsliste
      </h2>
      <div className="efa-worklist">
        {LISTS.map((spec) => {
          const items = worklist[spec.key];
          return (
            <section key={spec.key} className="efa-worklist__group kern-stack-sm" aria-labelledby={`arbeitsliste-${spec.key}`}>
              <h3 className="kern-heading-small" id={`arbeitsliste-${spec.key}`}>
                {spec.title} <span className="efa-count">({formatNumber(items.length)})</span>
              </h3>
              {items.length === 0 ? (
                <p className="kern-body">{spec.empty}</p>
              ) : (
                <ul className="efa-worklist__list">
                  {items.map((item) => (
                    <Entry key={item.id} item={item} spec={spec} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
