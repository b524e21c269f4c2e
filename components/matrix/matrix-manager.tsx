"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { z } from "zod";
import { ActionDialog } from "@/components/articles/action-dialog";
import { anyOkBody, callApi, type ApiResult } from "@/components/articles/api-client";
import { ErrorSummary } from "@/components/articles/error-summary";
import { TextInput } from "@/components/articles/form-controls";
import { CHANNEL_LABELS, SUPPORT_KIND_LABELS, SUPPORT_LEVEL_LABELS } from "@/components/servicecenter/labels";
import { ActionStatus } from "@/components/ui/action-status";
import { EmptyState } from "@/components/ui/empty-state";
import type { MatrixView } from "@/lib/routing/get-matrix";
import type { RoutingTargetView } from "@/lib/routing/list-routing-targets";
import type { RestrictionView } from "@/lib/routing/save-routing-target";
import { fieldId, formErrorsFrom, formSummary, hasFormErrors, NO_FORM_ERRORS, RESTRICTION_FIELDS, restrictionPayload, TARGET_FIELDS, targetPayload, type FormErrors } from "./matrix-form-model";
import { PathFields, TargetFields } from "./target-fields";

const saved = z.object({ id: z.string().min(1).max(40), name: z.string().max(300) });
const savedRestriction = z.object({ id: z.string().min(1).max(40), reason: z.string().max(400) });

type FormKey = "basis" | "land" | "sperre" | "bearbeiten";
const pathLabel = (p: { level: "SECOND" | "THIRD"; kind: "TECHNICAL" | "FACHLICH" }) => `${SUPPORT_LEVEL_LABELS[p.level]}, ${SUPPORT_KIND_LABELS[p.kind]}`;
const hoursText = (t: RoutingTargetView, which: "reaction" | "resolution") => `${t.hours.BETRIEBSVERHINDERND[which]} / ${t.hours.BETRIEBSBEHINDERND[which]} / ${t.hours.LEICHT[which]} h`;

interface TargetTableProps {
  caption: string;
  targets: readonly RoutingTargetView[];
  /** the effective matrix shows origin and whether the path is allowed, instead of actions */
  effectiveLand?: string;
  canEdit: boolean;
  onEdit: (t: RoutingTargetView, trigger: HTMLButtonElement) => void;
  onDelete: (t: RoutingTargetView, trigger: HTMLButtonElement) => void;
}

