import * as Y from "yjs";
import { DRAFT_TEXT } from "./collabClient.ts";

/**
 * Lists what `doc` lacks of `updates` — insertions it does not have, deletions
 * it has not applied, or content that depends on something it does not have —
 * and returns an empty list when `doc` already contains every one of them.
 *
 * It applies the updates to a copy of `doc` and checks that the copy's snapshot
 * (state vector and delete set) did not move, which covers deletions as well
 * as insertions, whatever the order the updates arrive in.
 */
export function missingFrom(doc: Y.Doc, updates: Uint8Array[]): string[] {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  for (const update of updates) Y.applyUpdate(probe, update);
  const problems: string[] = [];
  if (probe.store.pendingStructs) {
    problems.push(
      `content that builds on changes never stored (missing ${JSON.stringify([...probe.store.pendingStructs.missing])})`,
    );
  }
  if (probe.store.pendingDs) problems.push("deletions of content never stored");
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(probe))) {
    const stored = have.get(client) ?? 0;
    if (clock > stored)
      problems.push(`author ${client}: changes ${stored}..${clock - 1} not stored`);
  }
  if (problems.length === 0 && !Y.equalSnapshots(Y.snapshot(probe), Y.snapshot(doc))) {
    problems.push("deletions not stored");
  }
  if (problems.length > 0) {
    const text = (d: Y.Doc) => JSON.stringify(d.getText(DRAFT_TEXT).toString());
    problems.push(`stored text ${text(doc)} vs with the updates ${text(probe)}`);
  }
  probe.destroy();
  return problems;
}
