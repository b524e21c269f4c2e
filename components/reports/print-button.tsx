"use client";

/** Opens the browser's print dialog (print or save as PDF). */
export function PrintButton() {
  return (
    <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
      <span className="kern-icon kern-icon--draft" aria-hidden="true" />
      <span className="kern-label">Drucken oder als PDF speichern</span>
    </button>
  );
}
