import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { initProseMirrorDoc, prosemirrorJSONToYDoc } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import { anchorFromSelection } from "../../../shared/editor/passageAnchor.ts";
import type { PassageAnchor } from "../../../shared/schemas/index.ts";
import type { Store } from "../store/index.ts";

/** Gives a free draft its first content: one paragraph per string, stored as one update. */
export async function seedDraftText(store: Store, documentId: string, paragraphs: string[]) {
  const json: JSONContent = {
    type: "doc",
    content: paragraphs.map((text) => ({
      type: "paragraph",
      content: text ? [{ type: "text", text }] : [],
    })),
  };
  const doc = prosemirrorJSONToYDoc(schemaForForm("free"), json, EDITOR_FIELD);
  try {
    await store.updates.append([{ documentId, data: Y.encodeStateAsUpdate(doc) }]);
  } finally {
    doc.destroy();
  }
}

/**
 * The anchor a client would send for the `occurrence`-th appearance of `quote` in a free
 * draft, as it is stored now: relative positions computed exactly as the editor does.
 */
export async function buildAnchor(
  store: Store,
  documentId: string,
  quote: string,
  occurrence = 0,
): Promise<PassageAnchor> {
  const ydoc = new Y.Doc();
  try {
    for (const update of await store.updates.load(documentId)) Y.applyUpdate(ydoc, update);
    const fragment = ydoc.getXmlFragment(EDITOR_FIELD);
    const { doc, meta } = initProseMirrorDoc(fragment, schemaForForm("free"));
    const from = positionOf(doc, quote, occurrence);
    return anchorFromSelection({
      doc,
      from,
      to: from + quote.length,
      fragment,
      mapping: meta.mapping,
    });
  } finally {
    ydoc.destroy();
  }
}

/**
 * The anchor a client sends to comment on a round's version: ProseMirror positions of the
 * `occurrence`-th appearance of `quote` in the version's content, and the quote.
 */
export function buildVersionAnchor(
  content: JSONContent,
  quote: string,
  occurrence = 0,
): { from: number; to: number; quote: string } {
  const doc = schemaForForm("free").nodeFromJSON(content);
  const from = positionOf(doc, quote, occurrence);
  return { from, to: from + quote.length, quote };
}

/** The ProseMirror position where the `occurrence`-th appearance of `text` starts in one block. */
export function positionOf(doc: ProseMirrorNode, text: string, occurrence = 0): number {
  const found: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const content = node.textContent;
    for (let i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + 1)) {
      found.push(pos + 1 + i);
    }
    return false;
  });
  const position = found[occurrence];
  if (position === undefined) throw new Error(`"${text}" is not in the draft`);
  return position;
}
