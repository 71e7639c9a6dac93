import { z } from "zod";
import { ORGANISATION_KINDS } from "./accounts.ts";
import {
  AuthorshipSchema,
  checkProposedText,
  COMMENT_BODY_MAX,
  COMMENT_KINDS,
  CommentListSchema,
  CommentThreadSchema,
  PersonRefSchema,
  QUOTE_MAX,
} from "./comments.ts";
import { DOCUMENT_FORMS } from "./documents.ts";

/**
 * Consultation rounds and the versions they freeze: the contract between the REST API
 * (`/api/documents/:documentId/rounds…`, `…/versions…`, `/api/rounds/open`) and the client.
 * Round N consults on version N, an immutable snapshot of the live draft taken when the round
 * was opened; drafters keep editing the live draft meanwhile.
 */

/** The time zone a round's dates are shown in when the drafter names none. */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

/** Who may comment in a round besides the document's own reviewers and drafters. */
export const ROUND_AUDIENCES = ["open", "invited"] as const;
export type RoundAudience = (typeof ROUND_AUDIENCES)[number];

/**
 * Where a round stands: `scheduled` before `opensAt`, `open` until `closesAt` (or an earlier
 * close by a drafter), `closed` after, `concluded` once the drafters published the conclusion.
 */
export const ROUND_STATES = ["scheduled", "open", "closed", "concluded"] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** The longest summary of changes, close reason or conclusion. */
export const ROUND_TEXT_MAX = 20_000;
/** The most organisations one round can invite. */
export const ROUND_INVITATIONS_MAX = 200;

const text = (max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, "must not be empty")
    .refine((s) => s.length <= max, `must be at most ${max} characters`);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");
const isoTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date and time" });

/** True when `name` is an IANA time zone this runtime knows ("Asia/Jakarta", "Asia/Makassar"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * `POST /api/documents/:documentId/rounds`: freezes the live draft as the next version and opens
 * a comment window on it. `opensAt` defaults to now (an earlier time counts as now); the server
 * also refuses a `closesAt` that has already passed. Invited organisations must be verified.
 */
export const RoundOpenSchema = z
  .strictObject({
    /** The version's title ("Rancangan Perda Parkir — versi konsultasi 1"). */
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    /** What changed since the previous version, and why. */
    summary: text(ROUND_TEXT_MAX),
    opensAt: isoTime.optional(),
    closesAt: isoTime,
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, "is not an IANA time zone")
      .default(DEFAULT_TIME_ZONE),
    audience: z.enum(ROUND_AUDIENCES),
    organisationIds: z.array(id).max(ROUND_INVITATIONS_MAX).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.opensAt && Date.parse(value.closesAt) <= Date.parse(value.opensAt)) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "must be after opensAt" });
    }
    if (value.audience === "invited" && value.organisationIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationIds"],
        message: "must name at least one organisation when the round is by invitation",
      });
    }
    if (value.audience === "open" && value.organisationIds.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["organisationIds"],
        message: "is only for a round by invitation",
      });
    }
  });
export type RoundOpen = z.input<typeof RoundOpenSchema>;

/** `POST …/rounds/:number/close`: a drafter closes the round before `closesAt`. */
export const RoundCloseSchema = z.strictObject({ reason: text(ROUND_TEXT_MAX) });
export type RoundClose = z.infer<typeof RoundCloseSchema>;

/** `POST …/rounds/:number/conclusion`: what changed and why, once every comment is answered. */
export const RoundConclusionSchema = z.strictObject({ conclusion: text(ROUND_TEXT_MAX) });
export type RoundConclusion = z.infer<typeof RoundConclusionSchema>;

/**
 * Where a comment is made on a round's version: ProseMirror positions in the VERSION's document
 * (fixed for ever) and the passage as the author saw it. 409 `passage_changed` when the text
 * between them does not read as `quote`; 400 `anchor_invalid` when they are not inside text.
 */
export const VersionAnchorSchema = z.strictObject({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  quote: text(QUOTE_MAX),
});
export type VersionAnchor = z.infer<typeof VersionAnchorSchema>;

/** `POST …/rounds/:number/comments`: a comment or suggestion on the round's version. */
export const RoundCommentCreateSchema = z
  .strictObject({
    kind: z.enum(COMMENT_KINDS).default("comment"),
    body: text(COMMENT_BODY_MAX),
    proposedText: z.string().max(COMMENT_BODY_MAX).optional(),
    anchor: VersionAnchorSchema,
  })
  .superRefine((value, ctx) => {
    if (value.anchor.from >= value.anchor.to) {
      ctx.addIssue({ code: "custom", path: ["anchor", "to"], message: "must be after from" });
    }
    checkProposedText(value, ctx);
  });
export type RoundCommentCreate = z.input<typeof RoundCommentCreateSchema>;

/** Route params naming a round (or version) by its number. */
export const RoundParamsSchema = z.object({
  documentId: id,
  number: z.coerce.number().int().min(1).max(1_000_000),
});

/** A frozen version of a draft, without its text. */
export const VersionViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  number: z.number().int(),
  title: z.string(),
  /** The summary of changes since the previous version. */
  summary: z.string(),
  /** Who froze it, as they were then. */
  author: AuthorshipSchema,
  createdAt: z.string(),
  form: z.enum(DOCUMENT_FORMS),
});
export type VersionView = z.infer<typeof VersionViewSchema>;

/**
 * A version's text: `content` is the ProseMirror JSON of the draft as frozen (without the live
 * draft's comment anchors); `text` is its plain text with blocks joined by "\n", the text that
 * comment offsets count characters in.
 */
export const VersionContentSchema = z.object({
  content: z.record(z.string(), z.unknown()),
  text: z.string(),
});
export type VersionContent = z.infer<typeof VersionContentSchema>;

