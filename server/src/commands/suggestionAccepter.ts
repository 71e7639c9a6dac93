import { commentChange } from "../comments/commentEvents.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import { SuggestionConflictError } from "../collab/passages.ts";
import { HttpError } from "../errors.ts";
import { requireNotConcluded } from "../rounds/roundRules.ts";
import type { DocumentRecord, UserRecord } from "../store/index.ts";
import { answererOf } from "./answerGiver.ts";
import { openSuggestion, suggestionDecisionRecorder } from "./suggestionDecision.ts";
import type { CommentServices } from "./commentServices.ts";

/**
 * Accepts a suggestion: its passage in the live draft is replaced by the proposed text (as a
 * server change every open editor sees), the decision is recorded, and — when nobody answered
 * yet — the answer becomes `accepted`. When the passage changed since the suggestion was made
 * it answers 409 `suggestion_conflict` with both sides, so nobody's edit is overwritten. A
 * suggestion of a concluded round is no longer decided (409 `round_concluded`).
 */
export async function suggestionAccepter(
  props: CommentServices & {
    liveDrafts: Pick<LiveDrafts, "replacePassage">;
    document: DocumentRecord;
    commentId: string;
    drafter: UserRecord;
    now?: Date;
  },
): Promise<void> {
  const { store, document } = props;
  const comment = await openSuggestion(store, document.id, props.commentId);
  await requireNotConcluded(store, comment);
  const quote = comment.quote ?? "";
  const proposedText = comment.proposedText ?? "";
  try {
    await props.liveDrafts.replacePassage({
      documentId: document.id,
      form: document.form,
      commentId: comment.id,
      expectedQuote: quote,
      text: proposedText,
      userId: props.drafter.id,
    });
  } catch (error) {
    if (!(error instanceof SuggestionConflictError)) throw error;
    throw new HttpError(
      409,
      "suggestion_conflict",
      "The passage changed since this suggestion was made; accepting it would overwrite that change.",
      undefined,
      { current: error.current, quote, proposedText },
    );
  }
  await suggestionDecisionRecorder({
    store,
    documentId: document.id,
    commentId: comment.id,
    decision: { state: "accepted", reason: "" },
    decider: props.drafter,
    answer: {
      disposition: "accepted",
      explanation: "",
      author: await answererOf(store, props.drafter),
    },
    sealer: props.sealer,
    log: props.log,
    now: props.now,
  });
  props.events.publish(document.id, commentChange(comment));
}
