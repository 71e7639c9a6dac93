import { z } from "zod";
import { ORGANISATION_KINDS } from "./accounts.ts";

/**
 * Comments on passages of a draft, their replies, suggested changes, official answers and
 * moderation: the contract between the REST API (`/api/documents/:documentId/comments…`) and
 * the client. A comment is a record in the store, never content inside the Y.Doc; only its
 * anchor (a `comment` mark carrying the comment's id) lives in the text, applied by the server.
 */

/** The longest comment body, reply, explanation or proposed text. */
export const COMMENT_BODY_MAX = 10_000;
/** The longest quoted passage a comment can be made on. */
export const QUOTE_MAX = 20_000;
/** The largest position paper (PDF) a top-level comment may carry. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** How many position papers one comment may carry. */
export const ATTACHMENTS_PER_COMMENT = 5;

/** A plain comment, or one that proposes replacement text for its passage. */
export const COMMENT_KINDS = ["comment", "suggestion"] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** The government's official disposition of a top-level comment. */
export const DISPOSITIONS = ["accepted", "partly_accepted", "not_accepted", "noted"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Why an administrator hid a comment; `personal_data` also erases its text. */
export const MODERATION_REASONS = ["abuse", "personal_data", "spam", "off_topic"] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

/** What became of a suggested change. */
export const SUGGESTION_STATES = ["open", "accepted", "declined"] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

const body = z
  .string()
  .refine((s) => s.trim().length > 0, "must not be empty")
  .refine((s) => s.length <= COMMENT_BODY_MAX, `must be at most ${COMMENT_BODY_MAX} characters`);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");
/** A Yjs relative position (`Y.encodeRelativePosition`), base64. */
const relativePosition = z
  .string()
  .min(4)
  .max(512)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "must be base64");

/**
 * Where a new comment is made on the live draft: the two ends of the selection as Yjs relative
 * positions (they stay valid while others keep typing) and the passage as the author saw it.
 * The server refuses the anchor (409 `passage_changed`) when the passage between the two ends no
 * longer reads as `quote`, and (400 `anchor_invalid`) when the ends are not in the document.
 */
export const PassageAnchorSchema = z.strictObject({
  start: relativePosition,
  end: relativePosition,
  quote: z
    .string()
    .refine((s) => s.trim().length > 0, "must not be empty")
    .refine((s) => s.length <= QUOTE_MAX, `must be at most ${QUOTE_MAX} characters`),
});
export type PassageAnchor = z.infer<typeof PassageAnchorSchema>;

/** A suggestion must propose text; a plain comment must not. Shared by every comment-creating body. */
export function checkProposedText(
  value: { kind: CommentKind; proposedText?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.kind === "suggestion" && value.proposedText === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["proposedText"],
      message: "is required for a suggestion",
    });
  }
  if (value.kind === "comment" && value.proposedText !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["proposedText"],
      message: "only a suggestion proposes text",
    });
  }
}

/** `POST /api/documents/:documentId/comments`: a new top-level comment or suggestion. */
export const CommentCreateSchema = z
  .strictObject({
    kind: z.enum(COMMENT_KINDS).default("comment"),
    body,
    anchor: PassageAnchorSchema,
    /** The replacement text; required for a suggestion, refused on a comment. */
    proposedText: z.string().max(COMMENT_BODY_MAX).optional(),
  })
  .superRefine(checkProposedText);
export type CommentCreate = z.input<typeof CommentCreateSchema>;

/** `POST /api/documents/:documentId/comments/:commentId/replies`. */
export const ReplyCreateSchema = z.strictObject({ body });
export type ReplyCreate = z.infer<typeof ReplyCreateSchema>;

/** `PATCH /api/documents/:documentId/comments/:commentId`: the author rewords their comment. */
export const CommentEditSchema = z.strictObject({
  body,
  proposedText: z.string().max(COMMENT_BODY_MAX).optional(),
});
export type CommentEdit = z.infer<typeof CommentEditSchema>;

/** `PUT /api/documents/:documentId/comments/:commentId/answer`: the official answer. */
export const AnswerSchema = z
  .strictObject({
    disposition: z.enum(DISPOSITIONS),
    explanation: z.string().max(COMMENT_BODY_MAX).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.disposition !== "accepted" && value.explanation.trim().length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["explanation"],
        message: "is required unless the comment is accepted",
      });
    }
  });
export type AnswerInput = z.input<typeof AnswerSchema>;

/** `POST /api/documents/:documentId/comments/:commentId/decline`: a suggestion declined. */
export const SuggestionDeclineSchema = z.strictObject({ reason: body });
export type SuggestionDecline = z.infer<typeof SuggestionDeclineSchema>;

/** `POST /api/documents/:documentId/comments/:commentId/moderation`: an administrator hides it. */
export const ModerationSchema = z.strictObject({
  reason: z.enum(MODERATION_REASONS),
  note: z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters"),
});
export type ModerationInput = z.infer<typeof ModerationSchema>;

/** Route params naming one comment. */
export const CommentParamsSchema = z.object({ documentId: id, commentId: id });

/** A person as shown on a comment, answer or moderation entry. */
export const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

/**
 * Who wrote something, as they were when they wrote it: later changes to their profile or
 * organisation do not rewrite the record (conflicts of interest must stay visible as declared).
 */
export const AuthorshipSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The organisation they spoke for; null for an individual. */
  organisation: z
    .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })
    .nullable(),
  /** Their declaration of interests at the time ("" when none was declared). */
  interests: z.string(),
});
export type Authorship = z.infer<typeof AuthorshipSchema>;

