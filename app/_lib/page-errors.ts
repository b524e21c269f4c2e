import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * Runs a page's read service and turns its expected refusals into the matching pages: NOT_FOUND -> 404,
 * FORBIDDEN -> 403. Everything else reaches app/error.tsx, which shows no internals.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isAppError(e)) {
      if (e.code === "NOT_FOUND") notFound();
      if (e.code === "FORBIDDEN") forbidden();
    }
    throw e;
  }
}

/** The first value of a search parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type IdParams = Promise<{ id: string }>;
