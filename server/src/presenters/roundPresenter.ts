import type {
  RoundView,
  VersionContent,
  VersionDetail,
  VersionView,
} from "../../../shared/schemas/index.ts";
import { closedAtOf, roundStateAt } from "../rounds/roundRules.ts";
import type { RoundRecords } from "../rounds/roundRecords.ts";
import type { VersionRecord, VersionText } from "../store/index.ts";

/** A version without its text. */
export function presentVersion(v: VersionRecord): VersionView {
  return {
    id: v.id,
    documentId: v.documentId,
    number: v.number,
    title: v.title,
    summary: v.summary,
    author: v.author,
    createdAt: v.createdAt,
    form: v.form,
  };
}

/** A version's text (never its Y.Doc state, which holds the live draft's history). */
export function presentVersionContent(text: VersionText): VersionContent {
  return { content: text.content as Record<string, unknown>, text: text.text };
}

/** A version with its text. */
export function presentVersionDetail(v: VersionRecord, text: VersionText): VersionDetail {
  return { ...presentVersion(v), ...presentVersionContent(text) };
}

/**
 * A round as the caller sees it at `now`: a round past its `closesAt` shows as closed (at
 * `closesAt`, automatically) even before the scheduler recorded it.
 */
export function presentRound(
  records: RoundRecords,
  viewer: { canComment: boolean },
  now: Date,
): RoundView {
  const { round, version, organisations, counts } = records;
  return {
    id: round.id,
    documentId: round.documentId,
    number: round.number,
    version: presentVersion(version),
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    timeZone: round.timeZone,
    audience: round.audience,
    organisations,
    state: roundStateAt(round, now),
    closedAt: closedAtOf(round, now),
    closedBy: round.closedBy,
    closeReason: round.closeReason,
    concludedAt: round.concludedAt,
    conclusion: round.conclusion,
    concludedBy: round.concludedBy,
    counts,
    myAccess: { canComment: viewer.canComment },
  };
}