/** Where a comment was made: the live draft, or a frozen version of a consultation round. */
export const CommentContextSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("draft") }),
  z.object({ kind: z.literal("version"), versionId: z.string() }),
]);
export type CommentContext = z.infer<typeof CommentContextSchema>;

/** The official answer to a top-level comment. */
export const AnswerViewSchema = z.object({
  disposition: z.enum(DISPOSITIONS),
  explanation: z.string(),
  author: AuthorshipSchema,
  createdAt: z.string(),
  /** Set when the answer was reworded; earlier wordings are kept. */
  editedAt: z.string().nullable(),
});
export type AnswerView = z.infer<typeof AnswerViewSchema>;

/** A hidden comment's tombstone: who hid it, when and why. */
export const ModerationViewSchema = z.object({
  reason: z.enum(MODERATION_REASONS),
  note: z.string(),
  moderator: PersonRefSchema,
  at: z.string(),
});
export type ModerationView = z.infer<typeof ModerationViewSchema>;

/** A position paper attached to a top-level comment. */
export const AttachmentViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int(),
  /** `GET` this to download it. */
  url: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentViewSchema>;

/** What became of a suggestion, once a drafter decided. */
export const SuggestionResolutionSchema = z.object({
  state: z.enum(["accepted", "declined"]),
  by: PersonRefSchema,
  at: z.string(),
  /** Why it was declined; "" for an accepted one. */
  reason: z.string(),
});

/**
 * A comment's words and what became of them, the same wherever a comment is shown (to people
 * with a role, and in the public record).
 */
export const COMMENT_OUTCOME_FIELDS = {
  /** Null when hidden (for everyone but administrators) or erased as personal data. */
  body: z.string().nullable(),
  proposedText: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  status: z.enum(["visible", "hidden", "erased"]),
  moderation: ModerationViewSchema.nullable(),
  answer: AnswerViewSchema.nullable(),
  suggestion: SuggestionResolutionSchema.nullable(),
};

/** One comment or reply as the API returns it. */
export const CommentViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  context: CommentContextSchema,
  /** The top-level comment this replies to; null for a top-level comment. */
  parentId: z.string().nullable(),
  kind: z.enum(COMMENT_KINDS),
  author: AuthorshipSchema,
  /** The passage as it read when the comment was made; null on replies. */
  quote: z.string().nullable(),
  /**
   * The passage's place in its context when the comment was made, as character offsets into the
   * context's plain text (blocks joined by "\n"); null on replies.
   */
  offsets: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  /**
   * The passage's human locator when the comment was made ("BAB II, Pasal 12 ayat (2)"), for a
   * structured regulation; null for free drafts and replies. The live locator follows renumbering
   * and is computed by whoever shows the passage.
   */
  locator: z.string().nullable(),
  ...COMMENT_OUTCOME_FIELDS,
  attachments: z.array(AttachmentViewSchema),
});
export type CommentView = z.infer<typeof CommentViewSchema>;

/**
 * A top-level comment with its latest replies (at most `REPLIES_SHOWN` in a list), oldest first;
 * `replyCount` says how many there are in all, so earlier ones can be asked for page by page.
 */
export const CommentThreadSchema = CommentViewSchema.extend({
  replies: z.array(CommentViewSchema),
  replyCount: z.number().int(),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/**
 * `GET /api/documents/:documentId/comments`: one page of threads in the order they were made;
 * `next` asks for the page after it (null on the last), `total` counts every thread in all.
 */
export const CommentListSchema = z.object({
  threads: z.array(CommentThreadSchema),
  next: z.string().nullable(),
  total: z.number().int(),
});
export type CommentList = z.infer<typeof CommentListSchema>;

/** An earlier wording of a comment or answer (`GET …/comments/:commentId/revisions`). */
export const RevisionSchema = z.object({
  body: z.string().nullable(),
  proposedText: z.string().nullable(),
  /** For answers: the disposition that wording carried. */
  disposition: z.enum(DISPOSITIONS).nullable(),
  writtenAt: z.string(),
});
export const RevisionListSchema = z.object({
  comment: z.array(RevisionSchema),
  answer: z.array(RevisionSchema),
});
export type RevisionList = z.infer<typeof RevisionListSchema>;

/** One moderation action (`GET /api/documents/:documentId/moderation-log`); it will be public. */
export const ModerationLogEntrySchema = z.object({
  id: z.string(),
  commentId: z.string(),
  action: z.enum(["hide", "erase"]),
  reason: z.enum(MODERATION_REASONS),
  note: z.string(),
  moderator: PersonRefSchema,
  /** Who wrote the comment and when, so the entry stands on its own. */
  commentAuthor: PersonRefSchema,
  commentCreatedAt: z.string(),
  at: z.string(),
});
export type ModerationLogEntry = z.infer<typeof ModerationLogEntrySchema>;
export const ModerationLogSchema = z.object({ entries: z.array(ModerationLogEntrySchema) });

/**
 * 409 `suggestion_conflict`: the passage changed since the suggestion was made, so accepting it
 * would overwrite someone's edit. Sent next to `error` so the drafter can see both.
 */
export const SuggestionConflictSchema = z.object({
  error: z.object({ id: z.literal("suggestion_conflict"), message: z.string() }),
  /** The passage as it reads now; null when it was removed. */
  current: z.string().nullable(),
  quote: z.string(),
  proposedText: z.string(),
});
export type SuggestionConflict = z.infer<typeof SuggestionConflictSchema>;

/**
 * Server-sent events on `GET /api/documents/:documentId/events`: `event: comments` whenever a
 * thread of the document changed, carrying that change alone (`CommentChangeSchema`), never the
 * list. A client applies it to the threads it holds and refetches on every reconnection, so it
 * is consistent after one.
 */
export const COMMENT_EVENT = "comments";
