import { z } from "zod";
import { ORGANISATION_KINDS } from "./accounts.ts";
import {
  AuthorshipSchema,
  COMMENT_OUTCOME_FIELDS,
  COMMENT_KINDS,
  DISPOSITIONS,
  ModerationLogEntrySchema,
  PersonRefSchema,
} from "./comments.ts";
import { DOCUMENT_FORMS } from "./documents.ts";
import { ROUND_AUDIENCES } from "./rounds.ts";

/**
 * The public record of a consultation: the open-data contract of
 * `GET /api/public/consultations/:documentId/record`, published as JSON Schema in
 * `shared/schemas/public-record.schema.json`. Only published rounds appear in it; the live
 * draft, comments on it and unpublished rounds never do.
 *
 * Each round's `record` is the part that is sealed: a seal is the SHA-256 of the RFC 8785
 * canonical JSON of `{ documentId, round: record, seal: { seq, stage, at, previousSeal } }`
 * (see `shared/record/seal.ts` and the README).
 */

/**
 * The version of this format; a change that alters what is sealed needs a new one. Version 2
 * seals the document's title, form and government body in each round (`record.document`) and an
 * answer's earlier wordings (`answerRevisions`).
 */
export const PUBLIC_RECORD_FORMAT_VERSION = 2;

/** When a round's record was sealed: on closing, on each later answer, on conclusion, on moderation. */
export const SEAL_STAGES = ["closed", "answered", "concluded", "moderated"] as const;
export type SealStage = (typeof SEAL_STAGES)[number];

/** A lower-case hex SHA-256. */
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "must be a lower-case hex SHA-256");

/** A ProseMirror node as JSON (`node.toJSON()`); kept whole, whatever attributes it carries. */
export interface ProseMirrorJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
  [key: string]: unknown;
}
export const ProseMirrorJsonSchema: z.ZodType<ProseMirrorJson> = z
  .looseObject({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    get content() {
      return z.array(ProseMirrorJsonSchema).optional();
    },
    marks: z
      .array(
        z.looseObject({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
    text: z.string().optional(),
  })
  .meta({ id: "ProseMirrorNode", description: "A ProseMirror node as JSON (node.toJSON())" });

/** The frozen version a round consulted on, as text and as ProseMirror JSON. */
export const PublicVersionSchema = z.object({
  number: z.number().int().min(1),
  title: z.string(),
  summary: z.string(),
  author: PersonRefSchema,
  createdAt: z.string(),
  /** The plain text: `doc.textBetween(0, doc.content.size, "\n")`; anchors are offsets into it. */
  text: z.string(),
  content: ProseMirrorJsonSchema,
});
export type PublicVersion = z.infer<typeof PublicVersionSchema>;

/** Where a comment was made: `version.text.slice(from, to) === quote` (UTF-16 offsets). */
export const PublicAnchorSchema = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  quote: z.string(),
});
export type PublicAnchor = z.infer<typeof PublicAnchorSchema>;

/** A position paper: its bytes hash to `sha256`, so a download can be checked against the seal. */
export const PublicAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int().min(0),
  sha256: sha256Hex,
  url: z.string(),
});
export type PublicAttachment = z.infer<typeof PublicAttachmentSchema>;

/** An earlier wording of an official answer: what was once answered stays on the record. */
export const PublicAnswerRevisionSchema = z.object({
  disposition: z.enum(DISPOSITIONS),
  explanation: z.string(),
  author: PersonRefSchema,
  writtenAt: z.string(),
});
export type PublicAnswerRevision = z.infer<typeof PublicAnswerRevisionSchema>;

/** A comment or reply of a round, as the public sees it (hidden or erased: `body` null). */
export const PublicCommentSchema = z.object({
  id: z.string(),
  /** The top-level comment this replies to; null for a top-level comment. */
  parentId: z.string().nullable(),
  kind: z.enum(COMMENT_KINDS),
  author: AuthorshipSchema,
  /** Null on replies. */
  anchor: PublicAnchorSchema.nullable(),
  /** "BAB II, Pasal 5 ayat (1)" in a structured regulation; null otherwise. */
  locator: z.string().nullable(),
  ...COMMENT_OUTCOME_FIELDS,
  /** Earlier wordings of `answer`, oldest first (empty when it was never reworded). */
  answerRevisions: z.array(PublicAnswerRevisionSchema),
  attachments: z.array(PublicAttachmentSchema),
});
export type PublicComment = z.infer<typeof PublicCommentSchema>;

