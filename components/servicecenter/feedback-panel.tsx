"use client";

import { useRef, useState, type FormEvent } from "react";
import { z } from "zod";
import { callApi } from "@/components/articles/api-client";
import { FEEDBACK_OUTCOME_LABELS, MAX_FEEDBACK_REASON, type FeedbackOutcome } from "@/lib/feedback/schema";

interface FeedbackPanelProps {
  articleId: string;
  revisionId: string;
  regionArs: string;
  searchEventId: string | null;
  /** the routing targets shown on the page, for "Weitergeleitet an …" */
  routingTargets: { id: string; label: string }[];
}

const recorded = z.object({ id: z.string(), outcome: z.enum(["GELOEST", "NICHT_GELOEST", "WEITERGELEITET"]) });

/**
 * Feedback on the answer (S6 statistics): "Hat geholfen" at once, "Nicht gelöst" with an optional reason,
 * "Weitergeleitet an …" with one of the routing targets shown. The confirmation is announced.
 */
export function FeedbackPanel({ articleId, revisionId, regionArs, searchEventId, routingTargets }: FeedbackPanelProps) {
  const [open, setOpen] = useState<"NICHT_GELOEST" | "WEITERGELEITET" | null>(null);
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [isSending, setIsSending] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const targetRef = useRef<HTMLSelectElement>(null);
  const [reason, setReason] = useState("");

  const send = async (outcome: FeedbackOutcome, extra: { reason?: string; routingTargetId?: string } = {}) => {
    setIsSending(true);
    setError(null);
    setConfirmation("");
    const body = { articleId, revisionId, region: regionArs, outcome, ...(searchEventId ? { searchEventId } : {}), ...extra };
    const r = await callApi("POST", "/api/feedback", body, recorded);
    setIsSending(false);
    if (!r.ok) {
      const problem = r.problems[0];
      setError({ message: problem ? `${r.error} ${problem.message}` : r.error, field: problem?.path ?? null });
      return;
    }
    const target = routingTargets.find((t) => t.id === extra.routingTargetId);
    setConfirmation(`Danke, Ihre Rückmeldung „${outcome === "WEITERGELEITET" && target ? `Weitergeleitet an ${target.label}` : FEEDBACK_OUTCOME_LABELS[outcome]}“ ist gespeichert.`);
    setOpen(null);
    setReason("");
  };

  const toggle = (which: "NICHT_GELOEST" | "WEITERGELEITET") => {
    const next = open === which ? null : which;
    setOpen(next);
    setConfirmation("");
    // the field of the opened form is the next thing to fill in
    if (next) setTimeout(() => (next === "NICHT_GELOEST" ? reasonRef.current : targetRef.current)?.focus(), 0);
  };

  const onReason = (e: FormEvent) => {
    e.preventDefault();
    void send("NICHT_GELOEST", reason.trim() ? { reason: reason.trim() } : {});
  };
  const onForward = (e: FormEvent) => {
    e.preventDefault();
    const id = targetRef.current?.value ?? "";
    if (!id) {
      setError({ message: "Bitte wählen, an wen weitergeleitet wurde.", field: "routingTargetId" });
      targetRef.current?.focus();
      return;
    }
    void send("WEITERGELEITET", { routingTargetId: id });
  };

  return (
    <div className="kern-stack">
      <p className="kern-body">Hat die Antwort der anrufenden Person geholfen? Die Rückmeldung fließt anonym in die Statistik für den Betrieb.</p>
      <div className="efa-action-bar">
        <button type="button" className="kern-btn kern-btn--primary" disabled={isSending} onClick={() => void send("GELOEST")}>
          <span className="kern-label">Hat geholfen</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={open === "NICHT_GELOEST"} aria-controls="rueckmeldung-grund" onClick={() => toggle("NICHT_GELOEST")}>
          <span className="kern-label">Nicht gelöst …</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" aria-expanded={open === "WEITERGELEITET"} aria-controls="rueckmeldung-weiter" onClick={() => toggle("WEITERGELEITET")} disabled={routingTargets.length === 0}>
          <span className="kern-label">Weitergeleitet an …</span>
        </button>
      </div>

      <form id="rueckmeldung-grund" className="kern-stack-sm efa-feedback-form" hidden={open !== "NICHT_GELOEST"} onSubmit={onReason}>
        <div className={`kern-form-input${error?.field === "reason" ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="rueckmeldung-grund-text">
            Was hat gefehlt?<span className="kern-label__optional"> (optional)</span>
          </label>
          <div className="kern-hint" id="rueckmeldung-grund-hinweis">
            Höchstens {MAX_FEEDBACK_REASON} Zeichen, ohne Namen oder Kontaktdaten der anrufenden Person (Telefonnummern, E-Mail-Adressen und lange Zahlen werden entfernt). Noch {MAX_FEEDBACK_REASON - reason.length} Zeichen.
          </div>
          <textarea ref={reasonRef} id="rueckmeldung-grund-text" className="kern-form-input__input" rows={3} maxLength={MAX_FEEDBACK_REASON} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="rueckmeldung-grund-hinweis" />
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSending}>
          <span className="kern-label">„Nicht gelöst“ senden</span>
        </button>
      </form>

      <form id="rueckmeldung-weiter" className="kern-stack-sm efa-feedback-form" hidden={open !== "WEITERGELEITET"} onSubmit={onForward}>
        <div className={`kern-form-input${error?.field === "routingTargetId" ? " kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="rueckmeldung-ziel">
            Weitergeleitet an
          </label>
          <div className="kern-form-input__select-wrapper">
            <select ref={targetRef} id="rueckmeldung-ziel" className="kern-form-input__select" defaultValue="">
              <option value="">Bitte wählen</option>
              {routingTargets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={isSending}>
          <span className="kern-label">Weiterleitung speichern</span>
        </button>
      </form>

      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{error.message}</span>
          </div>
        </div>
      ) : null}
      <p className="kern-body efa-feedback-status" role="status">
        {confirmation}
      </p>
    </div>
  );
}
