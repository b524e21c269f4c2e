import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { StatusBadge } from "@/components/articles/status-badge";
import { CopySprechtext } from "@/components/servicecenter/copy-sprechtext";
import { FeedbackPanel } from "@/components/servicecenter/feedback-panel";
import { FocusedHeading } from "@/components/servicecenter/focus-on-mount";
import { IncidentPanel } from "@/components/servicecenter/incident-panel";
import { partSource, regionLine, scopeBadge } from "@/components/servicecenter/labels";
import { RecordOpened } from "@/components/servicecenter/record-opened";
import { RoutingTargets, routingTargetLabel } from "@/components/servicecenter/routing-targets";
import { answerHref, searchHref } from "@/components/servicecenter/search-client";
import { Alert } from "@/components/ui/alert";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { requireActor } from "@/lib/auth/session";
import { ARTICLE_TYPE_LABELS, CATEGORY_LABELS, STOERUNGSKLASSE_LABELS, STOERUNGSKLASSEN, type Category } from "@/lib/articles/vocabulary";
import { isAppError } from "@/lib/errors";
import { canSearch } from "@/lib/policies/search-policy";
import { deadlineKlasse, routingDeadlines } from "@/lib/routing/routing-deadlines";
import { getAgentAnswer } from "@/lib/servicecenter/get-answer";
import { firstParam, loadForPage, type IdParams, type SearchParams } from "../../../_lib/page-errors";

const categoryLabel = (c: string) => (Object.hasOwn(CATEGORY_LABELS, c) ? CATEGORY_LABELS[c as Category] : c);

function validity(from: string | null, until: string | null): string {
  if (!from && !until) return "unbefristet";
  if (from && until) return `vom ${formatDate(from)} bis ${formatDate(until)}`;
  return from ? `ab ${formatDate(from)}` : `bis ${formatDate(until ?? "")}`;
}

const load = cache(async (id: string, regionParam: string | undefined) => {
  const actor = await requireActor(`/servicecenter/artikel/${encodeURIComponent(id)}`);
  if (actor.kind !== "user" || !canSearch(actor)) forbidden();
  // no or a malformed region: the account's own; a well-formed but unknown one: not found (hand-edited address)
  const region = regionParam && /^\d{2}(\d{10})?$/.test(regionParam) ? regionParam : undefined;
  const answer = await loadForPage(() =>
    getAgentAnswer(actor, id, region).catch((e: unknown) => {
      if (isAppError(e) && e.code === "VALIDATION") notFound();
      throw e;
    }),
  );
  return { actor, answer };
});

export async function generateMetadata({ params, searchParams }: { params: IdParams; searchParams: SearchParams }): Promise<Metadata> {
  const { answer } = await load((await params).id, firstParam((await searchParams).region));
  return { title: "redirectTo" in answer ? "Antwort" : answer.content.title };
}

