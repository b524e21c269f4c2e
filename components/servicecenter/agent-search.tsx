"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { HitCard } from "./hit-card";
import { IncidentPanel } from "./incident-panel";
import { isSearchShortcut, nextFocus, nextSession, SEARCH_FIELD, type SearchSession } from "./keyboard";
import { hitCountText } from "./labels";
import { RegionPicker } from "./region-picker";
import { answerHref, fetchFacets, fetchSearch, searchHref, type FacetLists, type IncidentItem, type RegionChoice, type SearchResult } from "./search-client";

const DEBOUNCE_MS = 150;
const SESSION_KEY = "efa.servicecenter.suche";

interface Selection {
  service?: string;
  type?: string;
  category?: string;
}

interface AgentSearchProps {
  /** the caller's region (null: none chosen yet and the account has no default) */
  region: RegionChoice | null;
  /** the account's own region */
  defaultRegion: RegionChoice | null;
  /** active incidents of the region, rendered on the server before the first search */
  initialIncidents: IncidentItem[];
}

/** A UUID v4 also outside secure contexts (crypto.randomUUID needs https or localhost). */
function newSearchId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function storedSession(query: string): SearchSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    const s = raw ? (JSON.parse(raw) as Partial<SearchSession>) : null;
    return s && typeof s.searchId === "string" && s.query === query.trim() ? { searchId: s.searchId, query: s.query, hasOpened: s.hasOpened === true } : null;
  } catch {
    return null;
  }
}

function storeSession(s: SearchSession): void {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
  } catch {
    // private mode without storage: a new question simply starts a new search event
  }
}

const FACETS: { name: keyof Selection; label: string }[] = [
  { name: "service", label: "Onlinedienst" },
  { name: "type", label: "Art" },
  { name: "category", label: "Kategorie" },
];

/**
 * The 115 agent screen (issue 6): region, search as you type (debounced, stale requests aborted), active
 * incidents above the hits, facets, and a keyboard-first hit list: "/" focuses the field, ArrowUp/Down move,
 * Enter opens, Escape returns to the query.
 */
