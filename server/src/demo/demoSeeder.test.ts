import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublicRecordSchema } from "../../../shared/schemas/index.ts";
import { verifyRecord } from "../../../shared/record/verifier.ts";
import { buildStore, silentLogger } from "../test/factories.ts";
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from "./demoPeople.ts";
import { type SeededDemo, seedDemo } from "./demoSeeder.ts";

describe("the demo seeding", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let demo: SeededDemo;
  const today = new Date();
  beforeAll(async () => {
    store = await buildStore();
    demo = await seedDemo({ store, log: silentLogger, today });
  }, 20_000);
  afterAll(() => store.cleanup());

  it("creates three verified organisations and everyone in the accounts table", async () => {
    const organisations = await store.organisations.list();
    expect(organisations.map((o) => [o.name, o.kind, o.verifiedAt !== null]).sort()).toEqual(
      Object.values(DEMO_ORGANISATIONS)
        .map((o) => [o.name, o.kind, true])
        .sort(),
    );
    for (const person of Object.values(DEMO_PEOPLE)) {
      expect(await store.users.findByEmail(person.email)).toMatchObject({ name: person.name });
    }
  });

  it("publishes round 1 concluded, with every disposition, decided suggestions and a tombstone", () => {
    const [first] = demo.record.rounds;
    const round = first?.record;
    expect(round).toMatchObject({ number: 1, closedBy: null });
    expect(round?.concludedAt).not.toBeNull();
    expect(round?.conclusion).toContain("versi 2");
    const topLevel = round?.comments.filter((c) => c.parentId === null) ?? [];
    expect(topLevel.length).toBeGreaterThanOrEqual(6);
    expect(round?.comments.some((c) => c.parentId !== null)).toBe(true);
    const dispositions = new Set(topLevel.map((c) => c.answer?.disposition).filter(Boolean));
    expect([...dispositions].sort()).toEqual(
      ["accepted", "noted", "not_accepted", "partly_accepted"].sort(),
    );
    expect(
      topLevel
        .filter((c) => c.kind === "suggestion")
        .map((c) => c.suggestion?.state)
        .sort(),
    ).toEqual(["accepted", "declined"]);

    const hidden = topLevel.filter((c) => c.status === "hidden");
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({
      body: null,
      author: { name: DEMO_PEOPLE.hendra.name },
      moderation: { reason: "abuse", moderator: { name: DEMO_PEOPLE.admin.name } },
    });
    expect(round?.moderation).toHaveLength(1);
    // Every answer was given before the round concluded, and the last seal is the conclusion.
    expect(first?.seals.at(-1)?.stage).toBe("concluded");
  });

  it("opens round 2 on a version the drafters changed, closing in 14 days", () => {
    const [first, second] = demo.record.rounds;
    expect(second?.record).toMatchObject({ number: 2, closedAt: null, concludedAt: null });
    expect(second?.seals).toEqual([]);
    const closesInDays = (Date.parse(second?.record.closesAt ?? "") - today.getTime()) / 86_400_000;
    expect(closesInDays).toBeGreaterThan(14);
    expect(closesInDays).toBeLessThanOrEqual(15);
    const before = first?.record.version.text ?? "";
    const after = second?.record.version.text ?? "";
    expect(before).toContain("dapat memungut biaya tambahan");
    expect(after).toContain("dilarang memungut biaya tambahan");
    expect(after).toContain("mudah diakses oleh penyandang disabilitas");
    expect(after).toContain("merahasiakan identitas pengadu");
    expect(second?.record.comments.length).toBeGreaterThanOrEqual(2);
  });

  it("builds a public record that validates and whose seals verify", async () => {
    const json = JSON.parse(JSON.stringify(demo.record));
    expect(PublicRecordSchema.safeParse(json).success).toBe(true);
    expect(await verifyRecord(json)).toMatchObject({ ok: true, rounds: 2 });
    expect(demo.verification.seals).toBeGreaterThanOrEqual(3);
  });
});