/** Detail view of the agent screen: the full effective answer for the caller's region, routing targets, feedback. */
export default async function AgentAnswerPage({ params, searchParams }: { params: IdParams; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const regionParam = firstParam(sp.region);
  const q = firstParam(sp.q)?.slice(0, 200) ?? "";
  const suche = firstParam(sp.suche);
  const searchEventId = suche && /^\d{1,18}$/.test(suche) ? suche : null;
  const { answer: a } = await load(id, regionParam);
  // another member of the family is effective in this region (e.g. a workaround link to the base article)
  if ("redirectTo" in a) redirect(answerHref(a.redirectTo, { region: a.regionArs, q, searchEventId }));

  const c = a.content;
  const origin = scopeBadge(a.scope, a.owner.name);
  const backHref = searchHref({ region: a.region.ars, q }, null);
  const incident = a.incident;
  // deadlines for a ticket raised now: the chosen class, else the severest active incident of the service
  const klasse = deadlineKlasse(firstParam(sp.klasse), [...(incident?.isActive ? [incident.klasse] : []), ...a.incidents.map((i) => i.klasse)]);
  const deadlines = klasse ? routingDeadlines(a.routingTargets, klasse, new Date()) : null;
  return (
    <div className="kern-stack-lg efa-answer-page">
      {searchEventId ? <RecordOpened searchEventId={searchEventId} articleId={a.id} /> : null}
      <p className="kern-body">
        <Link className="kern-link" href={backHref}>
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          Zurück zur Suche{q ? ` „${q}“` : ""}
        </Link>
      </p>

      <div className="kern-stack-sm">
        <p className="kern-preline">
          {ARTICLE_TYPE_LABELS[a.type]} · {a.service.name}
        </p>
        <FocusedHeading id="antwort-titel" className="kern-heading-x-large efa-answer-page__title">
          {c.title}
        </FocusedHeading>
        <p className="kern-body">
          <strong>Region:</strong> {regionLine(a.region)}
        </p>
        {origin || a.staleVariants.length || incident?.isActive ? (
          <ul className="efa-badges" aria-label="Hinweise">
            {origin ? (
              <li>
                <StatusBadge variant="info" label={origin} />
              </li>
            ) : null}
            {a.staleVariants.length ? (
              <li>
                <StatusBadge variant="warning" label="Basis geändert" />
              </li>
            ) : null}
            {incident?.isActive ? (
              <li>
                <StatusBadge variant="danger" label={`Störung (${incident.klasseLabel})`} />
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>

      <IncidentPanel
        incidents={a.incidents.map((i) => ({ ...i, service: { id: i.serviceId, name: i.serviceName }, klasseLabel: STOERUNGSKLASSE_LABELS[i.klasse], startedAt: i.startedAt.toISOString() }))}
        regionArs={a.region.ars}
        headingId="antwort-stoerungen"
        heading={`Aktive Störungen von ${a.service.name}`}
        emptyText={null}
      />

      <section className="efa-sprechtext kern-stack-sm" aria-labelledby="antwort-sprechtext">
        <h2 className="kern-heading-small" id="antwort-sprechtext">
          Sprechtext
        </h2>
        <p className="kern-body kern-body--large efa-preserve-lines">{c.shortAnswer}</p>
        <CopySprechtext text={c.shortAnswer} />
        <p className="kern-body kern-body--small">
          Verfasst von: {c.shortAnswerParts.map((p, i) => partSource(p, i)).join("; ")}
        </p>
      </section>

      {a.staleVariants.length ? (
        <Alert variant="warning" title="Beruht auf älterer Basis" titleAs="h2">
          <p className="kern-body">
            Die Fassung von {a.staleVariants.join(" und ")} beruht auf einem älteren Stand des Basisartikels. Der Basisartikel wurde inzwischen geändert; die Redaktion
            prüft, ob die Änderung übernommen wird. Im Zweifel bei der Leitstelle nachfragen.
          </p>
        </Alert>
      ) : null}
      {!a.isValidToday ? (
        <Alert variant="warning" title="Heute nicht gültig" titleAs="h2">
          <p className="kern-body">Diese Antwort gilt {validity(c.validFrom, c.validUntil)} und heute nicht. Bitte nicht mehr verwenden und erneut suchen.</p>
        </Alert>
      ) : null}

      <section className="kern-stack" aria-labelledby="antwort-text">
        <h2 className="kern-heading-medium" id="antwort-text">
          Antwort
        </h2>
        {c.bodySegments.map((s, i) => (
          <div className="efa-answer-part" key={`${s.level}-${i}`}>
            <p className="kern-body kern-body--small efa-answer-part__source">{partSource(s, i)}</p>
            {/* html comes from the validated editor document on the server (lib/editor/server.ts) */}
            <div className="efa-answer kern-body" dangerouslySetInnerHTML={{ __html: s.html }} />
          </div>
        ))}
      </section>

      <section className="kern-stack-sm" aria-labelledby="antwort-angaben">
        <h2 className="kern-heading-medium" id="antwort-angaben">
          Angaben
        </h2>
        <dl className="kern-description-list">
          {incident ? (
            <>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">Störungsklasse</dt>
                <dd className="kern-description-list-item__value">{incident.klasseLabel}</dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">Störung seit</dt>
                <dd className="kern-description-list-item__value">
                  {formatDateTime(incident.startedAt)} Uhr{incident.resolvedAt ? `, behoben ${formatDateTime(incident.resolvedAt)} Uhr` : ", noch nicht behoben"}
                </dd>
              </div>
              <div className="kern-description-list-item">
                <dt className="kern-description-list-item__key">Workaround</dt>
                <dd className="kern-description-list-item__value">
                  {incident.workaround ? (
                    <Link className="kern-link" href={answerHref(incident.workaround.articleId, { region: a.region.ars, q })}>
                      {incident.workaround.title}
                    </Link>
                  ) : (
                    "keiner bekannt"
                  )}
                </dd>
              </div>
            </>
          ) : null}
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Fassung</dt>
            <dd className="kern-description-list-item__value">
              {a.scope === "BASE" ? `Basisartikel von ${a.owner.name}` : `Variante von ${a.owner.name}`} ({c.chain.map((l) => l.orgName).join(" → ")})
            </dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Gültigkeit</dt>
            <dd className="kern-description-list-item__value">{validity(c.validFrom, c.validUntil)}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Letzte Änderung</dt>
            <dd className="kern-description-list-item__value">{a.lastChangedAt ? `${formatDateTime(a.lastChangedAt)} Uhr` : "unbekannt"}</dd>
          </div>
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Kategorien</dt>
            <dd className="kern-description-list-item__value">{c.categories.length ? c.categories.map(categoryLabel).join(", ") : "keine"}</dd>
          </div>
          {c.contactHints ? (
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">Kontakthinweise</dt>
              <dd className="kern-description-list-item__value efa-preserve-lines">{c.contactHints}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="kern-stack" aria-labelledby="antwort-weiterleitung">
        <h2 className="kern-heading-medium" id="antwort-weiterleitung">
          Weiterleitung (Kommunikationsmatrix)
        </h2>
        <p className="kern-body">
          Ziele für Tickets an Second und Third Level zu {a.service.name} in {a.region.land.name}. Reaktions- und Erledigungszeiten je Störungsklasse in
          Arbeitsstunden; die Fristen rechnen ab jetzt und überspringen Zeiten außerhalb der Servicezeit, Wochenenden und Feiertage.
        </p>
        {a.routingTargets.length ? (
          <form method="get" action={`/servicecenter/artikel/${encodeURIComponent(a.id)}`} className="kern-flex kern-flex-wrap kern-gap-md efa-deadline-form" aria-label="Fristen berechnen">
            <input type="hidden" name="region" value={a.region.ars} />
            {q ? <input type="hidden" name="q" value={q} /> : null}
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="frist-klasse">
                Störungsklasse des Tickets
              </label>
              <div className="kern-form-input__select-wrapper">
                <select id="frist-klasse" name="klasse" className="kern-form-input__select" defaultValue={klasse ?? ""}>
                  <option value="">Bitte wählen</option>
                  {STOERUNGSKLASSEN.map((k) => (
                    <option key={k} value={k}>
                      {STOERUNGSKLASSE_LABELS[k]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="efa-deadline-form__submit">
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">Fristen berechnen</span>
              </button>
            </div>
          </form>
        ) : null}
        {a.routingTargets.length && !klasse ? <p className="kern-body">Keine aktive Störung bekannt: Wählen Sie die Störungsklasse des Tickets, um die Fristen zu sehen.</p> : null}
        <RoutingTargets targets={a.routingTargets} landName={a.region.land.name} deadlines={deadlines} klasseLabel={klasse ? STOERUNGSKLASSE_LABELS[klasse] : null} />
      </section>

      <section className="kern-stack" aria-labelledby="antwort-rueckmeldung">
        <h2 className="kern-heading-medium" id="antwort-rueckmeldung">
          Rückmeldung
        </h2>
        <FeedbackPanel
          articleId={a.id}
          revisionId={a.revisionId}
          regionArs={a.region.ars}
          searchEventId={searchEventId}
          routingTargets={a.routingTargets.map((t) => ({ id: t.id, label: routingTargetLabel(t) }))}
        />
      </section>
    </div>
  );
}
