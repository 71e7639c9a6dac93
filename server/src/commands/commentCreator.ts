import type { z } from "zod";
import type { CommentCreateSchema } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import { type CommentEvents, commentChange } from "../comments/commentEvents.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import type { CommentRecord, DocumentRecord, Store, UserRecord } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";
import { topLevelComment } from "./topLevelComment.ts";

/**
 * Comments on a passage of the live draft: marks the passage in the Y.Doc (refused with 400
 * `anchor_invalid` or 409 `passage_changed` when it cannot be found as the author saw it),
 * then stores the comment attributed to its author as they are now.
 */
export async function commentCreator(props: {
  store: Store;
  liveDrafts: Pick<LiveDrafts, "anchorComment">;
  events: CommentEvents;
  document: DocumentRecord;
  author: UserRecord;
  input: z.output<typeof CommentCreateSchema>;
  now?: Date;
}): Promise<CommentRecord> {
  const { store, document, input } = props;
  const author = await authorshipSnapshot({ store, user: props.author });
  const id = newId();
  const passage = await props.liveDrafts.anchorComment({
    documentId: document.id,
    form: document.form,
    anchor: input.anchor,
    commentId: id,
    userId: props.author.id,
  });
  const record = topLevelComment({
    id,
    documentId: document.id,
    versionId: null,
    author,
    passage,
    input,
    createdAt: props.now ?? new Date(),
    onDraft: null,
  });
  await store.comments.insert(record);
  props.events.publish(document.id, commentChange(record, true));
  return record;
}
