/**
 * One error type for expected failures, mapped to HTTP in one place (httpStatus). Messages are German
 * and say what happened and what to do next; anything else becomes a plain 500 without internals.
 */
export type AppErrorCode =
  | "VALIDATION" // 400: input does not fit; `problems` lists every field
  | "UNAUTHENTICATED" // 401
  | "FORBIDDEN" // 403
  | "NOT_FOUND" // 404
  | "CONFLICT" // 409: someone else changed it first, or it exists already
  | "RATE_LIMITED" // 429
  | "UNAVAILABLE"; // 503: a dependency (database, search) is down

export interface Problem {
  /** JSON path or form field, e.g. "articles[3].title" */
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly problems: Problem[] = [],
    /** machine-readable facts for the client, e.g. the newer revision on a conflict */
    readonly meta: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

const STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function httpStatus(code: AppErrorCode): number {
  return STATUS[code];
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The JSON body for an error response; internal errors never leak their message. */
export function errorBody(e: unknown): { status: number; body: { error: string; code: string; problems?: Problem[]; meta?: Record<string, string> } } {
  if (isAppError(e)) {
    return {
      status: httpStatus(e.code),
      body: { error: e.message, code: e.code, ...(e.problems.length ? { problems: e.problems } : {}), ...(Object.keys(e.meta).length ? { meta: e.meta } : {}) },
    };
  }
  return {
    status: 500,
    body: { error: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es erneut; besteht der Fehler fort, wenden Sie sich an den Betrieb.", code: "INTERNAL" },
  };
}
