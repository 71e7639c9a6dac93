import { nextSeal } from "../../../shared/record/seal.ts";
import type { SealStage } from "../../../shared/schemas/index.ts";
import { HttpError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { type Clock, systemClock } from "../rounds/clock.ts";
import type { RoundSealer } from "../rounds/roundSealer.ts";
import type { Store } from "../store/index.ts";
import { buildRoundRecord } from "./roundRecordBuilder.ts";
import { recordHashOf, requireIntact } from "./sealGuard.ts";

/** Times a seal is linked again after another process appended one with the same predecessor. */
const MAX_SEAL_ATTEMPTS = 5;

/**
 * The real {@link RoundSealer}: appends a seal over a closed round's public record, linked to the
 * document's previous seal (in whichever round), so the last seal of each round always covers
 * the record as published. A round that is not closed is not sealed (its record is still
 * growing); a call that finds the record unchanged since the round's last seal adds nothing, so
 * callers may ask after every change. Seals of one document are made one at a time, and never
 * over a record that no longer matches its last seal (see {@link requireIntact}).
 */
export function createRoundSealer(props: {
  store: Store;
  clock?: Clock;
  log?: Logger;
}): RoundSealer &
  Required<Pick<RoundSealer, "change">> & {
    /**
     * At startup: checks every document's sealed records (raising an alert on any altered one),
     * seals every closed round that carries no seal yet (e.g. closed before sealing existed) and
     * seals again, in the current format, a record last sealed in format 1.
     */
    sealUnsealed(): Promise<number>;
  } {
  const { store, clock = systemClock, log } = props;
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

  /**
   * Seals the round's record unless its last seal already covers it. Seals of one document are
   * made one at a time in this process; another process (scale-out) may still seal the same
   * document at the same moment. The chain's key (document, seq) lets only one of two seals with
   * the same predecessor in, so the loser reads the chain again: either the winner's seal
   * already covers this record, or it links its own seal to the winner's.
   */
  const sealNow = async (documentId: string, number: number, stage: SealStage) => {
    const round = await store.rounds.find(documentId, number);
    if (!round) throw new Error(`document ${documentId} has no round ${number}`);
    if (!round.closedAt) return false;
    const record = await buildRoundRecord(store, round);
    const recordHash = await recordHashOf(record);
    for (let attempt = 1; ; attempt++) {
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
      if (await store.seals.append({ ...seal, documentId, roundNumber: number, recordHash })) {
        return true;
      }
      if (attempt >= MAX_SEAL_ATTEMPTS) {
        throw new Error(`document ${documentId}: another process kept sealing first`);
      }
    }
  };

  const intact = (documentId: string) =>
    requireIntact({ store, documentId, at: clock.now().toISOString(), log });

  /** Seals a document's closed rounds whose record is unsealed or sealed in format 1. */
  const sealOutstanding = async (documentId: string) => {
    const matches = await intact(documentId);
    let sealed = 0;
    for (const round of await store.rounds.list(documentId)) {
      if (!round.closedAt || matches.get(round.number) === "sealed") continue;
      const stage = round.concludedAt ? "concluded" : "closed";
      if (await sealNow(documentId, round.number, stage)) sealed += 1;
    }
    return sealed;
  };

  return {
    async seal(documentId, round, stage) {
      await serialised(documentId, async () => {
        await intact(documentId);
        await sealNow(documentId, round, stage);
      });
    },
    change(documentId, round, stage, change) {
      return serialised(documentId, async () => {
        await intact(documentId);
        const result = await change();
        await sealNow(documentId, round, stage).catch((error) =>
          log?.error({ err: error, documentId, round }, "sealing a changed round failed"),
        );
        return result;
      });
    },
    async sealUnsealed() {
      let sealed = 0;
      for (const document of await store.documents.list()) {
        try {
          sealed += await serialised(document.id, () => sealOutstanding(document.id));
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          log?.error({ documentId: document.id }, error.message);
        }
      }
      return sealed;
    },
  };
}
