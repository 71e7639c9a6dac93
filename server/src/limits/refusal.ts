import type { Response } from "express";
import { HttpError } from "../errors.ts";

/**
 * A 429 refusal: sets `Retry-After` (whole seconds, at least 1) on the response and returns
 * the error to throw, so every limit answers the same way.
 */
export function tooManyRequests(
  res: Response,
  retryAfterMs: number,
  id: string,
  message: string,
): HttpError {
  res.set("Retry-After", String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
  return new HttpError(429, id, message);
}
