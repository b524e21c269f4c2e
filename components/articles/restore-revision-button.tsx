"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { callApi } from "./api-client";
import { FLASH, setFlash } from "./flash-store";

const restored = z.object({ revisionId: z.string(), number: z.number() });

/** Makes an old revision the new draft and opens the article with a message. */
export function RestoreRevisionButton({ articleId, revisionId, number }: { articleId: string; revisionId: string; number: number }) {
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore() {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const result = await callApi("POST", `/api/articles/${encodeURIComponent(articleId)}/restore`, { revisionId }, restored);
    if (result.ok) {
      const path = `/artikel/${encodeURIComponent(articleId)}`;
      setFlash(path, FLASH.restored);
      router.push(path);
      return;
    }
    setIsBusy(false);
    setError(result.error);
  }

  return (
    <div className="kern-stack-xs">
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        aria-disabled={isBusy || undefined}
        aria-label={isBusy ? undefined : `Version ${number} als neuen Entwurf wiederherstellen`}
        onClick={() => void restore()}
      >
        <span className="kern-label">{isBusy ? "Bitte warten …" : "Als neuen Entwurf wiederherstellen"}</span>
      </button>
      <p className="kern-body kern-body--small" role="alert">
        {error}
      </p>
    </div>
  );
}
