import { newId } from "../auth/tokens.ts";
import { type CommentEvents, commentChange } from "../comments/commentEvents.ts";
import { findComment, requireVisible } from "../comments/commentErrors.ts";
import { requireOpenForWords } from "../rounds/roundRules.ts";
import type { CommentRecord, Store, UserRecord } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";

/**
 * Replies in a thread. A reply to a reply joins the top-level comment's thread (threads are
 * one level deep); a hidden comment or thread takes no more replies (409 `comment_hidden`), nor
 * does the thread of a consultation round that is closed (409 `round_closed`).
 * Returns the reply and the id of the thread it joined.
 */
export async function replyCreator(props: {
  store: Store;
  events: CommentEvents;
  documentId: string;
  commentId: string;
  author: UserRecord;
  body: string;
  now?: Date;
}): Promise<{ reply: CommentRecord; threadId: string }> {
  const { store, documentId } = props;
  const target = await findComment(store, documentId, props.commentId);
  const top = target.parentId ? await findComment(store, documentId, target.parentId) : target;
  requireVisible(target);
  requireVisible(top);
  const now = props.now ?? new Date();
  await requireOpenForWords(store, top, now);
  const reply: CommentRecord = {
    id: newId(),
    documentId,
    versionId: top.versionId,
    parentId: top.id,
    kind: "comment",
    author: await authorshipSnapshot({ store, user: props.author }),
    quote: null,
    offsets: null,
    locator: null,
    body: props.body,
    proposedText: null,
    createdAt: now.toISOString(),
    editedAt: null,
    status: "visible",
    moderation: null,
    suggestionState: null,
    decision: null,
    onDraft: null,
  };
  await store.comments.insert(reply);
  props.events.publish(documentId, commentChange(reply, true));
  return { reply, threadId: top.id };
}
