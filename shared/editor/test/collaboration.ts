import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import {
  prosemirrorJSONToYDoc,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../index.ts";
import { numberRegulation } from "../numbering.ts";
import { getRegulationSchema } from "../regulationSchema.ts";
import { buildPerda } from "./regulationFactory.ts";

const schema = getRegulationSchema();

/** `count` Y.Docs sharing one history that starts from the test Perda, like joined clients. */
export function clientsOfPerda(count: number): Y.Doc[] {
  const initial = Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(schema, buildPerda(), EDITOR_FIELD));
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initial);
    return doc;
  });
}

/** The ProseMirror document a client's editor shows. */
export function documentOf(client: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(client.getXmlFragment(EDITOR_FIELD), schema);
}

/**
 * Applies an edit the way the editor's ySyncPlugin does: build the new ProseMirror document,
 * then write the difference into the Y.XmlFragment in one transaction.
 */
export function editAsEditor(client: Y.Doc, edit: (tr: Transform) => void): void {
  const fragment = client.getXmlFragment(EDITOR_FIELD);
  const tr = new Transform(yXmlFragmentToProseMirrorRootNode(fragment, schema));
  edit(tr);
  client.transact(() => {
    updateYFragment(client, fragment, tr.doc, { mapping: new Map(), isOMark: new Map() });
  });
}

/** Position just after the unit with this id, for inserting a sibling behind it. */
export function positionAfter(doc: ProseMirrorNode, id: string): number {
  const unit = numberRegulation(doc).byId.get(id);
  const node = unit ? doc.nodeAt(unit.pos) : null;
  if (!unit || !node) throw new Error(`no unit ${id}`);
  return unit.pos + node.nodeSize;
}

/** Position just before the unit with this id. */
export function positionBefore(doc: ProseMirrorNode, id: string): number {
  const unit = numberRegulation(doc).byId.get(id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit.pos;
}

/** A new Pasal of one sentence, as the editor's "insert Pasal" command will make it. */
export function newArticle(id: string, text: string): ProseMirrorNode {
  return schema.nodeFromJSON({
    type: "article",
    attrs: { id },
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
}

/** Exchanges every client's missing updates with every other, as a relay would. */
export function exchangeUpdates(clients: Y.Doc[]): void {
  for (const from of clients) {
    for (const to of clients) {
      if (from === to) continue;
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}
