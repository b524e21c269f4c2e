"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { callApi } from "@/components/articles/api-client";
import { FLASH, setFlash } from "@/components/articles/flash-store";

interface DeriveVariantButtonProps {
  /** the published article to derive from (base, or a Land variant for a Kommune) */
  parentId: string;
  /** spoken after the button text where several buttons stand in a list */
  context?: string;
  size?: "default" | "small";
}

const derived = z.object({ articleId: z.string().min(1).max(40), revisionId: z.string() });

/**
 * "Variante anlegen": derives the region's variant (POST /api/articles/{id}/variants) and opens its editor.
 * Offered only where the server allows it (getDeriveOption); a refusal still comes back as a German message.
 */
export function DeriveVariantButton({ parentId, context, size = "default" }: DeriveVariantButtonProps) {
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<{ text: string; variantId: string | null } | null>(null);

  async function derive() {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    const result = await callApi("POST", `/api/articles/${encodeURIComponent(parentId)}/variants`, {}, derived);
    if (result.ok) {
      const path = `/artikel/${encodeURIComponent(result.data.articleId)}/bearbeiten`;
      setFlash(path, FLASH.variantCreated);
      router.push(path);
      return;
    }
    setIsBusy(false);
    setError({ text: result.error, variantId: result.meta.variantId ?? null });
  }

  return (
    <div className="kern-stack-sm">
      <div>
        <button
          type="button"
          className={`kern-btn kern-btn--secondary${size === "small" ? " kern-btn--x-small efa-nowrap" : ""}`}
          aria-disabled={isBusy || undefined}
          onClick={() => void derive()}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">
            {isBusy ? "Wird angelegt …" : "Variante anlegen"}
            {context && !isBusy ? <span className="kern-sr-only"> zu „{context}“</span> : null}
          </span>
        </button>
      </div>
      <div role="alert">
        {error ? (
          <p className="kern-error">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">
              {error.text}
              {error.variantId ? (
                <>
                  {" "}
                  <Link className="kern-link" href={`/artikel/${encodeURIComponent(error.variantId)}`}>
                    Zur vorhandenen Variante
                  </Link>
                </>
              ) : null}
            </span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
