import type { z } from "zod";
import { type ApiError, ApiErrorSchema } from "../../../shared/schemas/index.ts";

/** The API answered with an error status; `error` is its typed body when it had one. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly error: ApiError["error"] | null;
  /** The whole answer, for errors that carry more than `error` (e.g. 409 `suggestion_conflict`). */
  readonly body: unknown;

  constructor(status: number, error: ApiError["error"] | null, body: unknown = undefined) {
    super(error?.message ?? `Request failed with status ${status}`);
    this.name = "ApiRequestError";
    this.status = status;
    this.error = error;
    this.body = body;
  }

  /** The stable error id (`invalid_credentials`, `last_owner` …), if the server sent one. */
  get id(): string | null {
    return this.error?.id ?? null;
  }
}

/** The request never got an answer (offline, server down) or the answer was not what we expect. */
export class ApiUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ApiUnavailableError";
  }
}

/** True when `error` is an API error with this status (and, if given, this error id). */
export function isApiError(error: unknown, status: number, id?: string): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === status && (!id || error.id === id);
}

interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  /** Send `body` (a file) as it is, with this media type, instead of as JSON. */
  rawBodyType?: string;
  signal?: AbortSignal | undefined;
}

type SessionEndedListener = () => void;
let sessionEndedListener: SessionEndedListener | null = null;

/**
 * Registers the one function told when any request answers 401 `unauthenticated`: the session
 * expired or was ended elsewhere, so the app can send the person to sign in again.
 */
export function onSessionEnded(listener: SessionEndedListener | null): void {
  sessionEndedListener = listener;
}

/** Sends the request and returns the response, or throws for network failures and errors. */
async function send(path: string, { method = "GET", body, rawBodyType, signal }: RequestOptions) {
  let response: Response;
  const contentType = rawBodyType ?? "application/json";
  try {
    response = await fetch(path, {
      method,
      signal: signal ?? null,
      // The session is an httpOnly cookie; same-origin is the default, spelled out on purpose.
      credentials: "same-origin",
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": contentType },
      body: body === undefined ? null : rawBodyType ? (body as Blob) : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiUnavailableError(`Could not reach ${path}`, { cause });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    const parsedError = ApiErrorSchema.safeParse(payload);
    const error = new ApiRequestError(
      response.status,
      parsedError.success ? parsedError.data.error : null,
      payload,
    );
    if (error.status === 401 && error.id === "unauthenticated") sessionEndedListener?.();
    throw error;
  }
  return response;
}

/**
 * Calls the Rembuk API on the same origin and parses the JSON answer with `schema`, so the
 * rest of the client only ever sees data of the shape `shared/` promises.
 */
export async function requestJson<T extends z.ZodType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.infer<T>> {
  const response = await send(path, options);
  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiUnavailableError(`Unexpected answer from ${path}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Calls an API route that answers without a body (204). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** `encodeURIComponent` for one path segment, so ids can never change the route. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