/** The consultation as its records publish it: sealed in every round, shown at the top. */
export const PublicDocumentSchema = z.object({
  title: z.string(),
  form: z.enum(DOCUMENT_FORMS),
  /** The government body whose draft it is: who the first round's version was frozen for. */
  governmentBody: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type PublicDocument = z.infer<typeof PublicDocumentSchema>;

/** The sealed record of one published round. */
export const RoundRecordSchema = z.object({
  number: z.number().int().min(1),
  /** The document it consulted on, so that its title and government body are sealed too. */
  document: PublicDocumentSchema,
  title: z.string(),
  summary: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  /** IANA time zone the dates are shown in ("Asia/Jakarta"). */
  timeZone: z.string(),
  /** "open": every verified organisation could comment; "invited": those in `organisations`. */
  audience: z.enum(ROUND_AUDIENCES),
  /** The organisations invited (empty for an open round). */
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  closedAt: z.string().nullable(),
  /** Who closed it; null when it closed by itself at `closesAt`. */
  closedBy: PersonRefSchema.nullable(),
  closeReason: z.string().nullable(),
  concludedAt: z.string().nullable(),
  conclusion: z.string().nullable(),
  version: PublicVersionSchema,
  /** Top-level comments and replies, flat, in the order they were made. */
  comments: z.array(PublicCommentSchema),
  /** Moderation of this round's comments, oldest first. */
  moderation: z.array(ModerationLogEntrySchema),
});
export type RoundRecord = z.infer<typeof RoundRecordSchema>;

/** One link of a document's chain of seals. */
export const SealSchema = z.object({
  /** 1-based, over the whole document (every round). */
  seq: z.number().int().min(1),
  stage: z.enum(SEAL_STAGES),
  at: z.string(),
  /** The hash of the seal with `seq - 1`, in whichever round; null for the first. */
  previousSeal: sha256Hex.nullable(),
  hash: sha256Hex,
});
export type Seal = z.infer<typeof SealSchema>;

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, z.number().int().min(0)])) as {
      [K in T[number]]: z.ZodNumber;
    },
  );
const shares = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, z.number().min(0).max(1).nullable()])) as {
      [K in T[number]]: z.ZodNullable<z.ZodNumber>;
    },
  );

/** How a round (or the whole consultation) went; computed, not sealed. */
export const StatisticsSchema = z.object({
  /** Top-level comments, hidden ones included. */
  comments: z.number().int().min(0),
  replies: z.number().int().min(0),
  /** Top-level comments by the kind of organisation their author spoke for ("individual": none). */
  commentsByOrganisationKind: counts(ORGANISATION_KINDS),
  /** Top-level comments with an official answer. */
  answered: z.number().int().min(0),
  /**
   * `answered` over the comments that call for an answer (answered, or visible and unanswered; a
   * comment hidden before anyone answered it needs none); null when there are none.
   */
  responseRate: z.number().min(0).max(1).nullable(),
  dispositions: counts(DISPOSITIONS),
  /** Each disposition's share of the answered comments; null when none was answered. */
  dispositionShares: shares(DISPOSITIONS),
  /** Suggested changes a drafter applied to the text. */
  suggestionsAccepted: z.number().int().min(0),
  /** Median hours from a comment to its answer; null when none was answered. */
  medianHoursToAnswer: z.number().min(0).nullable(),
  /** Days between opening and closing (or now, while open); summed over rounds for a document. */
  daysOpen: z.number().min(0),
});
export type Statistics = z.infer<typeof StatisticsSchema>;

/** One published round: the sealed record, its seals (oldest first) and its statistics. */
export const PublicRoundSchema = z.object({
  record: RoundRecordSchema,
  seals: z.array(SealSchema),
  statistics: StatisticsSchema,
});
export type PublicRound = z.infer<typeof PublicRoundSchema>;

/** `GET /api/public/consultations/:documentId/record`. */
export const PublicRecordSchema = z.object({
  formatVersion: z.literal(PUBLIC_RECORD_FORMAT_VERSION),
  generatedAt: z.string(),
  /** The first round's sealed `record.document`, with the document's id. */
  document: PublicDocumentSchema.extend({ id: z.string() }),
  /** Published rounds, by number. */
  rounds: z.array(PublicRoundSchema),
  statistics: StatisticsSchema,
});
export type PublicRecord = z.infer<typeof PublicRecordSchema>;

/** Where a consultation stands, for the public list and its filter. */
export const CONSULTATION_STATUSES = ["open", "closed", "concluded"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** One entry of `GET /api/public/consultations`. */
export const ConsultationSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  governmentBody: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The latest published round's: open, closed (awaiting conclusion) or concluded. */
  status: z.enum(CONSULTATION_STATUSES),
  /** The year the first published round opened. */
  year: z.number().int(),
  rounds: z.number().int().min(1),
  lastActivityAt: z.string(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummarySchema>;

/** `GET /api/public/consultations`. */
export const ConsultationListSchema = z.object({
  consultations: z.array(ConsultationSummarySchema),
});
export type ConsultationList = z.infer<typeof ConsultationListSchema>;

/** Query of `GET /api/public/consultations`: words in the title, government body, status, year. */
export const ConsultationQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  body: z.string().max(64).optional(),
  status: z.enum(CONSULTATION_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(9999).optional(),
});
export type ConsultationQuery = z.infer<typeof ConsultationQuerySchema>;