function TargetTable({ caption, targets, effectiveLand, canEdit, onEdit, onDelete }: TargetTableProps) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Zuständige Stelle</th>
            <th className="kern-table__header" scope="col">Ebene und Art</th>
            <th className="kern-table__header" scope="col">Kanal und Kontakt</th>
            <th className="kern-table__header" scope="col">Servicezeiten</th>
            <th className="kern-table__header" scope="col">Reaktion (verhindernd / behindernd / leicht)</th>
            <th className="kern-table__header" scope="col">Erledigung (verhindernd / behindernd / leicht)</th>
            {effectiveLand ? <th className="kern-table__header" scope="col">Herkunft und Zulässigkeit</th> : null}
            {canEdit && !effectiveLand ? <th className="kern-table__header" scope="col">Aktionen</th> : null}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {targets.map((t) => (
            <tr className="kern-table__row" key={t.id}>
              <th className="kern-table__header" scope="row">
                {t.name}
              </th>
              <td className="kern-table__cell">{pathLabel(t)}</td>
              <td className="kern-table__cell">
                {CHANNEL_LABELS[t.channel]}: {t.contact}
              </td>
              <td className="kern-table__cell">{t.serviceHours}</td>
              <td className="kern-table__cell">{hoursText(t, "reaction")}</td>
              <td className="kern-table__cell">{hoursText(t, "resolution")}</td>
              {effectiveLand ? (
                <td className="kern-table__cell">
                  {t.isRegional ? `Eintrag von ${effectiveLand}` : "Basis-Matrix"}
                  {t.notAllowedReason ? (
                    <strong className="efa-cell-note">
                      für {effectiveLand} nicht zulässig: {t.notAllowedReason}
                    </strong>
                  ) : (
                    <span className="efa-cell-note">zulässig</span>
                  )}
                </td>
              ) : null}
              {canEdit && !effectiveLand ? (
                <td className="kern-table__cell">
                  <div className="kern-flex kern-flex-wrap kern-gap-sm">
                    <button type="button" className="kern-btn kern-btn--secondary" aria-haspopup="dialog" onClick={(e) => onEdit(t, e.currentTarget)}>
                      <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                      <span className="kern-label">
                        Bearbeiten<span className="kern-sr-only">: {t.name}</span>
                      </span>
                    </button>
                    <button type="button" className="kern-btn kern-btn--tertiary" aria-haspopup="dialog" onClick={(e) => onDelete(t, e.currentTarget)}>
                      <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                      <span className="kern-label">
                        Löschen<span className="kern-sr-only">: {t.name}</span>
                      </span>
                    </button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Maintaining the Kommunikationsmatrix of one service for one Land (issue 8): the base matrix (BeV), the Land's
 * own entries and not allowed paths (MiV), and the effective matrix agents of the Land get. Every change goes
 * through /api/matrix/…; the server checks rights and input; afterwards the page reloads and a message says
 * what happened.
 */
export function MatrixManager({ view }: { view: MatrixView }) {
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const summaryRefs: Record<FormKey, RefObject<HTMLDivElement | null>> = { basis: useRef(null), land: useRef(null), sperre: useRef(null), bearbeiten: useRef(null) };
  const trigger = useRef<HTMLButtonElement | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [statusRound, setStatusRound] = useState(0);
  const [errors, setErrors] = useState<Record<FormKey, FormErrors>>({ basis: NO_FORM_ERRORS, land: NO_FORM_ERRORS, sperre: NO_FORM_ERRORS, bearbeiten: NO_FORM_ERRORS });
  const [focusForm, setFocusForm] = useState<{ key: FormKey; round: number } | null>(null);
  const [editing, setEditing] = useState<RoutingTargetView | null>(null);
  const [deleting, setDeleting] = useState<RoutingTargetView | null>(null);
  const [allowing, setAllowing] = useState<RestrictionView | null>(null);
  const [busy, setBusy] = useState<FormKey | "loeschen" | "zulassen" | null>(null);
  const land = view.land.name;

  useEffect(() => {
    if (statusRound > 0) statusRef.current?.focus();
  }, [statusRound]);
  useEffect(() => {
    if (focusForm) summaryRefs[focusForm.key].current?.focus();
  }, [focusForm]);

  function announce(text: string | null, error: string | null = null) {
    setMessage(text);
    setFailure(error);
    setStatusRound((n) => n + 1);
  }

  function showErrors(key: FormKey, result: Extract<ApiResult<unknown>, { ok: false }>, known: readonly { path: string }[]) {
    const fieldProblems = result.status === 400 ? result.problems : [];
    setErrors((e) => ({ ...e, [key]: formErrorsFrom(fieldProblems, result.error, known) }));
    setFocusForm((f) => ({ key, round: (f?.round ?? 0) + 1 }));
  }

  function clearErrors(key: FormKey) {
    setErrors((e) => ({ ...e, [key]: NO_FORM_ERRORS }));
  }

  async function create(event: FormEvent<HTMLFormElement>, key: "basis" | "land") {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    setBusy(key);
    const body = { ...targetPayload(new FormData(form)), serviceKey: view.service.key, regionArs: key === "basis" ? null : view.land.ars };
    const result = await callApi("POST", "/api/matrix/targets", body, saved);
    setBusy(null);
    if (!result.ok) return showErrors(key, result, TARGET_FIELDS);
    clearErrors(key);
    form.reset();
    announce(`„${result.data.name}“ wurde ${key === "basis" ? "in die Basis-Matrix" : `als Eintrag von ${land}`} aufgenommen. Agentinnen und Agenten sehen die Änderung beim nächsten Öffnen einer Antwort.`);
    router.refresh();
  }

  async function saveEdit(data: FormData) {
    if (!editing || busy) return;
    setBusy("bearbeiten");
    const result = await callApi("PUT", `/api/matrix/targets/${encodeURIComponent(editing.id)}`, targetPayload(data), saved);
    setBusy(null);
    if (!result.ok && result.status === 400 && result.problems.length) return showErrors("bearbeiten", result, TARGET_FIELDS);
    closeDialog();
    if (result.ok) announce(`Der Eintrag „${result.data.name}“ wurde geändert.`);
    else announce(null, result.error);
    router.refresh();
  }

  async function confirmDelete() {
    if (!deleting || busy) return;
    setBusy("loeschen");
    const result = await callApi("DELETE", `/api/matrix/targets/${encodeURIComponent(deleting.id)}`, null, anyOkBody);
    setBusy(null);
    const name = deleting.name;
    closeDialog();
    if (result.ok) announce(`Der Eintrag „${name}“ wurde gelöscht.`);
    else announce(null, result.error);
    router.refresh();
  }

  async function restrict(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    setBusy("sperre");
    const result = await callApi("POST", "/api/matrix/restrictions", { ...restrictionPayload(new FormData(form)), serviceKey: view.service.key, regionArs: view.land.ars }, savedRestriction);
    setBusy(null);
    if (!result.ok) return showErrors("sperre", result, RESTRICTION_FIELDS);
    clearErrors("sperre");
    form.reset();
    announce(`Der Weg ist für ${land} jetzt nicht zulässig; Agentinnen und Agenten in ${land} bekommen seine Ziele nicht mehr angeboten.`);
    router.refresh();
  }

  async function confirmAllow() {
    if (!allowing || busy) return;
    setBusy("zulassen");
    const result = await callApi("DELETE", `/api/matrix/restrictions/${encodeURIComponent(allowing.id)}`, null, anyOkBody);
    setBusy(null);
    const label = pathLabel(allowing);
    closeDialog();
    if (result.ok) announce(`${label} ist für ${land} wieder zulässig.`);
    else announce(null, result.error);
    router.refresh();
  }

  function closeDialog() {
    setEditing(null);
    setDeleting(null);
    setAllowing(null);
    clearErrors("bearbeiten");
    trigger.current?.focus();
  }

  const openEdit = (t: RoutingTargetView, el: HTMLButtonElement) => {
    trigger.current = el;
    clearErrors("bearbeiten");
    setEditing(t);
  };
  const openDelete = (t: RoutingTargetView, el: HTMLButtonElement) => {
    trigger.current = el;
    setDeleting(t);
  };

  const summary = (key: FormKey, title: string, known: readonly { path: string; label: string }[], prefix: string) =>
    hasFormErrors(errors[key]) ? <ErrorSummary id={`matrix-${key}-fehler`} title={title} formError={errors[key].form} items={formSummary(errors[key], prefix, known)} summaryRef={summaryRefs[key]} /> : null;

  const createForm = (key: "basis" | "land", title: string) => (
    <section className="kern-stack efa-matrix-form" aria-labelledby={`matrix-${key}-neu-titel`}>
      <h3 className="kern-heading-small" id={`matrix-${key}-neu-titel`}>
        {title}
      </h3>
      {summary(key, "Der Eintrag wurde nicht gespeichert", TARGET_FIELDS, `neu-${key}`)}
      <form className="kern-stack" noValidate onSubmit={(e) => void create(e, key)}>
        <TargetFields prefix={`neu-${key}`} errors={errors[key]} />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy === key || undefined}>
            <span className="kern-label">{busy === key ? "Bitte warten …" : "Eintrag anlegen"}</span>
          </button>
        </div>
      </form>
    </section>
  );

  return (
    <div className="kern-stack-xl">
      <ActionStatus statusRef={statusRef} message={message} error={failure} errorTitle="Die Änderung war nicht möglich" />

      <section className="kern-stack" aria-labelledby="matrix-basis-titel">
        <h2 className="kern-heading-medium" id="matrix-basis-titel">
          Basis-Matrix (gilt für alle Länder)
        </h2>
        <p className="kern-body">
          Gepflegt vom BeV des betreibenden Landes {view.service.operatorName}. Ein Eintrag eines Landes ersetzt dort die Basis-Einträge derselben Ebene und Art.
        </p>
        {view.base.length ? (
          <TargetTable caption="Basis-Matrix" targets={view.base} canEdit={view.canEditBase} onEdit={openEdit} onDelete={openDelete} />
        ) : (
          <EmptyState>Die Basis-Matrix hat noch keine Einträge.</EmptyState>
        )}
        {view.canEditBase ? createForm("basis", "Neuer Eintrag der Basis-Matrix") : null}
      </section>

      <section className="kern-stack" aria-labelledby="matrix-land-titel">
        <h2 className="kern-heading-medium" id="matrix-land-titel">
          Einträge von {land}
        </h2>
        <p className="kern-body">Eigene Stellen des Landes (z. B. fachliche Second-Level-Stellen, IT-Komponenten des Landes). Sie ergänzen die Basis-Matrix oder ersetzen ihre Einträge derselben Ebene und Art.</p>
        {view.landEntries.length ? (
          <TargetTable caption={`Einträge von ${land}`} targets={view.landEntries} canEdit={view.canEditLand} onEdit={openEdit} onDelete={openDelete} />
        ) : (
          <EmptyState>{land} hat für diesen Dienst keine eigenen Einträge; es gilt die Basis-Matrix.</EmptyState>
        )}
        {view.canEditLand ? createForm("land", `Neuer Eintrag von ${land}`) : null}
      </section>

      <section className="kern-stack" aria-labelledby="matrix-sperren-titel">
        <h2 className="kern-heading-medium" id="matrix-sperren-titel">
          Nicht zulässige Wege in {land}
        </h2>
        <p className="kern-body">Ein Land kann Wege ausschließen, z. B. „Kommunen dürfen Third Level nicht direkt kontaktieren“. Agentinnen und Agenten in {land} bekommen die Ziele dieser Wege nicht angeboten.</p>
        {view.restrictions.length ? (
          <ul className="kern-stack-sm efa-plain-list">
            {view.restrictions.map((r) => (
              <li key={r.id} className="kern-flex kern-flex-wrap kern-gap-md">
                <span className="kern-body">
                  <strong>{pathLabel(r)}</strong>: {r.reason}
                </span>
                {view.canRestrict ? (
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary"
                    aria-haspopup="dialog"
                    onClick={(e) => {
                      trigger.current = e.currentTarget;
                      setAllowing(r);
                    }}
                  >
                    <span className="kern-label">
                      Wieder zulassen<span className="kern-sr-only">: {pathLabel(r)}</span>
                    </span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>In {land} sind alle Wege zulässig.</EmptyState>
        )}
        {view.canRestrict ? (
          <section className="kern-stack efa-matrix-form" aria-labelledby="matrix-sperre-neu-titel">
            <h3 className="kern-heading-small" id="matrix-sperre-neu-titel">
              Weg für {land} ausschließen
            </h3>
            {summary("sperre", "Der Weg wurde nicht ausgeschlossen", RESTRICTION_FIELDS, "sperre")}
            <form className="kern-stack" noValidate onSubmit={(e) => void restrict(e)}>
              <PathFields prefix="sperre" errors={errors.sperre} level="THIRD" />
              <TextInput id={fieldId("sperre", "reason")} name="reason" label="Begründung" error={errors.sperre.fields.reason} hint="Agentinnen und Agenten sehen sie nicht; sie steht in der Matrix und im Export." />
              <div>
                <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={busy === "sperre" || undefined}>
                  <span className="kern-label">{busy === "sperre" ? "Bitte warten …" : "Weg ausschließen"}</span>
                </button>
              </div>
            </form>
          </section>
        ) : null}
      </section>

      <section className="kern-stack" aria-labelledby="matrix-wirksam-titel">
        <h2 className="kern-heading-medium" id="matrix-wirksam-titel">
          Wirksame Matrix für {land}
        </h2>
        <p className="kern-body">So sehen Agentinnen und Agenten in {land} die Weiterleitungsziele; nicht zulässige Wege werden ihnen nicht angeboten.</p>
        {view.effective.length ? (
          <TargetTable caption={`Wirksame Matrix für ${land}`} targets={view.effective} effectiveLand={land} canEdit={false} onEdit={openEdit} onDelete={openDelete} />
        ) : (
          <EmptyState>Für {land} gibt es keine Weiterleitungsziele.</EmptyState>
        )}
      </section>

      <ActionDialog
        id="matrix-bearbeiten"
        isOpen={editing !== null}
        title="Eintrag bearbeiten"
        confirmLabel="Änderungen speichern"
        isBusy={busy === "bearbeiten"}
        initialFocusId={fieldId("bearbeiten", "name")}
        onClose={closeDialog}
        onConfirm={(data) => void saveEdit(data)}
      >
        {editing ? (
          <div className="kern-stack">
            {summary("bearbeiten", "Nicht gespeichert", TARGET_FIELDS, "bearbeiten")}
            <TargetFields key={editing.id} prefix="bearbeiten" errors={errors.bearbeiten} target={editing} />
          </div>
        ) : null}
      </ActionDialog>

      <ActionDialog id="matrix-loeschen" isOpen={deleting !== null} title="Eintrag löschen?" confirmLabel="Endgültig löschen" tone="danger" isBusy={busy === "loeschen"} onClose={closeDialog} onConfirm={() => void confirmDelete()}>
        {deleting ? (
          <p className="kern-body">
            „{deleting.name}“ ({pathLabel(deleting)}) wird aus der Kommunikationsmatrix gelöscht. {deleting.isRegional ? `In ${land} gilt danach wieder die Basis-Matrix, wenn keine anderen Einträge des Landes diesen Weg abdecken.` : "Länder ohne eigenen Eintrag für diesen Weg haben danach kein Ziel mehr dafür."}
          </p>
        ) : null}
      </ActionDialog>

      <ActionDialog id="matrix-zulassen" isOpen={allowing !== null} title="Weg wieder zulassen?" confirmLabel="Wieder zulassen" isBusy={busy === "zulassen"} onClose={closeDialog} onConfirm={() => void confirmAllow()}>
        {allowing ? <p className="kern-body">{pathLabel(allowing)} wird für {land} wieder zulässig; Agentinnen und Agenten bekommen seine Ziele wieder angeboten.</p> : null}
      </ActionDialog>
    </div>
  );
}
