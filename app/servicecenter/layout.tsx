import "./servicecenter.css";
import type { ReactNode } from "react";

/** The 115 agent screen and its detail view share their styles. */
export default function ServicecenterLayout({ children }: { children: ReactNode }) {
  return children;
}
