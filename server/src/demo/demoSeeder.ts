import { type Verification, verifyRecord } from "../../../shared/record/verifier.ts";
import { type PublicRecord, PublicRecordSchema } from "../../../shared/schemas/index.ts";
import { DocumentRegistry } from "../collab/documentRegistry.ts";
import { LiveDrafts } from "../collab/liveDrafts.ts";
import { UpdateWriter } from "../collab/updateWriter.ts";
import { documentCreator } from "../commands/documentCreator.ts";
import type { Logger } from "../logger.ts";
import { buildPublicRecord } from "../record/recordBuilder.ts";
import type { Store } from "../store/index.ts";
import { type DemoTime, demoActions, StoryClock } from "./demoActions.ts";
import { playConsultation } from "./demoConsultation.ts";
import { buildDemoRegulation, DEMO_TITLE } from "./demoContent.ts";
import { type DemoPeople, seedPeople } from "./demoPeople.ts";

/** When the administrator, the organisations and the people joined Rembuk. */
const PEOPLE_JOIN: Record<"admin" | "organisations" | "people", DemoTime> = {
  admin: [84, "08:30"],
  organisations: [83, "10:00"],
  people: [82, "13:00"],
};

/** The demo as it was seeded: its draft and the public record checked after seeding. */
export interface SeededDemo {
  documentId: string;
  record: PublicRecord;
  verification: Extract<Verification, { ok: true }>;
}

/**
 * Seeds an empty store with the demo (see README, "Demo"): three verified organisations and
 * their people, the Perda Kota Sukamaju on public services, a concluded round 1 with comments,
 * suggestions, answers of every disposition and one hidden comment, the draft edited after it,
 * and round 2 open until 14 days after `today`. Every step goes through the commands the routes
 * use, dated by the story. Fails unless the public record then validates and its seals verify.
 */
export async function seedDemo(props: {
  store: Store;
  log: Logger;
  today?: Date;
}): Promise<SeededDemo> {
  const { store, log } = props;
  const today = props.today ?? new Date();
  const clock = new StoryClock(today);
  const writer = new UpdateWriter(store.updates, 1000, log);
  const registry = new DocumentRegistry({ updates: store.updates, writer, log, unloadGraceMs: 0 });
  let documentId: string;
  try {
    const people = await seedPeople({ store, at: (step) => clock.at(PEOPLE_JOIN[step]) });
    const document = await documentCreator({
      store,
      title: DEMO_TITLE,
      ownerId: people.ratna.id,
      content: buildDemoRegulation(),
      now: clock.at([75, "10:00"]),
    });
    documentId = document.id;
    await grantRoles(store, document.id, people, clock.at([75, "10:30"]));
    const liveDrafts = new LiveDrafts(registry);
    await playConsultation(demoActions({ store, log, liveDrafts, clock, document, people }));
  } finally {
    await registry.shutdown(1001, "demo seeded");
    await writer.flush();
  }
  const record = await buildPublicRecord({ store, documentId, now: today });
  return { documentId, ...(await checkDemoRecord(record)) };
}

/** Roles as the owner grants them in the sharing dialog: a co-drafter and the reviewers. */
async function grantRoles(store: Store, documentId: string, people: DemoPeople, at: Date) {
  const roles = [
    ["dimas", "drafter"],
    ["maria", "reviewer"],
    ["andi", "reviewer"],
    ["hendra", "reviewer"],
    ["wahyuni", "reviewer"],
  ] as const;
  for (const [person, role] of roles) {
    await store.roles.put({
      documentId,
      userId: people[person].id,
      role,
      grantedBy: people.ratna.id,
      grantedAt: at.toISOString(),
    });
  }
}

/**
 * Checks a public record as anyone would: it must match the published schema and every seal
 * must verify (`shared/record/verifier.ts`). Throws, saying why, when it does not.
 */
export async function checkDemoRecord(json: unknown): Promise<Omit<SeededDemo, "documentId">> {
  const parsed = PublicRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`the demo's public record does not match its schema: ${parsed.error.message}`);
  }
  const verification = await verifyRecord(JSON.parse(JSON.stringify(json)));
  if (!verification.ok) {
    throw new Error(
      `the demo's seals do not verify: round ${verification.round}: ${verification.reason}`,
    );
  }
  return { record: parsed.data, verification };
}