/** `GET …/versions/:number`. */
export const VersionDetailSchema = VersionViewSchema.extend(VersionContentSchema.shape);
export type VersionDetail = z.infer<typeof VersionDetailSchema>;

/** `GET …/versions`: oldest first. */
export const VersionListSchema = z.object({ versions: z.array(VersionViewSchema) });
export type VersionList = z.infer<typeof VersionListSchema>;

/** `POST …/versions/:number/restore`: the live draft reads as that version again. */
export const VersionRestoredSchema = z.object({
  version: z.number().int(),
  /** False when the live draft already read as the version (nothing was written). */
  changed: z.boolean(),
});
export type VersionRestored = z.infer<typeof VersionRestoredSchema>;

/** `GET …/diff?from=<n>&to=<n|live>`: two versions (or a version and the live draft) compared. */
export const VersionDiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal("live"), z.coerce.number().int().min(1)]),
});

/** One piece of a word-level diff (`shared/diff/types.ts`, field by field). */
export const DiffPieceSchema = z.object({
  op: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
  textBefore: z.string().optional(),
});
/** One block of a diff: its status, structure, labels and pieces. */
export const DraftDiffEntrySchema = z.object({
  status: z.enum(["unchanged", "changed", "added", "removed", "moved"]),
  kind: z.string(),
  depth: z.number().int(),
  path: z.array(z.string()),
  id: z.string().nullable(),
  labelBefore: z.string().nullable(),
  labelAfter: z.string().nullable(),
  markerBefore: z.string().nullable(),
  markerAfter: z.string().nullable(),
  renumbered: z.boolean(),
  locatorBefore: z.string().nullable(),
  locatorAfter: z.string().nullable(),
  pieces: z.array(DiffPieceSchema),
});
/** What `diffStats` counts. */
export const DraftDiffStatsSchema = z.object({
  unchanged: z.number(),
  changed: z.number(),
  added: z.number(),
  removed: z.number(),
  moved: z.number(),
  renumbered: z.number(),
  wordsInserted: z.number(),
  wordsDeleted: z.number(),
});
/** `GET …/diff?from=<n>&to=<n|live>`: the two versions and their diff. */
export const VersionDiffSchema = z.object({
  from: z.number().int(),
  to: z.union([z.literal("live"), z.number().int()]),
  entries: z.array(DraftDiffEntrySchema),
  stats: DraftDiffStatsSchema,
});
export type VersionDiff = z.infer<typeof VersionDiffSchema>;

/** A consultation round as the API returns it. */
export const RoundViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Round N consults on version N. */
  number: z.number().int(),
  version: VersionViewSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  /** The IANA time zone its dates are shown in. */
  timeZone: z.string(),
  audience: z.enum(ROUND_AUDIENCES),
  /** The invited organisations (empty when open to every verified organisation). */
  organisations: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) }),
  ),
  state: z.enum(ROUND_STATES),
  /** When it closed: `closesAt` when it closed by itself, earlier when a drafter closed it. */
  closedAt: z.string().nullable(),
  /** The drafter who closed it early; null when it closed automatically (or is not closed). */
  closedBy: PersonRefSchema.nullable(),
  closeReason: z.string().nullable(),
  concludedAt: z.string().nullable(),
  conclusion: z.string().nullable(),
  concludedBy: PersonRefSchema.nullable(),
  /**
   * Top-level comments of the round: `answered` have an official answer, `unanswered` are
   * visible without one (shown as unanswered), `hidden` were hidden by a moderator before
   * anyone answered them (they need no answer, and do not count as answered).
   */
  counts: z.object({
    comments: z.number().int(),
    answered: z.number().int(),
    unanswered: z.number().int(),
    hidden: z.number().int(),
  }),
  /** What the caller may do in this round now. */
  myAccess: z.object({ canComment: z.boolean() }),
});
export type RoundView = z.infer<typeof RoundViewSchema>;

/** `GET …/rounds/:number`: the round and its version's text. */
export const RoundDetailSchema = RoundViewSchema.extend({ content: VersionContentSchema });
export type RoundDetail = z.infer<typeof RoundDetailSchema>;

/** `GET …/rounds`: the rounds the caller may read, oldest first. */
export const RoundListSchema = z.object({ rounds: z.array(RoundViewSchema) });
export type RoundList = z.infer<typeof RoundListSchema>;

/** `GET /api/rounds/open`: rounds the caller may comment in now, across documents. */
export const OpenRoundListSchema = z.object({
  rounds: z.array(RoundViewSchema.extend({ documentTitle: z.string() })),
});
export type OpenRoundList = z.infer<typeof OpenRoundListSchema>;

/**
 * `POST …/rounds/:number/comments` answers with the new thread and whether its passage could
 * also be marked on the live draft (false when the live text changed since the version was
 * frozen; the comment stays exact on its version).
 */
export const RoundCommentCreatedSchema = CommentThreadSchema.extend({ onDraft: z.boolean() });
export type RoundCommentCreated = z.infer<typeof RoundCommentCreatedSchema>;

/**
 * `GET …/rounds/:number/comments`: the round's threads (the `CommentList` shape) and, for those
 * who may read the live draft, the ids of comments that could not be marked on it.
 */
export const RoundCommentListSchema = CommentListSchema.extend({
  notOnDraft: z.array(z.string()),
});
export type RoundCommentList = z.infer<typeof RoundCommentListSchema>;

/**
 * Server-sent events: `event: rounds` with `{ "at": <ISO time> }` whenever a round of the
 * document opened, closed or was concluded, or a version was restored.
 */
export const ROUND_EVENT = "rounds";
