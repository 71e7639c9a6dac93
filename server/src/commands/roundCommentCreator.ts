import type { z } from "zod";
import type { RoundCommentCreateSchema } from "../../../shared/schemas/index.ts";
import { newId } from "../auth/tokens.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import { type CommentEvents, commentChange } from "../comments/commentEvents.ts";
import { HttpError } from "../errors.ts";
import { requireRoundOpen, roundNotFound } from "../rounds/roundRules.ts";
import { versionDocument } from "../rounds/versionContent.ts";
import { liveAnchorOf, passageOnVersion } from "../rounds/versionPassages.ts";
import type {
  CommentRecord,
  DocumentRecord,
  RoundRecord,
  Store,
  UserRecord,
} from "../store/index.ts";
import { createCommentStores, createRoundStores } from "../store/index.ts";
import { authorshipSnapshot } from "./authorshipSnapshot.ts";
import { topLevelComment } from "./topLevelComment.ts";

/**
 * Comments on a passage of a round's frozen version while the round is open (409
 * `round_closed` after). The comment is anchored by offsets into the version — exact for ever —
 * and mapped once onto the live draft with the same comment id, so drafters see it on the text
 * they are editing. When the live text changed since the version was frozen the mapping is
 * refused, and the comment is stored anyway, exact on its version, recorded as not on the draft.
 */
export async function roundCommentCreator(props: {
  store: Store;
  liveDrafts: Pick<LiveDrafts, "anchorComment">;
  events: CommentEvents;
  document: DocumentRecord;
  round: RoundRecord;
  author: UserRecord;
  input: z.output<typeof RoundCommentCreateSchema>;
  now: Date;
}): Promise<CommentRecord> {
  const { store, document, round, input, now } = props;
  requireRoundOpen(round, now);
  const version = await store.versions.findById(round.versionId);
  const text = version && (await store.versions.text(version.id));
  if (!version || !text) throw roundNotFound();
  const passage = passageOnVersion(versionDocument(version.form, text.content), input.anchor);
  const author = await authorshipSnapshot({ store, user: props.author });
  const id = newId();
  const onDraft = await mapOntoDraft(props, id, text.ydocState, version.form);
  const record = topLevelComment({
    id,
    documentId: document.id,
    versionId: version.id,
    author,
    passage,
    input,
    createdAt: now,
    onDraft,
  });
  await store.db.transaction(async (tx) => {
    // Checked again inside the transaction: a drafter may have closed the round meanwhile.
    const current = await createRoundStores(tx).rounds.findByVersion(version.id);
    requireRoundOpen(current ?? round, now);
    await createCommentStores(tx).comments.insert(record);
  });
  props.events.publish(document.id, commentChange(record, true));
  return record;
}

/** Marks the passage on the live draft; false when the live text no longer has it as it was. */
async function mapOntoDraft(
  props: Parameters<typeof roundCommentCreator>[0],
  commentId: string,
  ydocState: Uint8Array,
  form: DocumentRecord["form"],
): Promise<boolean> {
  const { from, to } = props.input.anchor;
  try {
    await props.liveDrafts.anchorComment({
      documentId: props.document.id,
      form: props.document.form,
      anchor: liveAnchorOf({ ydocState, form, from, to }),
      commentId,
      userId: props.author.id,
    });
    return true;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 409 || error.status === 400)) return false;
    throw error;
  }
}
