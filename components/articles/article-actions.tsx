"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ActionStatus } from "@/components/ui/action-status";
import { ActionDialog } from "./action-dialog";
import { anyOkBody, callApi } from "./api-client";
import { berlinLocalToIso } from "./berlin-time";
import { takeFlash } from "./flash-store";
import { FieldError, Hint } from "./form-controls";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "./workflow";


const STEP: Record<WorkflowAction, { path: string; label: string; done: string; style: "primary" | "secondary" }> = {
  submit: { path: "submit", label: "Zur Prüfung geben", done: "Der Entwurf wurde zur Prüfung gegeben.", style: "primary" },
  publishIncident: {
    path: "publish-incident",
    label: "Sofort veröffentlichen",
    done: "Die Störungsmeldung ist veröffentlicht. Eine zweite Person muss sie nachträglich prüfen.",
    style: "primary",
  },
  approve: { path: "approve", label: "Freigeben", done: "Die Version wurde freigegeben und ist jetzt veröffentlicht.", style: "primary" },
  reject: { path: "reject", label: "Zurückweisen", done: "Die Version wurde mit Ihrer Begründung an die Redaktion zurückgegeben.", style: "secondary" },
  confirmIncident: { path: "confirm-incident", label: "Prüfung bestätigen", done: "Die Störungsmeldung ist geprüft und bestätigt.", style: "primary" },
  resolveIncident: { path: "resolve-incident", label: "Als behoben markieren", done: "Die Störung ist als behoben markiert und wird nicht mehr als aktiv angezeigt.", style: "secondary" },
  archive: {
    path: "archive",
    label: "Archivieren",
    done: "Der Artikel ist archiviert. Er wird nicht mehr gefunden und nicht mehr ausgespielt.",
    style: "secondary",
  },
};

// Steps that ask for something (a reason, a time) or take something away open a dialog first.
type DialogStep = "reject" | "archive" | "resolveIncident";
const isDialogStep = (a: WorkflowAction): a is DialogStep => a === "reject" || a === "archive" || a === "resolveIncident";

interface ArticleActionsProps {
  articleId: string;
  title: string;
  /** allowed by the policy (view.allowedActions), in any order */
  actions: readonly WorkflowAction[];
  canEdit: boolean;
}

/**
 * The buttons for exactly the allowed steps; after a step the page reloads its data and says what happened.
 * Its status area also shows the message left by the form after saving (flash-store).
 */
