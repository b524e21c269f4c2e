import type { Metadata } from "next";
import { NoAccess } from "@/components/ui/no-access";

export const metadata: Metadata = { title: "Kein Zugriff" };

/** Rendered with HTTP 403 by forbidden() (experimental.authInterrupts in next.config.mjs). */
export default function Forbidden() {
  return <NoAccess />;
}
