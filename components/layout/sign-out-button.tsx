"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);
  return (
    <button
      type="button"
      className="kern-btn kern-btn--secondary"
      aria-disabled={isPending || undefined}
      onClick={() => {
        if (isPending) return;
        setIsPending(true);
        void signOut({ callbackUrl: "/anmelden" });
      }}
    >
      <span className="kern-icon kern-icon--logout" aria-hidden="true" />
      <span className="kern-label">{isPending ? "Abmeldung läuft …" : "Abmelden"}</span>
    </button>
  );
}
