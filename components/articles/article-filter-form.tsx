import Link from "next/link";
import type { ArticleState } from "@/lib/articles/list-articles";
import { ARTICLE_STATES } from "@/lib/articles/list-articles";
import { ARTICLE_TYPE_LABELS, ARTICLE_TYPES, CATEGORIES, CATEGORY_LABELS } from "@/lib/articles/vocabulary";
import { SelectField } from "./form-controls";
import { ARTICLE_STATE_LABELS } from "./labels";

export interface ArticleFilterValues {
  service?: string;
  type?: string;
  category?: string;
  state?: ArticleState;
  q?: string;
}

const ALL = { value: "", label: "Alle" };

/** The list filter as a plain GET form: bookmarkable, works without JavaScript. */
export function ArticleFilterForm({ services, values }: { services: { id: string; name: string }[]; values: ArticleFilterValues }) {
  return (
    <form method="get" action="/artikel" className="efa-filter" role="search" aria-label="Artikel filtern">
      <div className="efa-filter__fields">
        <SelectField id="filter-dienst" name="dienst" label="Onlinedienst" options={[ALL, ...services.map((s) => ({ value: s.id, label: s.name }))]} defaultValue={values.service ?? ""} />
        <SelectField id="filter-typ" name="typ" label="Art" options={[ALL, ...ARTICLE_TYPES.map((t) => ({ value: t, label: ARTICLE_TYPE_LABELS[t] }))]} defaultValue={values.type ?? ""} />
        <SelectField id="filter-kategorie" name="kategorie" label="Kategorie" options={[ALL, ...CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))]} defaultValue={values.category ?? ""} />
        <SelectField id="filter-status" name="status" label="Stand" options={[ALL, ...ARTICLE_STATES.map((s) => ({ value: s, label: ARTICLE_STATE_LABELS[s] }))]} defaultValue={values.state ?? ""} />
        <div className="kern-form-input efa-filter__text">
          <label className="kern-label" htmlFor="filter-q">
            Volltext
          </label>
          <input id="filter-q" name="q" type="search" className="kern-form-input__input" defaultValue={values.q ?? ""} autoComplete="off" />
        </div>
      </div>
      <div className="kern-flex kern-flex-wrap kern-gap-md">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">Filtern</span>
        </button>
        <Link className="kern-btn kern-btn--tertiary" href="/artikel">
          <span className="kern-label">Filter zurücksetzen</span>
        </Link>
      </div>
    </form>
  );
}
