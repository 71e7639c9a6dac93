import { z } from "zod";
import {
  type OpenRoundList,
  OpenRoundListSchema,
  type RoundCommentCreate,
  RoundCommentCreatedSchema,
  type RoundCommentList,
  RoundCommentListSchema,
  type RoundDetail,
  RoundDetailSchema,
  RoundListSchema,
  type RoundOpen,
  type RoundView,
  RoundViewSchema,
  type VersionDetail,
  type VersionDiff,
  VersionDiffSchema,
  VersionDetailSchema,
  VersionListSchema,
  type VersionRestored,
  VersionRestoredSchema,
  type VersionView,
} from "../../../shared/schemas/index.ts";
import { ApiRequestError, requestJson, segment } from "./client.ts";
import { afterQuery } from "./comments.ts";

const documentPath = (documentId: string) => `/api/documents/${segment(documentId)}`;
const roundPath = (documentId: string, number: number) =>
  `${documentPath(documentId)}/rounds/${number}`;

/** The rounds of a draft the caller may read, oldest first. */
export async function listRounds(documentId: string, signal?: AbortSignal): Promise<RoundView[]> {
  return (await requestJson(`${documentPath(documentId)}/rounds`, RoundListSchema, { signal }))
    .rounds;
}

/** One round with its version's frozen text. */
export function getRound(
  documentId: string,
  number: number,
  signal?: AbortSignal,
): Promise<RoundDetail> {
  return requestJson(roundPath(documentId, number), RoundDetailSchema, { signal });
}

/**
 * Freezes the live draft as the next version and opens a round on it (drafters); 409
 * `previous_round_open` while the previous round is not concluded.
 */
export function openRound(documentId: string, input: RoundOpen): Promise<RoundView> {
  return requestJson(`${documentPath(documentId)}/rounds`, RoundViewSchema, {
    method: "POST",
    body: input,
  });
}

/** Closes a round before its closing time, with the reason everyone will read. */
export function closeRound(documentId: string, number: number, reason: string) {
  return requestJson(`${roundPath(documentId, number)}/close`, RoundViewSchema, {
    method: "POST",
    body: { reason },
  });
}

/** Publishes a closed round's conclusion; 409 `unanswered_comments` while any is unanswered. */
export function concludeRound(documentId: string, number: number, conclusion: string) {
  return requestJson(`${roundPath(documentId, number)}/conclusion`, RoundViewSchema, {
    method: "POST",
    body: { conclusion },
  });
}

/** A page of one round's threads (comments on its version): the first, or the one after `after`. */
export function listRoundComments(
  documentId: string,
  number: number,
  after: string | null,
  signal?: AbortSignal,
): Promise<RoundCommentList> {
  const path = `${roundPath(documentId, number)}/comments${afterQuery(after)}`;
  return requestJson(path, RoundCommentListSchema, { signal });
}

/**
 * Comments on a passage of the round's version (positions in the version's text); 409
 * `round_closed` once the round closed. Resolves with the new comment's id.
 */
export async function createRoundComment(
  documentId: string,
  number: number,
  input: RoundCommentCreate,
): Promise<string> {
  const created = await requestJson(
    `${roundPath(documentId, number)}/comments`,
    RoundCommentCreatedSchema,
    { method: "POST", body: input },
  );
  return created.id;
}

/** The versions of a draft the caller may read, oldest first. */
export async function listVersions(
  documentId: string,
  signal?: AbortSignal,
): Promise<VersionView[]> {
  return (await requestJson(`${documentPath(documentId)}/versions`, VersionListSchema, { signal }))
    .versions;
}

/** One version with its text. */
export function getVersion(
  documentId: string,
  number: number,
  signal?: AbortSignal,
): Promise<VersionDetail> {
  return requestJson(`${documentPath(documentId)}/versions/${number}`, VersionDetailSchema, {
    signal,
  });
}

/** Makes the live draft read as this version again, as one new edit (drafters). */
export function restoreVersion(documentId: string, number: number): Promise<VersionRestored> {
  return requestJson(
    `${documentPath(documentId)}/versions/${number}/restore`,
    VersionRestoredSchema,
    {
      method: "POST",
    },
  );
}

/** Rounds open now in which the caller may comment, on every draft. */
export async function listOpenRounds(signal?: AbortSignal): Promise<OpenRoundList["rounds"]> {
  return (await requestJson("/api/rounds/open", OpenRoundListSchema, { signal })).rounds;
}

/** Compares version `from` with version `to`, or with the live draft (editors only). */
export function getDiff(
  documentId: string,
  from: number,
  to: number | "live",
  signal?: AbortSignal,
): Promise<VersionDiff> {
  return requestJson(`${documentPath(documentId)}/diff?from=${from}&to=${to}`, VersionDiffSchema, {
    signal,
  });
}

/** How many comments are unanswered, when concluding failed with 409 `unanswered_comments`. */
export function unansweredCountOf(error: unknown): number | null {
  if (!(error instanceof ApiRequestError) || error.id !== "unanswered_comments") return null;
  const parsed = z.object({ unanswered: z.number().int() }).safeParse(error.body);
  return parsed.success ? parsed.data.unanswered : null;
}
