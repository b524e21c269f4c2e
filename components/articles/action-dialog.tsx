"use client";

import { useEffect, useRef, type FormEvent, type ReactNode } from "react";

interface ActionDialogProps {
  id: string;
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  isBusy: boolean;
  /** "danger" for steps that take something away (archive) */
  tone?: "primary" | "danger";
  /** the field that gets focus when the dialog opens (else the browser's choice: the first button) */
  initialFocusId?: string;
  onConfirm: (data: FormData) => void;
  /** called when the dialog closed (Escape, "Abbrechen", the close button) */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal KERN dialog (native <dialog>: focus stays inside, Escape closes it) around a small form.
 * The caller returns focus to the button that opened it.
 */
export function ActionDialog({ id, isOpen, title, confirmLabel, isBusy, tone = "primary", initialFocusId, onConfirm, onClose, children }: ActionDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.showModal();
      if (initialFocusId) document.getElementById(initialFocusId)?.focus();
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen, initialFocusId]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    onConfirm(new FormData(event.currentTarget));
  }

  return (
    <dialog ref={ref} className="kern-dialog efa-dialog" id={id} aria-labelledby={`${id}-titel`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <header className="kern-dialog__header">
          <h2 className="kern-title" id={`${id}-titel`}>
            {title}
          </h2>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => ref.current?.close()}>
            <span className="kern-icon kern-icon--close" aria-hidden="true" />
            <span className="kern-sr-only">Dialog schließen</span>
          </button>
        </header>
        <div className="kern-dialog__body">{children}</div>
        <footer className="kern-dialog__footer">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => ref.current?.close()}>
            <span className="kern-label">Abbrechen</span>
          </button>
          <button type="submit" className={`kern-btn kern-btn--primary${tone === "danger" ? " efa-btn--danger" : ""}`} aria-disabled={isBusy || undefined}>
            <span className="kern-label">{isBusy ? "Bitte warten …" : confirmLabel}</span>
          </button>
        </footer>
      </form>
    </dialog>
  );
}
