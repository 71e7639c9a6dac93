import type { JSONContent } from "@tiptap/core";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../../shared/editor/index.ts";
import { getRegulationSchema } from "../../../shared/editor/regulationSchema.ts";
import type { Store } from "../store/index.ts";

/**
 * The stored (durable) text of a structured draft as ProseMirror JSON. Everything
 * any client has seen is stored, so this is the draft as the drafters see it.
 */
export async function readRegulationContent(
  store: Store,
  documentId: string,
): Promise<JSONContent> {
  const doc = new Y.Doc();
  try {
    for (const update of await store.updates.load(documentId)) Y.applyUpdate(doc, update);
    return yXmlFragmentToProseMirrorRootNode(
      doc.getXmlFragment(EDITOR_FIELD),
      getRegulationSchema(),
    ).toJSON();
  } finally {
    doc.destroy();
  }
}
