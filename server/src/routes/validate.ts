import type { NextFunction, Request, Response } from "express";
import type { z } from "zod";

type Part = "body" | "params" | "query";

/**
 * Parses one part of the request with a zod schema, replacing it with the parsed
 * value; a failure becomes a 400 naming the field (see `errorHandler`).
 */
export function validate<S extends z.ZodType>(part: Part, schema: S) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const parsed = schema.parse(part === "body" ? (req.body ?? {}) : req[part]);
    if (part === "query") Object.defineProperty(req, "query", { value: parsed });
    else req[part] = parsed;
    next();
  };
}
