import type { NextFunction, Request, Response } from "express";
import { ZodError } from "zod";
import { HttpError } from "../errors.ts";
import type { Logger } from "../logger.ts";

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

/**
 * Turns any thrown error into `{ error: { id, message } }` with the right status.
 * Validation errors name the field; unexpected errors are logged with their stack
 * and reach the client only as `internal_error`.
 */
export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = toErrorReply(error);
    if (status >= 500)
      log.error({ err: error, method: req.method, path: req.path }, "request failed");
    else
      log.info(
        { status, id: body.error.id, method: req.method, path: req.path },
        "request refused",
      );
    res.status(status).json(body);
  };
}

function toErrorReply(error: unknown) {
  if (error instanceof HttpError) {
    const answer = reply(error.status, error.id, error.message, error.field);
    return { status: answer.status, body: { ...error.details, ...answer.body } };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.join(".") || undefined;
    const message = field ? `${field}: ${issue?.message}` : (issue?.message ?? "invalid request");
    return reply(400, "invalid_request", message, field);
  }
  const bodyError = error as BodyParserError;
  if (bodyError?.type === "entity.parse.failed") {
    return reply(400, "malformed_json", "The request body is not valid JSON.");
  }
  if (bodyError?.type === "entity.too.large") {
    return reply(413, "payload_too_large", "The request body is too large.");
  }
  if (bodyError?.type === "encoding.unsupported" || bodyError?.type === "charset.unsupported") {
    return reply(415, "unsupported_encoding", "The request body's encoding is not supported.");
  }
  return reply(500, "internal_error", "Something went wrong on our side. It has been logged.");
}

function reply(status: number, id: string, message: string, field?: string) {
  return { status, body: { error: field ? { id, message, field } : { id, message } } };
}
