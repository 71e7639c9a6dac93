/** A run of text with the light emphasis a comment body may use. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A comment body as paragraphs (blank-line separated) of lines of runs. */
export type CommentParagraphs = TextRun[][][];

const EMPHASIS = /(\*\*[^*\n]+\*\*|\*[^*\n]+\*)/;

/** Splits one line into plain, `**bold**` and `*italic*` runs; other asterisks stay as typed. */
export function runsOf(line: string): TextRun[] {
  return line
    .split(EMPHASIS)
    .filter((part) => part !== "")
    .map((part) => {
      if (/^\*\*[^*\n]+\*\*$/.test(part))
        return { text: part.slice(2, -2), bold: true, italic: false };
      if (/^\*[^*\n]+\*$/.test(part)) return { text: part.slice(1, -1), bold: false, italic: true };
      return { text: part, bold: false, italic: false };
    });
}

/**
 * Reads a comment body as plain text with light formatting: paragraphs, line breaks, bold and
 * italic. The result is rendered as React text nodes, never as HTML, so whatever someone types
 * (markup, scripts) is shown exactly as typed.
 */
export function paragraphsOf(body: string): CommentParagraphs {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => paragraph.split("\n").map(runsOf));
}
