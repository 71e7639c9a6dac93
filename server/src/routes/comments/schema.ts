import { z } from "zod";
import {
  CommentParamsSchema,
  ReplyPageQuerySchema,
  ThreadPageQuerySchema,
} from "../../../../shared/schemas/index.ts";

export {
  AnswerSchema as AnswerBody,
  CommentCreateSchema as CommentCreateBody,
  CommentEditSchema as CommentEditBody,
  ModerationSchema as ModerationBody,
  ReplyCreateSchema as ReplyCreateBody,
  SuggestionDeclineSchema as SuggestionDeclineBody,
} from "../../../../shared/schemas/index.ts";

/** `/api/documents/:documentId/comments/:commentId` params. */
export const CommentParams = CommentParamsSchema;

/** `/api/documents/:documentId/attachments/:attachmentId` params. */
export const AttachmentParams = z.object({
  documentId: CommentParamsSchema.shape.documentId,
  attachmentId: CommentParamsSchema.shape.commentId,
});

/** `GET …/comments/:commentId/replies?before=&limit=`: a page of a thread's earlier replies. */
export const ReplyPageQuery = ReplyPageQuerySchema;

/**
 * `GET …/comments?context=&after=&limit=`: a page of threads — only the live draft's, or only
 * round N's, with `context`.
 */
export const CommentListQuery = ThreadPageQuerySchema.extend({
  context: z
    .string()
    .regex(/^(draft|round:[1-9]\d{0,6})$/, 'must be "draft" or "round:<number>"')
    .optional(),
});

/** `?name=` of an attachment upload: the file's name as the author's computer knew it. */
export const AttachmentQuery = z.object({
  name: z.string().max(1000, "must be at most 1000 characters").default("lampiran.pdf"),
});
