import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { PUBLIC_RECORD_SCHEMA_PATH } from "../jsonSchema.ts";

/** The committed JSON Schema of the public record, as the file holds it. */
export function committedSchemaText(): string {
  return fs.readFileSync(
    path.join(import.meta.dirname, "../../..", PUBLIC_RECORD_SCHEMA_PATH),
    "utf8",
  );
}

/** A validator for the committed JSON Schema, as someone outside the project would use it. */
export function publishedValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(committedSchemaText()));
}
