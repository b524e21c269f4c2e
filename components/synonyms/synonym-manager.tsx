"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { z } from "zod";
import { ActionDialog } from "@/components/articles/action-dialog";
import { anyOkBody, callApi, type ApiResult } from "@/components/articles/api-client";
import { ErrorSummary } from "@/components/articles/error-summary";
import { ActionStatus } from "@/components/ui/action-status";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
import type { SynonymGroupView } from "@/lib/synonyms/list-synonym-groups";
import { groupLabel, hasErrors, NO_ERRORS, summaryOf, termErrorsFrom, termsPayload, type TermErrors } from "./synonym-form-model";
import { SynonymTermsField, termRows, type TermRow } from "./synonym-terms-field";

const savedGroup = z.object({ id: z.string().min(1).max(40), terms: z.array(z.string().max(200)).max(50), updatedAt: z.string() });

const TAKES_EFFECT = "Die Suche berücksichtigt die Änderung in wenigen Sekunden.";

interface SynonymManagerProps {
  /** the groups of this page of the list */
  groups: SynonymGroupView[];
  /** the filter form, the count and the page links (rendered on the server) */
  filter: ReactNode;
  pagination: ReactNode;
  isFiltered: boolean;
}

interface Editing {
  group: SynonymGroupView;
  rows: TermRow[];
  errors: TermErrors;
}

/**
 * Maintaining the synonym groups of the search (ADMIN, BEV): a form for a new group, the list with "Bearbeiten"
 * (dialog) and "Löschen" (confirmation) per group. Every change goes through /api/synonyms; the server checks it
 * and queues the synonyms for Meilisearch. Afterwards the list reloads and a message says what happened.
 */
