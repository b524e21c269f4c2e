"use client";

import { useState } from "react";

/** Copies the Sprechtext to the clipboard and says so in a live region (visible and announced). */
export function CopySprechtext({ text }: { text: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ ok: true, text: "Sprechtext kopiert" });
    } catch {
      setMessage({ ok: false, text: "Kopieren war nicht möglich. Bitte den Sprechtext markieren und mit Strg+C kopieren." });
    }
  };
  return (
    <div className="efa-copy">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={copy}>
        <span className="kern-label">Sprechtext kopieren</span>
      </button>
      <p className={`kern-body efa-copy__status${message?.ok === false ? " efa-copy__status--error" : ""}`} role="status">
        {message ? message.text : ""}
      </p>
    </div>
  );
}
