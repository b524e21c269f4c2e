import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Seite nicht gefunden" };

export default function NotFound() {
  return (
    <div className="kern-stack-lg efa-narrow">
      <h1 className="kern-heading-x-large">Seite nicht gefunden</h1>
      <p className="kern-body">
        Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder die Adresse wurde nicht
        vollständig eingegeben.
      </p>
      <p className="kern-body">
        <Link className="kern-link" href="/">
          Zur Startseite
        </Link>
      </p>
    </div>
  );
}
