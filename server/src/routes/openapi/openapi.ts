import { Router } from "express";
import { z } from "zod";
import { ApiErrorSchema } from "../../../../shared/schemas/index.ts";
import { OPERATIONS, type Operation } from "./operations.ts";

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });

const ERROR_RESPONSE = {
  description: "An error: `{ error: { id, message, field? } }`",
  content: { "application/json": { schema: jsonSchema(ApiErrorSchema) } },
};

function operationObject(op: Operation) {
  const params = [...op.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  return {
    summary: op.summary,
    tags: [op.tag],
    description: `Who may call it: ${op.access}.`,
    ...(op.access === "public" ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(op.body) } },
          },
        }
      : {}),
    responses: {
      [String(op.success)]: { description: "Success" },
      "400": ERROR_RESPONSE,
      ...(op.access === "public" ? {} : { "401": ERROR_RESPONSE, "403": ERROR_RESPONSE }),
      "404": ERROR_RESPONSE,
    },
  };
}

/** The OpenAPI 3.1 document, generated from the operations table and the shared zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const path = op.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][op.method.toLowerCase()] = operationObject(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Rembuk API",
      version: "0.1.0",
      description: "Participatory policy drafting: documents, accounts, organisations and roles.",
    },
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "rembuk_session" } },
    },
    security: [{ session: [] }],
    paths,
  };
}

/** `GET /api/openapi.json`. */
export function openApiRouter() {
  const document = buildOpenApiDocument();
  const router = Router();
  router.get("/", (_req, res) => {
    res.json(document);
  });
  return router;
}
