"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";

// The root layout is not fetched again on client-side navigation; a periodic refresh keeps the
// incidents current during a long shift (client state such as typed text survives a refresh).
const REFRESH_MS = 2 * 60 * 1000;

/**
 * Holds the agents' incident banner of the root layout: hidden on the 115 agent screen and its pages (they list
 * the incidents of the caller's region themselves) and refreshed every two minutes while the tab is visible.
 */
export function AgentIncidentSlot({ hiddenOn, children }: { hiddenOn: string; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return pathname === hiddenOn || pathname.startsWith(`${hiddenOn}/`) ? null : children;
}
