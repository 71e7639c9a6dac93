import { canonicalJson } from "../../../shared/record/canonicalJson.ts";
import { nextSeal, sha256Hex } from "../../../shared/record/seal.ts";
import type { SealStage } from "../../../shared/schemas/index.ts";
import { type Clock, systemClock } from "../rounds/clock.ts";
import type { RoundSealer } from "../rounds/roundSealer.ts";
import type { Store } from "../store/index.ts";
import { buildRoundRecord } from "./roundRecordBuilder.ts";

/**
 * The real {@link RoundSealer}: appends a seal over a closed round's public record, linked to the
 * document's previous seal (in whichever round), so the last seal of each round always covers
 * the record as published. A round that is not closed is not sealed (its record is still
 * growing); a call that finds the record unchanged since the round's last seal adds nothing, so
 * callers may ask after every change. Seals of one document are made one at a time.
 */
export function createRoundSealer(props: { store: Store; clock?: Clock }): RoundSealer & {
  /** Seals every closed round that carries no seal yet (e.g. closed before sealing existed). */
  sealUnsealed(): Promise<number>;
} {
  const { store, clock = systemClock } = props;
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task of the same document. */
  const serialised = <T>(documentId: string, task: () => Promise<T>): Promise<T> => {
    const before = queues.get(documentId) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(documentId, settled);
    void settled.then(() => {
      if (queues.get(documentId) === settled) queues.delete(documentId);
    });
    return run;
  };

  const sealNow = async (documentId: string, number: number, stage: SealStage) => {
    const round = await store.rounds.find(documentId, number);
    if (!round) throw new Error(`document ${documentId} has no round ${number}`);
    if (!round.closedAt) return false;
    const record = await buildRoundRecord(store, round);
    const recordHash = await sha256Hex(canonicalJson(record));
    const lastOfRound = await store.seals.latestOfRound(documentId, number);
    if (lastOfRound?.recordHash === recordHash) return false;
    const previous = (await store.seals.latest(documentId)) ?? null;
    const seal = await nextSeal({
      documentId,
      round: record,
      stage,
      at: clock.now().toISOString(),
      previous,
    });
    await store.seals.append({ ...seal, documentId, roundNumber: number, recordHash });
    return true;
  };

  return {
    async seal(documentId, round, stage) {
      await serialised(documentId, () => sealNow(documentId, round, stage));
    },
    async sealUnsealed() {
      let sealed = 0;
      for (const document of await store.documents.list()) {
        for (const round of await store.rounds.list(document.id)) {
          if (!round.closedAt) continue;
          if (await store.seals.latestOfRound(document.id, round.number)) continue;
          const stage = round.concludedAt ? "concluded" : "closed";
          if (await serialised(document.id, () => sealNow(document.id, round.number, stage))) {
            sealed += 1;
          }
        }
      }
      return sealed;
    },
  };
}
