import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Transform } from "@tiptap/pm/transform";
import { initProseMirrorDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import type { PassageAnchor } from "../../../shared/schemas/comments.ts";
import type { DocumentForm } from "../../../shared/schemas/documents.ts";
import { HttpError } from "../errors.ts";
import type { DocumentRegistry } from "./documentRegistry.ts";
import {
  type AnchoredPassage,
  anchorComment,
  type BoundDraft,
  editDraft,
  passagesOf,
  replacePassage,
} from "./passages.ts";

/**
 * Who changed the text on the server's account, and why: for a comment (its anchor or accepted
 * suggestion) or for a restored version. The Yjs origin.
 */
export interface ServerChangeOrigin {
  kind: "server";
  userId: string;
  commentId?: string;
  /** The version a drafter restored. */
  versionNumber?: number;
}

/** The live draft as it is at one moment (see `LiveDrafts.snapshot`). */
export interface DraftSnapshot {
  /** The ProseMirror document an editor shows, comment marks included. */
  doc: ProseMirrorNode;
  /** `doc` as ProseMirror JSON. */
  content: JSONContent;
  /** Plain text, blocks joined by "\n" as comment offsets count it. */
  text: string;
  /** `Y.encodeStateAsUpdate` of the draft's Y.Doc. */
  state: Uint8Array;
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

  /**
   * The live draft as it is now, read through the editor binding (`initProseMirrorDoc`), with
   * the Y.Doc's whole state: what a consultation round freezes as its version.
   */
  async snapshot(documentId: string, form: DocumentForm): Promise<DraftSnapshot> {
    const lease = this.registry.acquire(documentId);
    try {
      const live = await lease.ready;
      const { doc } = initProseMirrorDoc(
        live.doc.getXmlFragment(EDITOR_FIELD),
        schemaForForm(form),
      );
      return {
        doc,
        content: doc.toJSON() as JSONContent,
        text: doc.textBetween(0, doc.content.size, "\n"),
        state: Y.encodeStateAsUpdate(live.doc),
      };
    } finally {
      lease.release();
    }
  }

  /**
   * A server edit of the live draft as one forward change, made exactly as an editor makes it
   * (`editDraft`) and attributed to `origin`; resolves once committed. Used to restore a version.
   */
  edit<T>(props: {
    documentId: string;
    form: DocumentForm;
    origin: ServerChangeOrigin;
    edit: (tr: Transform, draft: BoundDraft) => T;
  }): Promise<T> {
    const { documentId, form, origin } = props;
    return this.change(documentId, origin, (doc) =>
      editDraft(doc, schemaForForm(form), origin, props.edit),
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
