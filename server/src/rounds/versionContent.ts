import type { JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { COMMENT_MARK } from "../../../shared/editor/commentAnchor.ts";
import { schemaForForm } from "../../../shared/editor/freeSchema.ts";
import type { DocumentForm } from "../../../shared/schemas/index.ts";

/**
 * The document without comment anchors: a version's text carries none of the live draft's
 * comments (they may be private working notes), and positions do not move when marks go.
 */
export function withoutCommentMarks(doc: ProseMirrorNode): ProseMirrorNode {
  const type = doc.type.schema.marks[COMMENT_MARK];
  if (!type) return doc;
  return new Transform(doc).removeMark(0, doc.content.size, type).doc;
}

/** A stored version's ProseMirror document, read with its form's schema. */
export function versionDocument(form: DocumentForm, content: JSONContent): ProseMirrorNode {
  return schemaForForm(form).nodeFromJSON(content);
}

/**
 * Turns the draft in `tr` into `version` as one forward edit. Only the stretch between the first
 * and the last difference is replaced (comment anchors aside), so comments anchored in text that
 * the version shares with the draft keep their anchors; the draft's history is never rewritten.
 * Falls back to replacing the whole content if the narrow replacement would not read exactly as
 * the version. Returns whether anything changed.
 */
export function restoreInto(tr: Transform, version: ProseMirrorNode): boolean {
  const current = withoutCommentMarks(tr.doc);
  const start = current.content.findDiffStart(version.content);
  if (start === null) return false;
  const end = current.content.findDiffEnd(version.content);
  let endCurrent = end?.a ?? current.content.size;
  let endVersion = end?.b ?? version.content.size;
  // Repeated text can make the two scans cross; widen both ends by the overlap.
  const overlap = start - Math.min(endCurrent, endVersion);
  if (overlap > 0) {
    endCurrent += overlap;
    endVersion += overlap;
  }
  const attempt = new Transform(tr.doc).replace(
    start,
    endCurrent,
    version.slice(start, endVersion),
  );
  if (withoutCommentMarks(attempt.doc).eq(version)) {
    for (const step of attempt.steps) tr.step(step);
  } else {
    tr.replaceWith(0, tr.doc.content.size, version.content);
  }
  return true;
}