export function ArticleActions({ articleId, title, actions, canEdit }: ArticleActionsProps) {
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const triggerRefs = useRef<Partial<Record<WorkflowAction, HTMLButtonElement | null>>>({});
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openDialog, setOpenDialog] = useState<DialogStep | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [resolvedError, setResolvedError] = useState<string | null>(null);
  const pathname = usePathname();
  // Bumped when a message appears; focus moves to it once it is rendered (the clicked button may be gone).
  const [focusRound, setFocusRound] = useState(0);

  useEffect(() => {
    const flash = takeFlash(pathname);
    if (!flash) return;
    setMessage(flash);
    setFocusRound((n) => n + 1);
  }, [pathname]);

  useEffect(() => {
    if (focusRound > 0) statusRef.current?.focus();
  }, [focusRound]);

  const offered = WORKFLOW_ACTIONS.filter((a) => actions.includes(a));
  if (offered.length === 0 && !canEdit && !message && !error) return null;

  async function run(action: WorkflowAction, body: Record<string, unknown> = {}) {
    if (busy) return;
    setBusy(action);
    setError(null);
    setMessage(null);
    const result = await callApi("POST", `/api/articles/${encodeURIComponent(articleId)}/${STEP[action].path}`, body, anyOkBody);
    setBusy(null);
    if (result.ok) {
      setOpenDialog(null);
      setMessage(STEP[action].done);
      setFocusRound((n) => n + 1);
      router.refresh();
      return;
    }
    const comment = result.problems.find((p) => p.path === "comment");
    const resolvedAt = result.problems.find((p) => p.path === "resolvedAt");
    if (comment) setCommentError(comment.message);
    else if (resolvedAt) setResolvedError(resolvedAt.message);
    else {
      setOpenDialog(null);
      setError(result.error);
      setFocusRound((n) => n + 1);
    }
  }

  function open(action: DialogStep) {
    setCommentError(null);
    setResolvedError(null);
    setError(null);
    setOpenDialog(action);
  }

  function closeDialog() {
    const was = openDialog;
    setOpenDialog(null);
    if (was) triggerRefs.current[was]?.focus();
  }

  return (
    <div className="kern-stack">
      <ActionStatus statusRef={statusRef} message={message} error={error} errorTitle="Der Schritt war nicht möglich" />

      {offered.length > 0 || canEdit ? (
        <div className="efa-action-bar" role="group" aria-label="Arbeitsschritte">
          {canEdit ? (
            <Link className="kern-btn kern-btn--primary" href={`/artikel/${encodeURIComponent(articleId)}/bearbeiten`}>
              <span className="kern-icon kern-icon--edit" aria-hidden="true" />
              <span className="kern-label">Bearbeiten</span>
            </Link>
          ) : null}
          {offered.map((action) => (
            <button
              key={action}
              ref={(el) => {
                triggerRefs.current[action] = el;
              }}
              type="button"
              className={`kern-btn kern-btn--${STEP[action].style}`}
              aria-disabled={busy !== null || undefined}
              aria-haspopup={isDialogStep(action) ? "dialog" : undefined}
              onClick={() => (isDialogStep(action) ? open(action) : void run(action))}
            >
              <span className="kern-label">{busy === action ? "Bitte warten …" : STEP[action].label}</span>
            </button>
          ))}
        </div>
      ) : null}

      <ActionDialog
        id="dialog-zurueckweisen"
        isOpen={openDialog === "reject"}
        title="Version zurückweisen"
        initialFocusId="zurueckweisen-begruendung"
        confirmLabel="Zurückweisen"
        isBusy={busy === "reject"}
        onClose={closeDialog}
        onConfirm={(data) => {
          const comment = data.get("comment");
          if (typeof comment !== "string" || !comment.trim()) {
            setCommentError("Begründung: bitte angeben, was zu ändern ist");
            document.getElementById("zurueckweisen-begruendung")?.focus();
            return;
          }
          void run("reject", { comment });
        }}
      >
        <p className="kern-body">Die Redaktion erhält die Version mit Ihrer Begründung zurück und kann sie überarbeiten.</p>
        <div className={`kern-form-input efa-dialog__field${commentError ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="zurueckweisen-begruendung">
            Begründung
          </label>
          <Hint id="zurueckweisen-begruendung-hinweis">Was muss geändert werden? Höchstens 2000 Zeichen.</Hint>
          <textarea
            id="zurueckweisen-begruendung"
            name="comment"
            rows={5}
            className={`kern-form-input__input${commentError ? " kern-form-input__input--error" : ""}`}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={`zurueckweisen-begruendung-hinweis${commentError ? " zurueckweisen-begruendung-fehler" : ""}`}
          />
          <FieldError id="zurueckweisen-begruendung-fehler" message={commentError ?? undefined} />
        </div>
      </ActionDialog>

      <ActionDialog
        id="dialog-archivieren"
        isOpen={openDialog === "archive"}
        title="Artikel archivieren?"
        confirmLabel="Archivieren"
        tone="danger"
        isBusy={busy === "archive"}
        onClose={closeDialog}
        onConfirm={() => void run("archive")}
      >
        <p className="kern-body">
          „{title}“ wird archiviert: Er erscheint nicht mehr in der Suche des Servicecenters und nicht mehr in der
          XZuFi-Ausspielung und kann nicht mehr bearbeitet werden. Alle Versionen und das Protokoll bleiben einsehbar.
        </p>
      </ActionDialog>

      <ActionDialog
        id="dialog-behoben"
        isOpen={openDialog === "resolveIncident"}
        title="Störung als behoben markieren"
        initialFocusId="behoben-zeitpunkt"
        confirmLabel="Als behoben markieren"
        isBusy={busy === "resolveIncident"}
        onClose={closeDialog}
        onConfirm={(data) => {
          const at = data.get("resolvedAt");
          void run("resolveIncident", typeof at === "string" && at ? { resolvedAt: berlinLocalToIso(at) } : {});
        }}
      >
        <p className="kern-body">Die Meldung wird sofort aktualisiert; das Servicecenter sieht die Störung dann nicht mehr als aktiv.</p>
        <div className={`kern-form-input efa-dialog__field${resolvedError ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="behoben-zeitpunkt">
            Behoben seit<span className="kern-label__optional"> (optional)</span>
          </label>
          <Hint id="behoben-zeitpunkt-hinweis">Datum und Uhrzeit (deutsche Zeit). Ohne Angabe gilt: jetzt.</Hint>
          <input
            id="behoben-zeitpunkt"
            name="resolvedAt"
            type="datetime-local"
            className={`kern-form-input__input efa-input--auto${resolvedError ? " kern-form-input__input--error" : ""}`}
            aria-invalid={resolvedError ? true : undefined}
            aria-describedby={`behoben-zeitpunkt-hinweis${resolvedError ? " behoben-zeitpunkt-fehler" : ""}`}
          />
          <FieldError id="behoben-zeitpunkt-fehler" message={resolvedError ?? undefined} />
        </div>
      </ActionDialog>
    </div>
  );
}
