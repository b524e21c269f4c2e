import Link from "next/link";

interface NoAccessProps {
  /** Where the person can go instead, usually the start page of their role. */
  homeHref?: string | null;
}

/** The 403 page content: what happened and what to do next, without naming internals. */
export function NoAccess({ homeHref = "/" }: NoAccessProps) {
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Kein Zugriff</h1>
      <p className="kern-body">
        Diese Seite ist für Ihre Rolle nicht freigegeben. Das ist kein technischer Fehler.
      </p>
      <h2 className="kern-heading-medium">Was Sie tun können</h2>
      <ul className="kern-list kern-list--bullet">
        {homeHref ? (
          <li>
            <Link className="kern-link" href={homeHref}>
              Zu Ihrer Startseite
            </Link>
          </li>
        ) : null}
        <li>Prüfen Sie, ob Sie mit dem richtigen Konto angemeldet sind.</li>
        <li>
          Benötigen Sie Zugriff, wenden Sie sich an die Administration Ihrer Organisation; sie kann Ihre Rolle
          ändern.
        </li>
      </ul>
    </div>
  );
}
