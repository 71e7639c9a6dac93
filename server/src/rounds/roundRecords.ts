import type {
  RoundCounts,
  RoundOrganisation,
  RoundRecord,
  Store,
  VersionRecord,
} from "../store/index.ts";

/** A round with everything its view shows. */
export interface RoundRecords {
  round: RoundRecord;
  version: VersionRecord;
  organisations: RoundOrganisation[];
  counts: RoundCounts;
}

/** Loads what a round's view shows: its version, invited organisations and comment counts. */
export async function readRoundRecords(
  store: Pick<Store, "rounds" | "versions">,
  round: RoundRecord,
): Promise<RoundRecords> {
  const [version, organisations, counts] = await Promise.all([
    store.versions.findById(round.versionId),
    store.rounds.organisations(round.id),
    store.rounds.counts(round.versionId),
  ]);
  if (!version) throw new Error(`round ${round.id} has no version ${round.versionId}`);
  return { round, version, organisations, counts };
}
