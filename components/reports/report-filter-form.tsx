import Link from "next/link";
import { SelectField, TextInput } from "@/components/articles/form-controls";

export interface ReportFilterValues {
  from: string;
  to: string;
  service: string;
  land: string;
}

/**
 * Period, service and (for a BeV) Land of the report as a plain GET form: bookmarkable, works without
 * JavaScript; the server validates and names what is wrong at the field.
 */
export function ReportFilterForm({ values, services, lands, errors }: { values: ReportFilterValues; services: { key: string; name: string }[]; lands: { ars: string; name: string }[]; errors: Record<string, string> }) {
  return (
    <form method="get" action="/berichte" className="efa-filter efa-no-print" aria-label="Zeitraum und Dienst des Berichts">
      <div className="efa-filter__fields">
        <TextInput id="bericht-von" name="from" type="date" label="Von" defaultValue={values.from} error={errors.from} />
        <TextInput id="bericht-bis" name="to" type="date" label="Bis (einschließlich)" defaultValue={values.to} error={errors.to} />
        <SelectField
          id="bericht-dienst"
          name="service"
          label="Onlinedienst"
          options={[{ value: "", label: "Alle Dienste" }, ...services.map((s) => ({ value: s.key, label: s.name }))]}
          defaultValue={values.service}
          error={errors.service}
        />
        {lands.length ? (
          <SelectField
            id="bericht-land"
            name="land"
            label="Land"
            options={[{ value: "", label: "Alle Länder (und je Land)" }, ...lands.map((l) => ({ value: l.ars, label: `${l.name} (${l.ars})` }))]}
            defaultValue={values.land}
            error={errors.land}
          />
        ) : null}
      </div>
      <div className="kern-flex kern-flex-wrap kern-gap-md">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">Bericht anzeigen</span>
        </button>
        <Link className="kern-btn kern-btn--tertiary" href="/berichte">
          <span className="kern-label">Letzte 30 Tage</span>
        </Link>
      </div>
    </form>
  );
}