export function AgentSearch({ region, defaultRegion, initialIncidents }: AgentSearchProps) {
  const router = useRouter();
  const params = useSearchParams();
  const [query, setQuery] = useState(() => params.get("q") ?? "");
  const [selection, setSelection] = useState<Selection>(() => ({
    service: params.get("dienst") ?? undefined,
    type: params.get("art") ?? undefined,
    category: params.get("kategorie") ?? undefined,
  }));
  const [result, setResult] = useState<(SearchResult & { query: string; regionArs: string }) | null>(null);
  // facet counts come in a request of their own once the hits are shown, for exactly that query and selection
  const [facetResult, setFacetResult] = useState<{ facets: FacetLists; query: string } | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hitRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const session = useRef<SearchSession | null>(null);
  const regionArs = region?.ars ?? null;
  const defaultArs = defaultRegion?.ars ?? null;

  useEffect(() => {
    if (!session.current) session.current = storedSession(query);
    session.current = nextSession(session.current, query, newSearchId);
    storeSession(session.current);
    if (!regionArs) return;
    window.history.replaceState(window.history.state, "", searchHref({ region: regionArs, q: query.trim(), ...selection }, defaultArs));
    const controller = new AbortController();
    const searchId = session.current.searchId;
    const q = query.trim();
    setIsLoading(true);
    const timer = setTimeout(async () => {
      const r = await fetchSearch({ q, region: regionArs, searchId, ...selection }, controller.signal);
      if (!r.ok && r.aborted) return;
      setIsLoading(false);
      if (r.ok) {
        setResult({ ...r.data, query: q, regionArs });
        setError(null);
      } else {
        setError(r.error);
        return;
      }
      if (!q) return;
      // counting the facets costs the search engine more than the hits: asked for after them, and dropped if the
      // query changes meanwhile; without counts the filters stay hidden, the hits are what matters
      const f = await fetchFacets({ q, region: regionArs, searchId, ...selection }, controller.signal);
      if (f.ok) setFacetResult({ facets: f.data, query: q });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, regionArs, defaultArs, selection]);

  const focusField = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e, e.target instanceof HTMLElement ? e.target : null)) return;
      e.preventDefault();
      focusField();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [focusField]);

  const hits = result?.hits ?? [];
  const move = (from: number, e: KeyboardEvent<HTMLElement>): boolean => {
    const to = nextFocus(from, e.key, hits.length);
    if (to === null) return false;
    e.preventDefault();
    if (to === SEARCH_FIELD) focusField();
    else hitRefs.current[to]?.focus();
    return true;
  };
  const onFieldKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    move(SEARCH_FIELD, e);
  };
  const onLinkKeyDown = (e: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    if (move(index, e)) return;
    // typing on a hit continues the query: the key goes to the search field
    if ((e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== " " && e.key !== "/") || e.key === "Backspace") inputRef.current?.focus();
  };
  const onOpen = () => {
    if (!session.current) return;
    session.current = { ...session.current, hasOpened: true };
    storeSession(session.current);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (hits.length) hitRefs.current[0]?.focus();
  };
  const chooseRegion = (r: RegionChoice) => {
    router.push(searchHref({ region: r.ars, q: query.trim(), ...selection }, defaultArs), { scroll: false });
    focusField();
  };
  const choose = (name: keyof Selection, value: string) => setSelection((s) => ({ ...s, [name]: value || undefined }));

  const q = query.trim();
  const shownIncidents = result && result.regionArs === regionArs ? result.incidents : initialIncidents;
  // a changed selection keeps the lists of the same query on screen until the new counts arrive: the select
  // just used keeps its focus
  const facets: FacetLists | null = q && result?.query === q && facetResult?.query === q ? facetResult.facets : null;
  const disrupted = new Set(shownIncidents.map((i) => i.service.id));
  const status = !regionArs
    ? "Bitte zuerst die Region der anrufenden Person wählen."
    : !q
      ? ""
      : result && result.query === q && !isLoading
        ? `${hitCountText(hits.length)} für „${q}“.${hits.length ? " Pfeiltaste nach unten führt zu den Treffern." : " Bitte anders formulieren oder Filter lösen."}`
        : "";

  return (
    <div className="kern-stack-lg">
      <RegionPicker region={region} defaultRegion={defaultRegion} onChoose={chooseRegion} />

      <form role="search" aria-label="Wissensdatenbank durchsuchen" className="efa-agent-search" onSubmit={onSubmit}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="agent-suche">
            Frage der anrufenden Person
          </label>
          <div className="kern-hint" id="agent-suche-hinweis">
            Taste / springt hierher. Treffer erscheinen beim Tippen; Pfeiltasten wählen einen Treffer, Eingabetaste öffnet ihn, Esc führt zurück zur Frage.
          </div>
          <input
            ref={inputRef}
            id="agent-suche"
            type="search"
            className="kern-form-input__input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onFieldKeyDown}
            aria-describedby="agent-suche-hinweis"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            disabled={!regionArs}
          />
        </div>
      </form>

      {error ? (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{error}</span>
          </div>
        </div>
      ) : null}

      {regionArs ? (
        <IncidentPanel
          incidents={shownIncidents}
          regionArs={regionArs}
          headingId="agent-stoerungen"
          heading={`Aktive Störungen in der Region${region ? ` ${region.name}` : ""}`}
          emptyText="Zurzeit liegen in dieser Region keine aktiven Störungen vor."
        />
      ) : null}

      <p className="kern-body efa-agent-status" role="status">
        {status}
      </p>

      {facets && (hits.length > 0 || selection.service || selection.type || selection.category) ? (
        <div className="efa-agent-facets" role="group" aria-labelledby="facetten-titel">
          <p className="kern-label" id="facetten-titel">
            Treffer eingrenzen
          </p>
          <div className="efa-agent-facets__fields">
            {FACETS.map((f) => (
              <div className="kern-form-input" key={f.name}>
                <label className="kern-label" htmlFor={`facette-${f.name}`}>
                  {f.label}
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select id={`facette-${f.name}`} className="kern-form-input__select" value={selection[f.name] ?? ""} onChange={(e) => choose(f.name, e.target.value)}>
                    <option value="">Alle</option>
                    {facets[f.name].map((v) => (
                      <option key={v.value} value={v.value}>
                        {v.label} ({v.count})
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ))}
          </div>
        </div>
      ) : null}

      <section aria-labelledby="agent-treffer-titel" aria-busy={isLoading}>
        <h2 className="kern-heading-medium" id="agent-treffer-titel">
          Treffer
        </h2>
        {!q ? (
          <p className="kern-body">Noch keine Frage eingegeben. Aktive Störungen stehen oben.</p>
        ) : hits.length === 0 ? (
          <p className="kern-body">{result?.query === q ? "Keine Treffer." : "Suche läuft …"}</p>
        ) : (
          <ol className="efa-hit-list" id="agent-treffer">
            {hits.map((hit, i) => (
              <HitCard
                key={hit.id}
                hit={hit}
                index={i}
                href={answerHref(hit.id, { region: regionArs ?? "", q, searchEventId: result?.searchEventId })}
                isServiceDisrupted={disrupted.has(hit.service.id)}
                linkRef={(el) => {
                  hitRefs.current[i] = el;
                }}
                onLinkKeyDown={onLinkKeyDown}
                onOpen={onOpen}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
