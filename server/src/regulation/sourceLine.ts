import type { JSONContent } from "@tiptap/core";

/**
 * Inline formatting kept from Word: the marks the regulation schema allows on text, in the
 * schema's order (ProseMirror wants a text node's marks in that order).
 */
export const INLINE_MARKS = ["bold", "italic", "underline"] as const;

/** One of the inline marks kept from Word. */
export type InlineMark = (typeof INLINE_MARKS)[number];

/** A stretch of a line typed with the same formatting. */
export interface InlineRun {
  text: string;
  /** In `INLINE_MARKS` order. */
  marks: InlineMark[];
}

/** One line of a Word file as the drafter typed it: a paragraph, or a part split at a line break. */
export interface SourceLine {
  /** Text with tabs and runs of spaces collapsed to one space, trimmed. */
  text: string;
  /** The same text in runs of one formatting each: their texts joined are `text`. */
  runs: InlineRun[];
  /** Word's automatic list level (0-based) when the paragraph is auto-numbered, else null. */
  listLevel: number | null;
}

const textNode = (run: InlineRun): JSONContent =>
  run.marks.length === 0
    ? { type: "text", text: run.text }
    : { type: "text", text: run.text, marks: run.marks.map((type) => ({ type })) };

/**
 * Text nodes, with their bold, italic and underline, for `rest`: the end of the line left after
 * a recognised marker or label ("(1) ", "a. ", "Menimbang : "), or the whole line. None for an
 * empty text, which ProseMirror does not allow.
 */
export function lineContent(line: SourceLine, rest = line.text): JSONContent[] {
  if (!line.text.endsWith(rest)) return rest === "" ? [] : [{ type: "text", text: rest }];
  let skipped = line.text.length - rest.length;
  const content: JSONContent[] = [];
  for (const run of line.runs) {
    const text = run.text.slice(skipped);
    skipped = Math.max(0, skipped - run.text.length);
    if (text !== "") content.push(textNode({ text, marks: run.marks }));
  }
  return content;
}

/** A paragraph holding `rest` of the line (see `lineContent`), with its formatting. */
export function lineParagraph(line: SourceLine, rest = line.text): JSONContent {
  return { type: "paragraph", content: lineContent(line, rest) };
}

/** Several lines as one text, joined with spaces, each keeping its formatting. */
export function joinedContent(parts: JSONContent[][]): JSONContent[] {
  return parts
    .filter((part) => part.length > 0)
    .flatMap((part, index) => (index === 0 ? part : [{ type: "text", text: " " }, ...part]));
}
