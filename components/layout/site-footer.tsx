import Link from "next/link";

/** Licence and the public status page. */
export function SiteFooter() {
  return (
    <footer className="efa-footer">
      <div className="kern-container efa-footer__inner">
        <p className="kern-body kern-body--small">EfA-Wissen · Lizenz: EUPL-1.2</p>
        <ul className="efa-footer__links">
          <li>
            <Link className="kern-link kern-link--small" href="/status">
              Systemstatus
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
