import { z } from "zod";
import { CommentParamsSchema, CommentViewSchema } from "./comments.ts";

/**
 * Comment lists come a page at a time, however many comments a draft or a round gathers: one
 * person's thousands of replies must never make every reader download them all at once.
 */

/** Threads on one page of a list when the client does not say. */
export const THREAD_PAGE_SIZE = 50;
/** The most threads one page may hold. */
export const THREAD_PAGE_MAX = 100;
/** How many of a thread's latest replies come with it in a list; earlier ones are paged. */
export const REPLIES_SHOWN = 5;
/** Earlier replies on one page when the client does not say. */
export const REPLY_PAGE_SIZE = 50;
/** The most replies one page may hold. */
export const REPLY_PAGE_MAX = 100;

const cursor = CommentParamsSchema.shape.commentId;

/** `?after=&limit=` of a thread list: the page after the thread `after` (from `next`). */
export const ThreadPageQuerySchema = z.object({
  after: cursor.optional(),
  limit: z.coerce.number().int().min(1).max(THREAD_PAGE_MAX).default(THREAD_PAGE_SIZE),
});
export type ThreadPageQuery = z.infer<typeof ThreadPageQuerySchema>;

/** `?before=&limit=` of a thread's replies: the replies made before the reply `before`. */
export const ReplyPageQuerySchema = z.object({
  before: cursor.optional(),
  limit: z.coerce.number().int().min(1).max(REPLY_PAGE_MAX).default(REPLY_PAGE_SIZE),
});
export type ReplyPageQuery = z.infer<typeof ReplyPageQuerySchema>;

/**
 * `GET …/comments/:commentId/replies`: a page of the thread's replies, oldest first, ending just
 * before `before` (or with the latest); `earlier` is the `before` of the page before it, null
 * when this page starts with the first reply.
 */
export const ReplyPageSchema = z.object({
  replies: z.array(CommentViewSchema),
  earlier: z.string().nullable(),
});
export type ReplyPage = z.infer<typeof ReplyPageSchema>;

/**
 * The data of `event: comments`: the one comment that was made or changed, as the reader may see
 * it, and its thread's id — a reply, a reworded or hidden comment, a new thread, or a thread's
 * head with its new answer, decision or attachment. `created` is true for a comment just made.
 * Without `comment` (news from an older server) the client refetches.
 */
export const CommentChangeSchema = z.object({
  at: z.string(),
  threadId: z.string().optional(),
  created: z.boolean().optional(),
  comment: CommentViewSchema.optional(),
});
export type CommentChange = z.infer<typeof CommentChangeSchema>;
