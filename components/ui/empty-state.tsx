import type { ReactNode } from "react";

/** An honest "nothing here yet" in place of a list or table. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="efa-empty-state kern-body">{children}</div>;
}
