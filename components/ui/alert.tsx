import type { ReactNode } from "react";

export type AlertVariant = "info" | "success" | "warning" | "danger";

interface AlertProps {
  variant: AlertVariant;
  title: string;
  /** Heading level of the title when the alert starts a section; plain text otherwise. */
  titleAs?: "h2" | "h3" | "span";
  /** "alert"/"status" only for messages that appear after an action; static page content needs none. */
  role?: "alert" | "status";
  id?: string;
  children?: ReactNode;
}

/** KERN alert (kern-alert) with icon, title and optional body. */
export function Alert({ variant, title, titleAs: Title = "span", role, id, children }: AlertProps) {
  return (
    <div className={`kern-alert kern-alert--${variant}`} role={role} id={id}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
        <Title className="kern-title">{title}</Title>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
