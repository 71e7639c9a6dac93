import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_COMMENT } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import { type CommentEvents, commentChange } from "../comments/commentEvents.ts";
import {
  findComment,
  notTopLevel,
  requireAuthor,
  requireVisible,
} from "../comments/commentErrors.ts";
import { isPdf, safeAttachmentName } from "../comments/pdfFile.ts";
import { HttpError } from "../errors.ts";
import { requireOpenForWords } from "../rounds/roundRules.ts";
import type { AttachmentRecord, Store } from "../store/index.ts";
import { createCommentStores } from "../store/index.ts";

/**
 * The author of a top-level comment attaches a position paper. It must be a PDF by its
 * content, whatever its name (415 `not_a_pdf`), at most {@link ATTACHMENT_MAX_BYTES} (413) and
 * one of at most {@link ATTACHMENTS_PER_COMMENT} (409 `too_many_attachments`). A comment of a
 * consultation round takes attachments only while the round is open (409 `round_closed`).
 */
export async function attachmentAdder(props: {
  store: Store;
  events: CommentEvents;
  documentId: string;
  commentId: string;
  uploaderId: string;
  name: string;
  data: Uint8Array;
  now?: Date;
}): Promise<AttachmentRecord> {
  const { store, documentId } = props;
  const comment = await findComment(store, documentId, props.commentId);
  if (comment.parentId) throw notTopLevel();
  requireAuthor(comment, props.uploaderId);
  requireVisible(comment);
  await requireOpenForWords(store, comment, props.now ?? new Date());
  if (props.data.length > ATTACHMENT_MAX_BYTES) {
    throw new HttpError(413, "payload_too_large", "A position paper can be at most 10 MB.");
  }
  if (!isPdf(props.data)) {
    throw new HttpError(415, "not_a_pdf", "Attach the position paper as a PDF file.");
  }
  const record: Omit<AttachmentRecord, "sha256"> = {
    id: newId(),
    commentId: comment.id,
    name: safeAttachmentName(props.name),
    size: props.data.length,
    uploadedBy: props.uploaderId,
    createdAt: (props.now ?? new Date()).toISOString(),
  };
  const stored = await store.db.transaction(async (tx) => {
    const stores = createCommentStores(tx);
    requireVisible(await findComment(stores, documentId, comment.id));
    if ((await stores.attachments.countForComment(comment.id)) >= ATTACHMENTS_PER_COMMENT) {
      throw new HttpError(
        409,
        "too_many_attachments",
        `A comment can carry at most ${ATTACHMENTS_PER_COMMENT} attachments.`,
      );
    }
    return stores.attachments.insert(record, props.data);
  });
  props.events.publish(documentId, commentChange(comment));
  return stored;
}
