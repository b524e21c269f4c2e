"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The page's h1, focused when the page opens: after Enter on a hit, the next Tab reaches the Sprechtext's copy
 * button instead of starting again at the header.
 */
export function FocusedHeading({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} id={id} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}
