import type { PublicComment } from "../../../../../shared/schemas/index.ts";
import { AuthorLine } from "../../DocumentScene/comments/components/AuthorLine.tsx";
import { CommentBody } from "../../DocumentScene/comments/components/CommentBody.tsx";
import { Tombstone } from "../../DocumentScene/comments/components/Tombstone.tsx";

/**
 * One comment or reply of the public record: who wrote it (organisation, declared interests,
 * when), then its words — or, for a hidden or erased one, the tombstone saying who hid it, when
 * and why. Moderation is never silent, and the author stays on record.
 */
export function PublicCommentEntry({ comment }: { comment: PublicComment }) {
  return (
    <div className="comment-entry">
      <AuthorLine author={comment.author} at={comment.createdAt} editedAt={comment.editedAt} />
      {comment.status === "visible" && comment.body !== null ? (
        <CommentBody text={comment.body} />
      ) : (
        <Tombstone comment={comment} />
      )}
    </div>
  );
}
