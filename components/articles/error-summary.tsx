"use client";

import type { MouseEvent, ReactNode, Ref } from "react";

export interface SummaryItem {
  /** id of the field to focus, or null for a problem that belongs to no field */
  fieldId: string | null;
  message: string;
}

interface ErrorSummaryProps {
  id: string;
  title: string;
  /** a message for the whole form (e.g. a conflict or a network error) */
  formError?: string | null;
  items: readonly SummaryItem[];
  summaryRef: Ref<HTMLDivElement>;
  children?: ReactNode;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/** Error summary above a form (role=alert, receives focus); each entry links to its field. */
export function ErrorSummary({ id, title, formError, items, summaryRef, children }: ErrorSummaryProps) {
  return (
    <div ref={summaryRef} tabIndex={-1} className="kern-alert kern-alert--danger efa-error-summary" role="alert" aria-labelledby={`${id}-titel`}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id={`${id}-titel`}>
          {title}
        </h2>
      </div>
      <div className="kern-alert__body kern-stack-sm">
        {formError ? <p className="kern-body">{formError}</p> : null}
        {items.length > 0 ? (
          <ul className="kern-list">
            {items.map((item, index) => (
              <li key={`${item.fieldId ?? "form"}-${index}`}>
                {item.fieldId ? (
                  <a className="kern-link" href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId ?? "")}>
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
    </div>
  );
}
