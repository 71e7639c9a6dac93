import { commentChange } from "../comments/commentEvents.ts";
import type { ModerationReason } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import { findComment } from "../comments/commentErrors.ts";
import { HttpError } from "../errors.ts";
import { isSealed, roundOfComment } from "../rounds/roundRules.ts";
import { changeSealedRound } from "../rounds/roundSealer.ts";
import type { CommentModeration, UserRecord } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";
import type { CommentServices } from "./commentServices.ts";

/**
 * An administrator hides a comment or reply behind a public tombstone (who wrote it and when,
 * who hid it, when and why). Reason `personal_data` erases its text, every earlier wording and
 * its attachments — the only way words ever leave the record. Every action is appended to the
 * moderation log. A hidden comment can still be erased once personal data is found in it.
 * Moderating a comment of a closed consultation round changes its sealed record: it is sealed again.
 */
export async function commentModerator(
  props: CommentServices & {
    documentId: string;
    commentId: string;
    moderator: UserRecord;
    reason: ModerationReason;
    note: string;
    now?: Date;
  },
): Promise<void> {
  const { store, documentId } = props;
  const at = (props.now ?? new Date()).toISOString();
  const erase = props.reason === "personal_data";
  const moderation: CommentModeration = {
    reason: props.reason,
    note: props.note,
    moderator: { id: props.moderator.id, name: props.moderator.name },
    at,
  };
  const target = await findComment(store, documentId, props.commentId);
  const round = await roundOfComment(store, target);
  // The log entry comes first: a sealed comment is hidden only with its entry already logged.
  const moderate = () =>
    store.db.transaction(async (tx) => {
      const stores = createCommentStores(tx);
      const comment = await findComment(stores, documentId, props.commentId);
      if (comment.status === "erased" || (comment.status === "hidden" && !erase)) {
        throw new HttpError(409, "already_hidden", "This comment was already hidden.");
      }
      await stores.moderation.append({
        id: newId(),
        documentId,
        commentId: comment.id,
        action: erase ? "erase" : "hide",
        reason: props.reason,
        note: props.note,
        moderator: moderation.moderator,
        commentAuthor: { id: comment.author.id, name: comment.author.name },
        commentCreatedAt: comment.createdAt,
        at,
      });
      if (erase) {
        await stores.comments.erase(comment.id, moderation);
        await stores.attachments.deleteForComment(comment.id);
      } else {
        await stores.comments.hide(comment.id, moderation);
      }
    });
  // In a closed round the sealed record is checked before the moderation and sealed after it.
  if (isSealed(round)) {
    const onError = (error: unknown) =>
      props.log?.error({ err: error }, "sealing a moderated round failed");
    const sealing = { sealer: props.sealer, documentId, round: round.number, onError };
    await changeSealedRound({ ...sealing, stage: "moderated" }, moderate);
  } else {
    await moderate();
  }
  props.events.publish(documentId, commentChange(target));
}
