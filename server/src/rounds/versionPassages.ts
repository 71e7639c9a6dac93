import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { initProseMirrorDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { type AnchoredPassage, describePassage } from "../../../shared/editor/commentPassages.ts";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { anchorFromSelection } from "../../../shared/editor/passageAnchor.ts";
import type { DocumentForm, PassageAnchor, VersionAnchor } from "../../../shared/schemas/index.ts";
import { HttpError } from "../errors.ts";

/**
 * The passage a comment names on a frozen version, as the comment records it (quote, character
 * offsets into the version's plain text, locator). 400 `anchor_invalid` when the ends are not
 * inside text of the version, 409 `passage_changed` when the text between them does not read as
 * the quote (runs of whitespace aside, as on the live draft).
 */
export function passageOnVersion(version: ProseMirrorNode, anchor: VersionAnchor): AnchoredPassage {
  const { from, to } = anchor;
  if (from >= to || to > version.content.size) {
    throw new HttpError(400, "anchor_invalid", "The anchor is not in this version.", "anchor");
  }
  if (!version.resolve(from).parent.inlineContent || !version.resolve(to).parent.inlineContent) {
    throw new HttpError(400, "anchor_invalid", "The anchor's ends are not inside text.", "anchor");
  }
  if (normalise(version.textBetween(from, to, "\n")) !== normalise(anchor.quote)) {
    throw new HttpError(
      409,
      "passage_changed",
      "The passage does not read as quoted; select it again.",
    );
  }
  return describePassage(version, from, to);
}

/**
 * The same passage as a live-draft anchor: the Y.Doc is rebuilt as it was when the version was
 * frozen, and the passage's ends become Yjs relative positions in it exactly as an editor makes
 * them — they still name the same characters in the live draft however it changed since, as long
 * as those characters exist.
 */
export function liveAnchorOf(props: {
  ydocState: Uint8Array;
  form: DocumentForm;
  from: number;
  to: number;
}): PassageAnchor {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, props.ydocState);
    const fragment = ydoc.getXmlFragment(EDITOR_FIELD);
    const { doc, meta } = initProseMirrorDoc(fragment, schemaForForm(props.form));
    return anchorFromSelection({
      doc,
      from: props.from,
      to: props.to,
      fragment,
      mapping: meta.mapping,
    });
  } finally {
    ydoc.destroy();
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
