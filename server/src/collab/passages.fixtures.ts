import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode, Schema } from "@tiptap/pm/model";
import { findWrapping, type Transform } from "@tiptap/pm/transform";
import {
  initProseMirrorDoc,
  prosemirrorJSONToYDoc,
  yXmlFragmentToProseMirrorRootNode,
} from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { REGULATION_NODE } from "../../../shared/editor/nodeNames.ts";
import { anchorFromSelection } from "../../../shared/editor/passageAnchor.ts";
import { buildPerda } from "../../../shared/editor/test/regulationFactory.ts";
import type { PassageAnchor } from "../../../shared/schemas/comments.ts";
import { editDraft } from "./passages.ts";

/** The free schema and the regulation schema, as the server uses them. */
export const freeSchema = schemaForForm("free");
export const regulationSchema = schemaForForm("regulation");

/** A free draft's Y.Doc with these paragraphs (or other blocks as JSON). */
export function buildFreeDraft(...blocks: Array<string | JSONContent>): Y.Doc {
  const content = blocks.map((block) =>
    typeof block === "string"
      ? { type: "paragraph", content: [{ type: "text", text: block }] }
      : block,
  );
  return prosemirrorJSONToYDoc(freeSchema, { type: "doc", content }, EDITOR_FIELD);
}

/** The test Perda as a regulation draft's Y.Doc. */
export function buildRegulationDraft(): Y.Doc {
  return prosemirrorJSONToYDoc(regulationSchema, buildPerda(), EDITOR_FIELD);
}

/** `count` clients that joined a draft: Y.Docs holding the same history. */
export function joinClients(draft: Y.Doc, count: number): Y.Doc[] {
  const state = Y.encodeStateAsUpdate(draft);
  return Array.from({ length: count }, () => {
    const client = new Y.Doc();
    Y.applyUpdate(client, state);
    return client;
  });
}

/** Exchanges every doc's missing updates with every other, as the relay would. */
export function exchangeUpdates(docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

/** The ProseMirror document an editor on this Y.Doc shows. */
export function documentOf(ydoc: Y.Doc, schema: Schema): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(EDITOR_FIELD), schema);
}

/** Position of the `occurrence`-th appearance of `text` within one block of the document. */
export function positionOf(doc: ProseMirrorNode, text: string, occurrence = 0): number {
  const found: number[] = [];
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true;
    let chars = "";
    const positions: number[] = [];
    block.forEach((child, offset) => {
      if (!child.isText || !child.text) return;
      chars += child.text;
      for (let i = 0; i < child.text.length; i++) positions.push(blockPos + 1 + offset + i);
    });
    for (let index = chars.indexOf(text); index >= 0; index = chars.indexOf(text, index + 1)) {
      found.push(positions[index] as number);
    }
    return false;
  });
  const position = found[occurrence];
  if (position === undefined) throw new Error(`"${text}" is not in the document`);
  return position;
}

/** The anchor an editor on this Y.Doc sends for the selection `from`–`to`. */
export function anchorBetween(
  ydoc: Y.Doc,
  schema: Schema,
  from: number,
  to: number,
): PassageAnchor {
  const fragment = ydoc.getXmlFragment(EDITOR_FIELD);
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  return anchorFromSelection({ doc, from, to, fragment, mapping });
}

/** The anchor an editor sends when its author selects `text` (its first appearance). */
export function anchorOn(ydoc: Y.Doc, schema: Schema, text: string): PassageAnchor {
  const from = positionOf(documentOf(ydoc, schema), text);
  return anchorBetween(ydoc, schema, from, from + text.length);
}

/** Edits a client's draft as its editor does (the binding's own write-back). */
export function editAsEditor(ydoc: Y.Doc, schema: Schema, edit: (tr: Transform) => void): void {
  editDraft(ydoc, schema, "editor", (tr) => edit(tr));
}

/** Types `text` at `pos` as an editor does: with the marks the caret has there. */
export function typeAt(tr: Transform, pos: number, text: string): void {
  tr.insert(pos, tr.doc.type.schema.text(text, tr.doc.resolve(pos).marks()));
}

/** Turns the block holding `text` into a heading, as the toolbar does (free drafts). */
export function turnIntoHeading(tr: Transform, text: string): void {
  const heading = tr.doc.type.schema.nodes.heading;
  if (!heading) throw new Error("no headings in this schema");
  const pos = positionOf(tr.doc, text);
  tr.setBlockType(pos, pos, heading, { level: 2 });
}

/** Wraps the paragraph holding `text` in a new ayat with this id (regulations). */
export function wrapInClause(tr: Transform, text: string, id: string): void {
  const range = tr.doc.resolve(positionOf(tr.doc, text)).blockRange();
  const clause = tr.doc.type.schema.nodes[REGULATION_NODE.clause];
  const wrapping = range && clause ? findWrapping(range, clause, { id }) : null;
  if (!range || !wrapping) throw new Error(`"${text}" cannot become an ayat`);
  tr.wrap(range, wrapping);
}
