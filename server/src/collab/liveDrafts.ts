import type * as Y from "yjs";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import type { PassageAnchor } from "../../../shared/schemas/comments.ts";
import type { DocumentForm } from "../../../shared/schemas/documents.ts";
import { HttpError } from "../errors.ts";
import type { DocumentRegistry } from "./documentRegistry.ts";
import { type AnchoredPassage, anchorComment, passagesOf, replacePassage } from "./passages.ts";

/** Who changed the text on the server's account, and for which comment: the Yjs origin. */
export interface ServerChangeOrigin {
  kind: "server";
  userId: string;
  commentId: string;
}

/** A new comment's anchor, to be applied to the live draft. */
export interface CommentAnchoring {
  documentId: string;
  form: DocumentForm;
  anchor: PassageAnchor;
  commentId: string;
  /** The comment's author. */
  userId: string;
}

/** An accepted suggestion, to be written into the live draft. */
export interface PassageReplacement {
  documentId: string;
  form: DocumentForm;
  commentId: string;
  /** The passage as the suggestion quoted it. */
  expectedQuote: string;
  /** The suggested text. */
  text: string;
  /** The drafter who accepted it. */
  userId: string;
}

/**
 * The server's hand in the live drafts: comment anchors and accepted suggestions are written into
 * a draft's Y.Doc as if by an editor, loading the draft if nobody has it open, and each call
 * resolves only once its change is committed (and relayed to everyone editing).
 */
export class LiveDrafts {
  constructor(private readonly registry: DocumentRegistry) {}

  /**
   * Applies a new comment's mark to the passage its anchor names. Rejects with 400
   * `anchor_invalid` or 409 `passage_changed` (see `anchorComment`).
   */
  anchorComment(props: CommentAnchoring): Promise<AnchoredPassage> {
    const { documentId, form, anchor, commentId, userId } = props;
    const origin: ServerChangeOrigin = { kind: "server", userId, commentId };
    return this.change(documentId, origin, (doc) =>
      anchorComment(doc, schemaForForm(form), anchor, commentId, origin),
    );
  }

  /** Every comment anchored in the live draft, by comment id; a missing one lost its passage. */
  async passages(documentId: string, form: DocumentForm): Promise<Map<string, AnchoredPassage>> {
    const lease = this.registry.acquire(documentId);
    try {
      const live = await lease.ready;
      return passagesOf(live.doc, schemaForForm(form));
    } finally {
      lease.release();
    }
  }

  /**
   * Writes an accepted suggestion into the draft. Rejects with `SuggestionConflictError` or 400
   * `suggestion_spans_blocks` (see `replacePassage`).
   */
  replacePassage(props: PassageReplacement): Promise<AnchoredPassage> {
    const { documentId, form, commentId, expectedQuote, text, userId } = props;
    const origin: ServerChangeOrigin = { kind: "server", userId, commentId };
    return this.change(documentId, origin, (doc) =>
      replacePassage(doc, schemaForForm(form), commentId, expectedQuote, text, origin),
    );
  }

  /** Runs `change` on the loaded draft under a lease and waits until it is committed. */
  private async change<T>(
    documentId: string,
    origin: ServerChangeOrigin,
    change: (doc: Y.Doc) => T,
  ): Promise<T> {
    const lease = this.registry.acquire(documentId);
    try {
      const live = await lease.ready;
      const result = live.applyServerChange(origin, change);
      await live.whenDurable();
      if (live.isDropped) {
        throw new HttpError(
          503,
          "storage_unavailable",
          "The change could not be saved; try again.",
        );
      }
      return result;
    } finally {
      lease.release();
    }
  }
}
