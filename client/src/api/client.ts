import type { z } from "zod";
import { type ApiError, ApiErrorSchema } from "../../../shared/schemas/index.ts";

/** The API answered with an error status; `error` is its typed body when it had one. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly error: ApiError["error"] | null;

  constructor(status: number, error: ApiError["error"] | null) {
    super(error?.message ?? `Request failed with status ${status}`);
    this.name = "ApiRequestError";
    this.status = status;
    this.error = error;
  }
}

/** The request never got an answer (offline, server down) or the answer was not what we expect. */
export class ApiUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ApiUnavailableError";
  }
}

interface RequestOptions {
  method?: "GET" | "POST";
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the Rembuk API on the same origin and parses the JSON answer with `schema`, so the
 * rest of the client only ever sees data of the shape `shared/` promises.
 */
export async function requestJson<T extends z.ZodType>(
  path: string,
  schema: T,
  { method = "GET", body, signal }: RequestOptions = {},
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal: signal ?? null,
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiUnavailableError(`Could not reach ${path}`, { cause });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = ApiErrorSchema.safeParse(payload);
    throw new ApiRequestError(response.status, parsedError.success ? parsedError.data.error : null);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiUnavailableError(`Unexpected answer from ${path}`, { cause: parsed.error });
  }
  return parsed.data;
}
