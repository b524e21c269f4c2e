import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { MatrixManager } from "@/components/matrix/matrix-manager";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { canViewMatrix } from "@/lib/policies/routing-policy";
import { getMatrix, listMatrixServices } from "@/lib/routing/get-matrix";
import { firstParam, loadForPage, type SearchParams } from "../_lib/page-errors";

export const metadata: Metadata = { title: "Kommunikationsmatrix" };

const exportHref = (service: string, land: string, format: "csv" | "json") => `/api/matrix/export?${new URLSearchParams({ service, land, format }).toString()}`;

/** The Kommunikationsmatrix of a service for a Land (issue 8): BeV base matrix, MiV Land entries and restrictions, export. */
export default async function MatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/matrix");
  if (!canViewMatrix(actor)) forbidden();
  const params = await searchParams;
  const services = await listMatrixServices(actor);
  const intro = (
    <p className="kern-body">
      Die Kommunikationsmatrix nennt für jeden Onlinedienst die Ziele für Tickets an Second und Third Level mit Servicezeiten, Reaktions- und Erledigungszeiten
      (EfA-Mindestanforderungen S2 und S8). Der BeV pflegt die Basis-Matrix für alle Länder; jeder MiV ergänzt oder ersetzt sie für sein Land und kann Wege ausschließen.
    </p>
  );
  if (!services.length) {
    return (
      <div className="kern-stack-lg">
        <h1 className="kern-heading-x-large">Kommunikationsmatrix</h1>
        {intro}
        <EmptyState>Ihr Land betreibt oder nutzt keinen Onlinedienst; es gibt keine Matrix zu pflegen.</EmptyState>
      </div>
    );
  }
  const requested = firstParam(params.dienst);
  const serviceKey = services.some((s) => s.key === requested) ? (requested as string) : (services[0]?.key ?? "");
  const landParam = firstParam(params.land);
  const view = await loadForPage(() => getMatrix(actor, serviceKey, landParam && /^\d{2}$/.test(landParam) ? landParam : null));

  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-x-large">Kommunikationsmatrix</h1>
      {intro}
      <form method="get" action="/matrix" className="efa-filter" aria-label="Onlinedienst und Land wählen">
        <div className="efa-filter__fields">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="matrix-dienst">
              Onlinedienst
            </label>
            <div className="kern-form-input__select-wrapper">
              <select id="matrix-dienst" name="dienst" className="kern-form-input__select" defaultValue={view.service.key}>
                {services.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {view.lands.length > 1 ? (
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="matrix-land">
                Land
              </label>
              <div className="kern-form-input__select-wrapper">
                <select id="matrix-land" name="land" className="kern-form-input__select" defaultValue={view.land.ars}>
                  {view.lands.map((l) => (
                    <option key={l.ars} value={l.ars}>
                      {l.name}
                      {l.ars === view.service.operatorArs ? " (betreibendes Land)" : ""}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ) : null}
        </div>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">Anzeigen</span>
          </button>
        </div>
      </form>
      <p className="kern-body">
        <strong>{view.service.name}</strong>, betrieben von {view.service.operatorName}; Matrix für {view.land.name}.
      </p>
      <ul className="kern-flex kern-flex-wrap kern-gap-md efa-plain-list" aria-label="Wirksame Matrix herunterladen">
        <li>
          <a className="kern-link" href={exportHref(view.service.key, view.land.ars, "csv")} download>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            Wirksame Matrix für {view.land.name} als CSV
          </a>
        </li>
        <li>
          <a className="kern-link" href={exportHref(view.service.key, view.land.ars, "json")} download>
            <span className="kern-icon kern-icon--download" aria-hidden="true" />
            als JSON
          </a>
        </li>
      </ul>
      <MatrixManager key={`${view.service.key}-${view.land.ars}`} view={view} />
    </div>
  );
}
