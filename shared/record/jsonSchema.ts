import { z } from "zod";
import { PublicRecordSchema } from "../schemas/publicRecord.ts";

/** Where the published JSON Schema of the public record lives, from the repository's root. */
export const PUBLIC_RECORD_SCHEMA_PATH = "shared/schemas/public-record.schema.json";

/**
 * The JSON Schema (draft 2020-12) of `GET /api/public/consultations/:documentId/record`,
 * generated from the zod schema so the two cannot drift; committed as
 * {@link PUBLIC_RECORD_SCHEMA_PATH} (`npx tsx scripts/publicRecordSchema.ts` rewrites it).
 */
export function publicRecordJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PublicRecordSchema, {
    target: "draft-2020-12",
    io: "output",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "Rembuk public record of a consultation",
    description:
      "Every published consultation round of one draft regulation: its frozen version, comments, answers, moderation log, statistics and the chain of seals (SHA-256 over the RFC 8785 canonical JSON of each round's record). See README, 'The public record and its seals'.",
    ...rest,
  };
}

/** The schema as the committed file holds it: two-space indented, with a final newline. */
export function publicRecordJsonSchemaText(): string {
  return `${JSON.stringify(publicRecordJsonSchema(), null, 2)}\n`;
}
