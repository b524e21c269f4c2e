"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { anyOkBody, callApi } from "@/components/articles/api-client";
import { ActionStatus } from "@/components/ui/action-status";

interface RebaseActionsProps {
  articleId: string;
  /** the server offers "rebase" (the newest revision rests on an older parent revision) */
  canRebase: boolean;
}

const DONE =
  "Die neue Basis ist übernommen: Ein neuer Entwurf enthält Ihre Änderungen auf der aktuellen Fassung des Elternartikels. Prüfen Sie die Vorschau und geben Sie ihn zur Prüfung.";

/**
 * "Neue Basis übernehmen" (POST /api/articles/{id}/rebase) or "Erst anpassen" (the editor). Rendered at the
 * same place whether or not re-basing is offered, so its message stays after the page reloads its data.
 */
export function RebaseActions({ articleId, canRebase }: RebaseActionsProps) {
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focusRound, setFocusRound] = useState(0);

  useEffect(() => {
    if (focusRound > 0) statusRef.current?.focus();
  }, [focusRound]);

  async function rebase() {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const result = await callApi("POST", `/api/articles/${encodeURIComponent(articleId)}/rebase`, {}, anyOkBody);
    setIsBusy(false);
    if (result.ok) {
      setMessage(DONE);
      router.refresh();
    } else {
      setError(result.error);
    }
    setFocusRound((n) => n + 1);
  }

  return (
    <div className="kern-stack">
      <ActionStatus statusRef={statusRef} message={message} error={error} errorTitle="Die neue Basis konnte nicht übernommen werden" />
      {canRebase ? (
        <div className="efa-action-bar" role="group" aria-label="Basis geändert: Entscheidung">
          <button type="button" className="kern-btn kern-btn--primary" aria-disabled={isBusy || undefined} onClick={() => void rebase()}>
            <span className="kern-label">{isBusy ? "Bitte warten …" : "Neue Basis übernehmen"}</span>
          </button>
          <Link className="kern-btn kern-btn--secondary" href={`/artikel/${encodeURIComponent(articleId)}/bearbeiten`}>
            <span className="kern-label">Erst anpassen</span>
          </Link>
        </div>
      ) : null}
    </div>
  );
}
