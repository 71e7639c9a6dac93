import { type Extensions, getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import type { DocumentForm } from "../schemas/documents.ts";
import { CommentAnchor } from "./commentAnchor.ts";
import { getRegulationSchema } from "./regulationSchema.ts";

/**
 * Everything a free draft needs, for the browser editor (add Collaboration and carets) and for
 * the server headlessly: headings, lists, quotations, bold and italic, and comment anchors.
 * Undo/redo comes from Collaboration (it only undoes this person's own changes), so StarterKit's
 * is off.
 */
export const freeDraftExtensions: Extensions = [
  StarterKit.configure({
    undoRedo: false,
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
    // Would append a paragraph on every client that opens a draft ending in a list: an edit
    // nobody made, written concurrently by each of them.
    trailingNode: false,
  }),
  CommentAnchor,
];

let cachedFreeSchema: Schema | null = null;

/** The ProseMirror schema of a draft of this form, built once, usable without a browser. */
export function schemaForForm(form: DocumentForm): Schema {
  if (form === "regulation") return getRegulationSchema();
  cachedFreeSchema ??= getSchema(freeDraftExtensions);
  return cachedFreeSchema;
}
