import { z } from "zod";

/** A field problem as the API reports it: path is the field name (e.g. "title", "incident.klasse"). */
export interface FieldProblem {
  path: string;
  message: string;
}

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string | null; error: string; problems: FieldProblem[]; meta: Record<string, string> };

const errorBody = z.object({
  error: z.string().max(2000),
  code: z.string().max(40).optional(),
  problems: z.array(z.object({ path: z.string().max(200), message: z.string().max(2000) })).max(200).optional(),
  meta: z.record(z.string(), z.string()).optional(),
});

const UNREACHABLE = "Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut; Ihre Eingaben bleiben erhalten.";
const SIGNED_OUT = "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab erneut an und versuchen Sie es dann hier noch einmal; Ihre Eingaben bleiben erhalten.";
const UNEXPECTED = "Die Antwort des Servers war unerwartet. Bitte laden Sie die Seite neu und prüfen Sie, ob die Änderung gespeichert wurde.";

/**
 * Sends a JSON request to this application's API (same origin, session cookie) and returns the parsed
 * result or a German error. Nothing the server sends is trusted before it is parsed.
 */
export async function callApi<T>(method: "POST" | "PUT" | "DELETE", url: string, body: unknown, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body ?? {}),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, code: null, error: UNREACHABLE, problems: [], meta: {} };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (response.ok) {
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, status: response.status, code: null, error: UNEXPECTED, problems: [], meta: {} };
  }
  const parsed = errorBody.safeParse(json);
  if (response.status === 401) return { ok: false, status: 401, code: "UNAUTHENTICATED", error: SIGNED_OUT, problems: [], meta: {} };
  if (!parsed.success) return { ok: false, status: response.status, code: null, error: UNEXPECTED, problems: [], meta: {} };
  return {
    ok: false,
    status: response.status,
    code: parsed.data.code ?? null,
    error: parsed.data.error,
    problems: parsed.data.problems ?? [],
    meta: parsed.data.meta ?? {},
  };
}

/** Bodies of the workflow steps that return nothing of interest. */
export const anyOkBody: z.ZodType<unknown> = z.unknown();
