import {
  DISPOSITIONS,
  ORGANISATION_KINDS,
  type PublicComment,
  type RoundRecord,
  type Statistics,
} from "../../../shared/schemas/index.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Rounds a ratio to four decimals and a duration to one, so the figures read as figures. */
const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
const tenth = (x: number) => Math.round(x * 10) / 10;

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Days a round was open for comment: from `opensAt` to when it closed (or `closesAt` once that
 * passed, or `now` while it is open). Never negative.
 */
export function daysOpen(round: Pick<RoundRecord, "opensAt" | "closesAt" | "closedAt">, now: Date) {
  const end = round.closedAt
    ? Date.parse(round.closedAt)
    : Math.min(now.getTime(), Date.parse(round.closesAt));
  return tenth(Math.max(0, end - Date.parse(round.opensAt)) / DAY_MS);
}

/**
 * How a consultation went, from its comments: how many, from which kinds of organisation, how
 * many got an answer and which, how fast, and how many suggested changes reached the text.
 */
export function commentStatistics(comments: PublicComment[], days: number): Statistics {
  const topLevel = comments.filter((c) => c.parentId === null);
  const byKind = Object.fromEntries(
    ORGANISATION_KINDS.map((k) => [k, 0]),
  ) as Statistics["commentsByOrganisationKind"];
  const dispositions = Object.fromEntries(
    DISPOSITIONS.map((d) => [d, 0]),
  ) as Statistics["dispositions"];
  const hoursToAnswer: number[] = [];
  let answered = 0;
  let awaiting = 0;
  for (const c of topLevel) {
    byKind[c.author.organisation?.kind ?? "individual"] += 1;
    if (c.answer) {
      answered += 1;
      dispositions[c.answer.disposition] += 1;
      hoursToAnswer.push((Date.parse(c.answer.createdAt) - Date.parse(c.createdAt)) / HOUR_MS);
    } else if (c.status === "visible") {
      awaiting += 1;
    }
  }
  const medianHours = median(hoursToAnswer);
  return {
    comments: topLevel.length,
    replies: comments.length - topLevel.length,
    commentsByOrganisationKind: byKind,
    answered,
    responseRate: ratio(answered, answered + awaiting),
    dispositions,
    dispositionShares: Object.fromEntries(
      DISPOSITIONS.map((d) => [d, ratio(dispositions[d], answered)]),
    ) as Statistics["dispositionShares"],
    suggestionsAccepted: topLevel.filter((c) => c.suggestion?.state === "accepted").length,
    medianHoursToAnswer: medianHours === null ? null : tenth(Math.max(0, medianHours)),
    daysOpen: days,
  };
}

/** The statistics of one round. */
export function roundStatistics(round: RoundRecord, now: Date): Statistics {
  return commentStatistics(round.comments, daysOpen(round, now));
}

/** The statistics of a whole consultation: every published round's comments; days summed. */
export function consultationStatistics(rounds: RoundRecord[], now: Date): Statistics {
  const days = tenth(rounds.reduce((sum, r) => sum + daysOpen(r, now), 0));
  return commentStatistics(
    rounds.flatMap((r) => r.comments),
    days,
  );
}