export function SynonymManager({ groups, filter, pagination, isFiltered }: SynonymManagerProps) {
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const createSummaryRef = useRef<HTMLDivElement>(null);
  const editSummaryRef = useRef<HTMLDivElement>(null);
  const triggers = useRef(new Map<string, HTMLButtonElement | null>());
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [statusRound, setStatusRound] = useState(0);
  const [createRows, setCreateRows] = useState<TermRow[]>(() => termRows(["", ""]));
  const [createErrors, setCreateErrors] = useState<TermErrors>(NO_ERRORS);
  const [createRound, setCreateRound] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editRound, setEditRound] = useState(0);
  const [deleting, setDeleting] = useState<SynonymGroupView | null>(null);
  const [busy, setBusy] = useState<"create" | "edit" | "delete" | null>(null);

  useEffect(() => {
    if (statusRound > 0) statusRef.current?.focus();
  }, [statusRound]);
  useEffect(() => {
    if (createRound > 0) createSummaryRef.current?.focus();
  }, [createRound]);
  useEffect(() => {
    if (editRound > 0) editSummaryRef.current?.focus();
  }, [editRound]);

  function announce(text: string | null, error: string | null = null) {
    setMessage(text);
    setFailure(error);
    setStatusRound((n) => n + 1);
  }

  /** A refusal that concerns no field (the group is gone, no permission, no connection) ends the dialog with an alert. */
  function isFieldProblem(result: Extract<ApiResult<unknown>, { ok: false }>): boolean {
    return result.status === 400 && result.problems.length > 0;
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy("create");
    const result = await callApi("POST", "/api/synonyms", termsPayload(createRows.map((r) => r.value)), savedGroup);
    setBusy(null);
    if (result.ok) {
      setCreateErrors(NO_ERRORS);
      setCreateRows(termRows(["", ""]));
      announce(`Die Synonymgruppe ${groupLabel(result.data.terms)} wurde angelegt. ${TAKES_EFFECT}`);
      router.refresh();
      return;
    }
    setCreateErrors(termErrorsFrom(isFieldProblem(result) ? result.problems : [], result.error));
    setCreateRound((n) => n + 1);
  }

  function openEdit(group: SynonymGroupView) {
    setEditing({ group, rows: termRows(group.terms), errors: NO_ERRORS });
  }

  function closeDialog(id: string | undefined) {
    setEditing(null);
    setDeleting(null);
    if (id) triggers.current.get(id)?.focus();
  }

  async function saveEdit() {
    if (!editing || busy) return;
    setBusy("edit");
    const result = await callApi("PUT", `/api/synonyms/${encodeURIComponent(editing.group.id)}`, termsPayload(editing.rows.map((r) => r.value)), savedGroup);
    setBusy(null);
    if (result.ok) {
      setEditing(null);
      announce(`Die Synonymgruppe wurde geändert; sie lautet jetzt ${groupLabel(result.data.terms)}. ${TAKES_EFFECT}`);
      router.refresh();
      return;
    }
    if (isFieldProblem(result)) {
      setEditing({ ...editing, errors: termErrorsFrom(result.problems, result.error) });
      setEditRound((n) => n + 1);
      return;
    }
    setEditing(null);
    announce(null, result.error);
    router.refresh();
  }

  async function confirmDelete() {
    if (!deleting || busy) return;
    setBusy("delete");
    const result = await callApi("DELETE", `/api/synonyms/${encodeURIComponent(deleting.id)}`, null, anyOkBody);
    setBusy(null);
    const label = groupLabel(deleting.terms);
    setDeleting(null);
    if (result.ok) announce(`Die Synonymgruppe ${label} wurde gelöscht. ${TAKES_EFFECT}`);
    else announce(null, result.error);
    router.refresh();
  }

  return (
    <div className="kern-stack-xl">
      <ActionStatus statusRef={statusRef} message={message} error={failure} errorTitle="Die Änderung war nicht möglich" />

      <section className="kern-stack" aria-labelledby="synonym-neu-titel">
        <h2 className="kern-heading-medium" id="synonym-neu-titel">
          Neue Synonymgruppe
        </h2>
        {hasErrors(createErrors) ? (
          <ErrorSummary id="synonym-neu-fehler" title="Die Gruppe wurde nicht angelegt" formError={createErrors.form} items={summaryOf(createErrors, "neu")} summaryRef={createSummaryRef} />
        ) : null}
        <form className="kern-stack" noValidate onSubmit={create}>
          <SynonymTermsField idPrefix="neu" rows={createRows} onChange={setCreateRows} errors={createErrors} />
          <div>
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy === "create" || undefined}>
              <span className="kern-label">{busy === "create" ? "Bitte warten …" : "Gruppe anlegen"}</span>
            </button>
          </div>
        </form>
      </section>

      <section className="kern-stack" aria-labelledby="synonym-liste-titel">
        <h2 className="kern-heading-medium" id="synonym-liste-titel">
          Vorhandene Gruppen
        </h2>
        {filter}
        {groups.length === 0 ? (
          <EmptyState>
            {isFiltered ? "Kein Begriff einer Gruppe enthält diesen Text. Ändern Sie den Filter oder setzen Sie ihn zurück." : "Es gibt noch keine Synonymgruppen. Legen Sie oben die erste an."}
          </EmptyState>
        ) : (
          <div className="kern-table-responsive">
            <table className="kern-table kern-table--striped">
              <caption className="kern-sr-only">Synonymgruppen, nach dem ersten Begriff sortiert</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th className="kern-table__header" scope="col">Begriffe</th>
                  <th className="kern-table__header" scope="col">Geändert am</th>
                  <th className="kern-table__header" scope="col">Aktionen</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {groups.map((g) => (
                  <tr className="kern-table__row" key={g.id}>
                    <th className="kern-table__header" scope="row">
                      {g.terms.join(", ")}
                    </th>
                    <td className="kern-table__cell">{formatDateTime(g.updatedAt)}</td>
                    <td className="kern-table__cell">
                      <div className="kern-flex kern-flex-wrap kern-gap-sm">
                        <button
                          type="button"
                          className="kern-btn kern-btn--secondary"
                          aria-haspopup="dialog"
                          ref={(el) => {
                            triggers.current.set(`edit-${g.id}`, el);
                          }}
                          onClick={() => openEdit(g)}
                        >
                          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
                          <span className="kern-label">
                            Bearbeiten<span className="kern-sr-only">: {g.terms.join(", ")}</span>
                          </span>
                        </button>
                        <button
                          type="button"
                          className="kern-btn kern-btn--tertiary"
                          aria-haspopup="dialog"
                          ref={(el) => {
                            triggers.current.set(`delete-${g.id}`, el);
                          }}
                          onClick={() => setDeleting(g)}
                        >
                          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                          <span className="kern-label">
                            Löschen<span className="kern-sr-only">: {g.terms.join(", ")}</span>
                          </span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pagination}
      </section>

      <ActionDialog
        id="synonym-bearbeiten"
        isOpen={editing !== null}
        title="Synonymgruppe bearbeiten"
        confirmLabel="Änderungen speichern"
        isBusy={busy === "edit"}
        initialFocusId="bearbeiten-begriff-1"
        onClose={() => closeDialog(editing ? `edit-${editing.group.id}` : undefined)}
        onConfirm={() => void saveEdit()}
      >
        {editing ? (
          <div className="kern-stack">
            {hasErrors(editing.errors) ? (
              <ErrorSummary id="synonym-bearbeiten-fehler" title="Nicht gespeichert" formError={editing.errors.form} items={summaryOf(editing.errors, "bearbeiten")} summaryRef={editSummaryRef} />
            ) : null}
            <SynonymTermsField idPrefix="bearbeiten" rows={editing.rows} onChange={(rows) => setEditing({ ...editing, rows })} errors={editing.errors} />
          </div>
        ) : null}
      </ActionDialog>

      <ActionDialog
        id="synonym-loeschen"
        isOpen={deleting !== null}
        title="Synonymgruppe löschen?"
        confirmLabel="Endgültig löschen"
        tone="danger"
        isBusy={busy === "delete"}
        onClose={() => closeDialog(deleting ? `delete-${deleting.id}` : undefined)}
        onConfirm={() => void confirmDelete()}
      >
        {deleting ? (
          <p className="kern-body">
            Die Gruppe {groupLabel(deleting.terms)} wird gelöscht. Die Suche behandelt diese Begriffe danach nicht mehr als
            gleichbedeutend. Eine gelöschte Gruppe lässt sich nur neu anlegen.
          </p>
        ) : null}
      </ActionDialog>
    </div>
  );
}
