"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

// Shows no details of the error: in production they are hidden anyway, and people cannot act on them.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="kern-stack-lg efa-narrow">
      <h1 className="kern-heading-x-large" ref={headingRef} tabIndex={-1}>
        Es ist ein Fehler aufgetreten
      </h1>
      <p className="kern-body">
        Die Seite konnte nicht vollständig geladen werden. Ihre gespeicherten Daten sind davon nicht betroffen.
      </p>
      <div className="kern-flex kern-flex-wrap kern-gap-md">
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => retry()}>
          <span className="kern-label">Erneut versuchen</span>
        </button>
        <Link className="kern-btn kern-btn--secondary" href="/">
          <span className="kern-label">Zur Startseite</span>
        </Link>
      </div>
      <p className="kern-body">
        Besteht der Fehler fort, prüfen Sie den{" "}
        <Link className="kern-link" href="/status">
          Systemstatus
        </Link>{" "}
        oder wenden Sie sich an den Betrieb.
      </p>
    </div>
  );
}
