"use client";

import { useEffect, useState } from "react";
import { MAX_SHORT_ANSWER } from "@/lib/articles/vocabulary";
import { FieldError, Hint } from "./form-controls";
import { formatNumber } from "@/components/ui/format";

// From here on the counter warns that the Sprechtext is getting long.
const WARN_FROM = Math.floor(MAX_SHORT_ANSWER * 0.9);
// Screen readers hear the count after a pause in typing, not on every key.
const ANNOUNCE_DELAY_MS = 1000;

interface ShortAnswerFieldProps {
  id: string;
  name: string;
  defaultValue: string;
  error?: string;
  /** defaults to "Sprechtext" and the hint for a whole Sprechtext */
  label?: string;
  hint?: string;
  onChange?: (value: string) => void;
}

function countText(length: number): string {
  return `${formatNumber(length)} von ${formatNumber(MAX_SHORT_ANSWER)} Zeichen`;
}

function announcement(length: number): string {
  return [countText(length), remainderText(length)].filter(Boolean).join(". ");
}

function remainderText(length: number): string | null {
  if (length > MAX_SHORT_ANSWER) return `${formatNumber(length - MAX_SHORT_ANSWER)} Zeichen zu viel – bitte kürzen.`;
  if (length >= WARN_FROM) return `Noch ${formatNumber(MAX_SHORT_ANSWER - length)} Zeichen frei.`;
  return null;
}

/** Sprechtext: the short answer an agent reads out; with a live character count and a warning near the limit. */
export function ShortAnswerField({ id, name, defaultValue, error, label = "Sprechtext", hint, onChange }: ShortAnswerFieldProps) {
  const [value, setValue] = useState(defaultValue);
  // Starts with the current count, so loading the page announces nothing.
  const [announced, setAnnounced] = useState(() => announcement(defaultValue.length));
  const length = value.length;
  const remainder = remainderText(length);
  const isOver = length > MAX_SHORT_ANSWER;
  const isNear = !isOver && length >= WARN_FROM;

  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(announcement(length)), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [length]);

  return (
    <div className={`kern-form-input${error || isOver ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hinweis`}>
        {hint ?? (
          <>
            Die kurze Antwort, die die 115 am Telefon vorliest: vollständige Sätze, ohne Verweise wie „siehe unten“, höchstens{" "}
            {formatNumber(MAX_SHORT_ANSWER)} Zeichen.
          </>
        )}
      </Hint>
      <textarea
        id={id}
        name={name}
        rows={5}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          onChange?.(e.target.value);
        }}
        className={`kern-form-input__input${error || isOver ? " kern-form-input__input--error" : ""}`}
        aria-invalid={error || isOver ? true : undefined}
        aria-describedby={[`${id}-hinweis`, `${id}-zaehler`, error ? `${id}-fehler` : null].filter(Boolean).join(" ")}
      />
      <p
        id={`${id}-zaehler`}
        className={`kern-body kern-body--small efa-counter${isNear ? " efa-counter--near" : ""}${isOver ? " efa-counter--over" : ""}`}
      >
        {isNear || isOver ? <span className={`kern-icon kern-icon--${isOver ? "danger" : "warning"} kern-icon--small`} aria-hidden="true" /> : null}
        <span>
          {countText(length)}
          {remainder ? ` · ${remainder}` : ""}
        </span>
      </p>
      <p className="kern-sr-only" aria-live="polite">
        {announced}
      </p>
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}
