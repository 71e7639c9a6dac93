import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PublicRecordSchema } from "../schemas/index.ts";
import { canonicalJson } from "./canonicalJson.ts";
import { sealPayload } from "./seal.ts";
import { buildSealedRecord } from "./test/publicRecordFactory.ts";
import { describeVerification, verifyRecord } from "./verifier.ts";

/** The record as a verifier downloads it: through JSON text. */
async function downloaded() {
  return JSON.parse(JSON.stringify(await buildSealedRecord()));
}

/** A downloaded record: JSON as parsed, to be tampered with freely. */
type Downloaded = Awaited<ReturnType<typeof downloaded>>;

/** Changes one character of a string: the smallest tampering there is. */
const oneCharacter = (s: string) => `${s.slice(0, -1)}${s.at(-1) === "x" ? "y" : "x"}`;

describe("verifyRecord", () => {
  it("passes on a record sealed through closing, answers, conclusion and moderation", async () => {
    const record = await downloaded();
    expect(PublicRecordSchema.safeParse(record).success).toBe(true);
    const result = await verifyRecord(record);
    expect(result).toMatchObject({ ok: true, rounds: 2, seals: 6 });
    expect(describeVerification(result)).toMatch(/^OK: 2 round\(s\), 6 seal\(s\)/);
  });

  it("agrees with an independent SHA-256 over the canonical JSON (what the README tells people)", async () => {
    const record = await downloaded();
    const round = record.rounds[1];
    const last = round.seals.at(-1);
    const bytes = canonicalJson({
      documentId: record.document.id,
      round: round.record,
      seal: { seq: last.seq, stage: last.stage, at: last.at, previousSeal: last.previousSeal },
    });
    expect(bytes).toBe(sealPayload(record.document.id, round.record, last));
    expect(createHash("sha256").update(bytes, "utf8").digest("hex")).toBe(last.hash);
  });

  it.each([
    [
      "a comment's body",
      1,
      (r: Downloaded) => {
        r.rounds[0].record.comments[0].body = oneCharacter(r.rounds[0].record.comments[0].body);
      },
    ],
    [
      "an answer's explanation",
      1,
      (r: Downloaded) => {
        const answer = r.rounds[0].record.comments[0].answer;
        answer.explanation = oneCharacter(answer.explanation);
      },
    ],
    [
      "the version text",
      2,
      (r: Downloaded) => {
        r.rounds[1].record.version.text = oneCharacter(r.rounds[1].record.version.text);
      },
    ],
    [
      "the version's ProseMirror JSON",
      2,
      (r: Downloaded) => {
        r.rounds[1].record.version.content.content[0].content[0].text = "Pasal 9";
      },
    ],
    [
      "a moderation entry",
      2,
      (r: Downloaded) => {
        r.rounds[1].record.moderation[0].note = oneCharacter(r.rounds[1].record.moderation[0].note);
      },
    ],
    [
      "an added member",
      1,
      (r: Downloaded) => {
        r.rounds[0].record.comments[1].extra = true;
      },
    ],
  ])("fails naming the round on a one-character change in %s", async (_what, round, tamper) => {
    const record = await downloaded();
    tamper(record);
    const result = await verifyRecord(record);
    expect(result).toMatchObject({ ok: false, round });
    expect(describeVerification(result)).toMatch(
      new RegExp(`^FAILED: round ${round}: the record does not match its last seal`),
    );
  });

  it("fails on a broken link even when the record itself was resealed", async () => {
    const record = await downloaded();
    // Round 2's first seal claims another predecessor.
    record.rounds[1].seals[0].previousSeal = "0".repeat(64);
    const result = await verifyRecord(record);
    expect(result).toMatchObject({ ok: false, round: 2 });
    expect(result.ok || result.reason).toMatch(/seal 5 does not link to seal 4/);
  });

  it("fails when a seal is missing from the chain or a closed round carries none", async () => {
    const gap = await downloaded();
    gap.rounds[0].seals.splice(1, 1);
    expect(await verifyRecord(gap)).toMatchObject({
      ok: false,
      round: 1,
      reason: "seal 2, before seal 3, is missing",
    });
    const unsealed = await downloaded();
    unsealed.rounds[1].seals = [];
    expect(await verifyRecord(unsealed)).toMatchObject({
      ok: false,
      round: 2,
      reason: "the round is closed but carries no seal",
    });
  });

  it("reports an unreadable record without a round", async () => {
    expect(await verifyRecord({ formatVersion: 1, document: {} })).toEqual({
      ok: false,
      round: null,
      reason: "document.id is missing",
    });
    expect(await verifyRecord("[]")).toMatchObject({ ok: false, round: null });
  });
});
