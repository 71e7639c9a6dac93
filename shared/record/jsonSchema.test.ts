import { describe, expect, it } from "vitest";
import { publicRecordJsonSchema } from "./jsonSchema.ts";
import { buildSealedRecord } from "./test/publicRecordFactory.ts";
import { committedSchemaText, publishedValidator } from "./test/publishedSchema.ts";

describe("the published JSON Schema of the public record", () => {
  it("is what the zod schema generates (run `npx tsx scripts/publicRecordSchema.ts` if not)", () => {
    expect(JSON.parse(committedSchemaText())).toEqual(publicRecordJsonSchema());
  });

  it("accepts a sealed record and refuses one with a missing or unknown member", async () => {
    const validate = publishedValidator();
    const record = JSON.parse(JSON.stringify(await buildSealedRecord()));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);

    delete record.rounds[0].record.comments[0].answer;
    record.rounds[1].seals[0].hash = "not-a-hash";
    expect(validate(record)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(["/rounds/0/record/comments/0", "/rounds/1/seals/0/hash"]),
    );
  });
});
