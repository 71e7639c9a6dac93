import type { CollabClient } from "../../utils/collabClient.ts";
import { eventually } from "../../utils/eventually.ts";
import { seededRandom, typeRandomly } from "../../utils/typing.ts";

/** What a test takes away from the processes for a while, and how it brings it back. */
export interface Outage {
  /** What is gone ("Redis"), for the failure messages. */
  what: string;
  down(): Promise<void>;
  /** Checked while it is down, after the people typed on (e.g. that they were told). */
  whileDown?(): Promise<unknown>;
  up(): Promise<void>;
}

/**
 * Everyone types (seeded from `seed`, 200 edits each at a person's pace); once everyone has
 * received others' typing the outage begins, they type `editsWhileDown` edits more between them,
 * it ends, and this resolves when everyone has finished typing.
 */
export async function typeThroughOutage(
  typists: CollabClient[],
  seed: number,
  outage: Outage,
  editsWhileDown: number,
): Promise<void> {
  let madeWhileDown: number | undefined;
  const typing = typists.map((typist, i) =>
    typeRandomly(typist, seededRandom(seed + i), {
      edits: 200,
      keystrokeMs: 5,
      afterEdit: () => {
        if (madeWhileDown !== undefined) madeWhileDown += 1;
        return false;
      },
    }),
  );
  await eventually("everyone has received others' typing", () =>
    typists.every((typist) => typist.received.length >= 20),
  );
  await outage.down();
  madeWhileDown = 0;
  await eventually(
    `people typed while ${outage.what} was gone`,
    () => (madeWhileDown ?? 0) >= editsWhileDown,
  );
  await outage.whileDown?.();
  await outage.up();
  await Promise.all(typing);
}
