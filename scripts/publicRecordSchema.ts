/**
 * Rewrites the committed JSON Schema of the public record from its zod schema, formatted as the
 * repository formats JSON (`npx tsx scripts/publicRecordSchema.ts`).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import {
  PUBLIC_RECORD_SCHEMA_PATH,
  publicRecordJsonSchemaText,
} from "../shared/record/jsonSchema.ts";

await fs.writeFile(PUBLIC_RECORD_SCHEMA_PATH, publicRecordJsonSchemaText());
execFileSync("npx", ["biome", "format", "--write", PUBLIC_RECORD_SCHEMA_PATH], { stdio: "ignore" });
process.stdout.write(`wrote ${PUBLIC_RECORD_SCHEMA_PATH}\n`);
