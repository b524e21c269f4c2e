"use client";

import { useEffect, useRef } from "react";
import { anyOkBody, callApi } from "@/components/articles/api-client";

/**
 * Tells the search event which article the agent opened from it (once per page view; the server checks that the
 * event belongs to the agent's organisation). A failure only costs a statistic, so nothing is shown.
 */
export function RecordOpened({ searchEventId, articleId }: { searchEventId: string; articleId: string }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void callApi("POST", `/api/search-events/${encodeURIComponent(searchEventId)}/opened`, { articleId }, anyOkBody);
  }, [searchEventId, articleId]);
  return null;
}
