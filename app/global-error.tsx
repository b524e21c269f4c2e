"use client";

import "@kern-ux/native/dist/fonts/fira-sans.css";
import "@kern-ux/native/dist/kern.min.css";
import "./globals.css";

// Replaces the root layout when that fails itself, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="de" data-kern-theme="light">
      <body>
        <title>Fehler – EfA-Wissen</title>
        <main id="inhalt" className="efa-main">
          <div className="kern-container kern-stack-lg efa-narrow">
            <h1 className="kern-heading-x-large">EfA-Wissen ist gerade nicht verfügbar</h1>
            <p className="kern-body">
              Beim Laden der Anwendung ist ein Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten
              erneut. Besteht der Fehler fort, wenden Sie sich an den Betrieb.
            </p>
            <div className="kern-flex kern-flex-wrap kern-gap-md">
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => retry()}>
                <span className="kern-label">Erneut versuchen</span>
              </button>
              {/* A plain link: the client router may be the part that failed. */}
              <a className="kern-btn kern-btn--secondary" href="/status">
                <span className="kern-label">Systemstatus anzeigen</span>
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
