import type { RoundState } from "../../../shared/schemas/index.ts";
import { HttpError, notFound } from "../errors.ts";
import type { CommentRecord, RoundRecord, Store } from "../store/index.ts";

/** 404: no round with this number on this document (or not one the caller may read). */
export const roundNotFound = () =>
  notFound("round_not_found", "No consultation round with this number exists on this document.");

/** 404: no version with this number on this document. */
export const versionNotFound = () =>
  notFound("version_not_found", "No version with this number exists on this document.");

/** 409: the round is closed, so nobody can comment, reply, reword or suggest in it any more. */
export const roundClosed = () =>
  new HttpError(409, "round_closed", "This consultation round is closed.");

/** 409: the round is not open yet. */
export const roundNotOpenYet = () =>
  new HttpError(409, "round_not_open", "This consultation round has not opened yet.");

/** 409: the round's conclusion is published; its record no longer changes. */
export const roundConcluded = () =>
  new HttpError(409, "round_concluded", "This consultation round is concluded.");

/**
 * Where a round stands at `now`. A round whose `closesAt` has passed is closed even before the
 * scheduler has recorded it, so a late comment is refused to the millisecond.
 */
export function roundStateAt(round: RoundRecord, now: Date): RoundState {
  if (round.concludedAt) return "concluded";
  if (round.closedAt) return "closed";
  const t = now.getTime();
  if (t >= Date.parse(round.closesAt)) return "closed";
  return t < Date.parse(round.opensAt) ? "scheduled" : "open";
}

/** When the round closed (or will have closed by itself): null while it is open or scheduled. */
export function closedAtOf(round: RoundRecord, now: Date): string | null {
  if (round.closedAt) return round.closedAt;
  return now.getTime() >= Date.parse(round.closesAt) ? round.closesAt : null;
}

/** The round a comment on a version belongs to; undefined for a comment on the live draft. */
export async function roundOfComment(
  store: Pick<Store, "rounds">,
  comment: Pick<CommentRecord, "versionId">,
): Promise<RoundRecord | undefined> {
  if (!comment.versionId) return undefined;
  const round = await store.rounds.findByVersion(comment.versionId);
  if (!round) throw new Error(`no round consults on version ${comment.versionId}`);
  return round;
}

/**
 * Refuses to add to or change the words of a round's thread unless the round is open: 409
 * `round_closed` once closed (or concluded), `round_not_open` before it opens. Comments on the
 * live draft pass.
 */
export async function requireOpenForWords(
  store: Pick<Store, "rounds">,
  comment: Pick<CommentRecord, "versionId">,
  now: Date,
): Promise<RoundRecord | undefined> {
  const round = await roundOfComment(store, comment);
  if (!round) return undefined;
  requireRoundOpen(round, now);
  return round;
}

/** Refuses unless the round is open now. */
export function requireRoundOpen(round: RoundRecord, now: Date): void {
  const state = roundStateAt(round, now);
  if (state === "scheduled") throw roundNotOpenYet();
  if (state !== "open") throw roundClosed();
}

/**
 * Refuses to answer or decide in a round whose conclusion is published (409 `round_concluded`):
 * drafters answer while it is open and after it closed, never after. Returns the round, if any.
 */
export async function requireNotConcluded(
  store: Pick<Store, "rounds">,
  comment: Pick<CommentRecord, "versionId">,
): Promise<RoundRecord | undefined> {
  const round = await roundOfComment(store, comment);
  if (round?.concludedAt) throw roundConcluded();
  return round;
}

/**
 * Whether a round's record is sealed: its closing is recorded, so every later change to it (an
 * answer, a moderation action) must be sealed again.
 */
export function isSealed(round: RoundRecord | undefined): round is RoundRecord {
  return round?.closedAt != null;
}
