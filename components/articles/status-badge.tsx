type BadgeVariant = "info" | "success" | "warning" | "danger";

/** KERN badge with an icon; the label carries the meaning, the colour only repeats it. */
export function StatusBadge({ variant, label }: { variant: BadgeVariant; label: string }) {
  return (
    <span className={`kern-badge kern-badge--${variant}`}>
      <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
      <span className="kern-label">{label}</span>
    </span>
  );
}
