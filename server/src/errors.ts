/**
 * An error meant for the client: a stable `id` a program can branch on, an HTTP
 * status, and a message a person can read. Anything else becomes a 500 whose
 * details stay in the log.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly field?: string,
    /** Extra top-level members of the error body, next to `error` (e.g. a conflict's both sides). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** 404 for a record that does not exist (or that the caller may not know exists). */
export function notFound(id: string, message: string): HttpError {
  return new HttpError(404, id, message);
}

/** 400 for input that failed validation, naming the offending field. */
export function invalidRequest(message: string, field?: string): HttpError {
  return new HttpError(400, "invalid_request", message, field);
}
