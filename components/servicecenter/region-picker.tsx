"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { nextOption } from "./keyboard";
import { regionLine } from "./labels";
import { fetchRegions, type RegionChoice } from "./search-client";

const DEBOUNCE_MS = 150;

interface RegionPickerProps {
  region: RegionChoice | null;
  /** the agent's own region (the default), offered to return to */
  defaultRegion: RegionChoice | null;
  onChoose: (region: RegionChoice) => void;
}

/**
 * The caller's region: always visible, switched by typing a Kommune's or Land's name or ARS (ARIA combobox
 * with a listbox: ArrowUp/Down choose, Enter takes, Escape closes or clears).
 */
export function RegionPicker({ region, defaultRegion, onChoose }: RegionPickerProps) {
  const uid = useId();
  const inputId = `${uid}-region`;
  const listId = `${uid}-regionen`;
  const [text, setText] = useState("");
  const [options, setOptions] = useState<RegionChoice[]>([]);
  const [active, setActive] = useState(-1);
  const [isOpen, setIsOpen] = useState(false);
  const [status, setStatus] = useState("");
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = text.trim();
    controller.current?.abort();
    if (!q) {
      setOptions([]);
      setIsOpen(false);
      setActive(-1);
      return;
    }
    const c = new AbortController();
    controller.current = c;
    const timer = setTimeout(async () => {
      const r = await fetchRegions(q, c.signal);
      if (!r.ok) {
        if (r.aborted) return;
        setOptions([]);
        setIsOpen(false);
        setStatus(r.error);
        return;
      }
      setOptions(r.data);
      setActive(r.data.length ? 0 : -1);
      setIsOpen(true);
      setStatus(r.data.length === 0 ? "Keine Region gefunden." : r.data.length === 1 ? "Eine Region gefunden; Eingabetaste übernimmt sie." : `${r.data.length} Regionen gefunden; mit Pfeiltasten wählen, Eingabetaste übernimmt.`);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      c.abort();
    };
  }, [text]);

  const choose = (option: RegionChoice) => {
    setText("");
    setIsOpen(false);
    setOptions([]);
    setStatus(`Region gewechselt: ${regionLine(option)}.`);
    onChoose(option);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!isOpen && options.length) setIsOpen(true);
      setActive((a) => nextOption(a, e.key as "ArrowDown" | "ArrowUp", options.length));
    } else if ((e.key === "Home" || e.key === "End") && isOpen) {
      e.preventDefault();
      setActive(nextOption(active, e.key, options.length));
    } else if (e.key === "Enter") {
      const option = isOpen ? options[active] : undefined;
      e.preventDefault();
      if (option) choose(option);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (isOpen) setIsOpen(false);
      else setText("");
    }
  };

  const activeOption = isOpen && active >= 0 ? `${listId}-${active}` : undefined;
  return (
    <section className="efa-region" aria-labelledby={`${uid}-titel`}>
      <h2 className="kern-sr-only" id={`${uid}-titel`}>
        Region der anrufenden Person
      </h2>
      <p className="kern-body efa-region__current">
        <strong>Region:</strong> {region ? regionLine(region) : "noch keine gewählt – bitte eine Kommune oder ein Land wählen"}
      </p>
      <div className="efa-region__chooser">
        <div className="kern-form-input efa-combobox">
          <label className="kern-label" htmlFor={inputId}>
            Region wechseln
          </label>
          <div className="kern-hint" id={`${inputId}-hinweis`}>
            Name oder Regionalschlüssel (ARS) der Kommune oder des Landes
          </div>
          <input
            id={inputId}
            className="kern-form-input__input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={isOpen}
            aria-controls={listId}
            aria-activedescendant={activeOption}
            aria-describedby={`${inputId}-hinweis`}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setIsOpen(false)}
          />
          <ul className="efa-combobox__list" id={listId} role="listbox" aria-label="Passende Regionen" hidden={!isOpen || options.length === 0}>
            {options.map((o, i) => (
              <li
                key={o.ars}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="efa-combobox__option"
                // mousedown, not click: the input keeps the focus until the choice is made
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
              >
                {o.name} ({o.ars}){o.kind === "KOMMUNE" ? ` – Kommune in ${o.land.name}` : " – Land"}
              </li>
            ))}
          </ul>
        </div>
        {defaultRegion && region && defaultRegion.ars !== region.ars ? (
          <button type="button" className="kern-btn kern-btn--tertiary efa-region__reset" onClick={() => choose(defaultRegion)}>
            <span className="kern-label">Zurück zu {defaultRegion.name}</span>
          </button>
        ) : null}
      </div>
      <div className="kern-sr-only" role="status">
        {status}
      </div>
    </section>
  );
}
