import { INLINE_MARKS, type InlineMark, type InlineRun, type SourceLine } from "./sourceLine.ts";

/** The parts of mammoth's document tree that are read here. */
export interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { level?: string | number } | null;
  isBold?: boolean;
  isItalic?: boolean;
  isUnderline?: boolean;
}

const RUN_FLAGS: Record<InlineMark, "isBold" | "isItalic" | "isUnderline"> = {
  bold: "isBold",
  italic: "isItalic",
  underline: "isUnderline",
};

/** Text of a paragraph with its formatting; tabs as "\t", line breaks as "\n". */
function collectPieces(element: MammothElement, marks: InlineMark[], pieces: InlineRun[]): void {
  if (element.type === "text") pieces.push({ text: element.value ?? "", marks });
  else if (element.type === "tab") pieces.push({ text: "\t", marks });
  else if (element.type === "break") pieces.push({ text: "\n", marks });
  else {
    const own =
      element.type === "run" ? INLINE_MARKS.filter((mark) => element[RUN_FLAGS[mark]]) : marks;
    for (const child of element.children ?? []) collectPieces(child, own, pieces);
  }
}

const sameMarks = (a: InlineMark[], b: InlineMark[]) =>
  a.length === b.length && a.every((mark, index) => b[index] === mark);

/**
 * One line's pieces with whitespace collapsed to single spaces across pieces and trimmed,
 * neighbours of the same formatting merged. A space between two bold words is not itself
 * formatting, so whitespace alone carries no marks.
 */
function normalisedRuns(pieces: InlineRun[]): InlineRun[] {
  const runs: InlineRun[] = [];
  let afterSpace = true;
  for (const piece of pieces) {
    let text = piece.text.replace(/\s+/g, " ");
    if (afterSpace) text = text.replace(/^ /, "");
    if (text === "") continue;
    afterSpace = text.endsWith(" ");
    const marks = text.trim() === "" ? [] : piece.marks;
    const last = runs.at(-1);
    if (last && sameMarks(last.marks, marks)) last.text += text;
    else runs.push({ text, marks });
  }
  const last = runs.at(-1);
  if (last) last.text = last.text.replace(/ $/, "");
  if (last?.text === "") runs.pop();
  return runs;
}

/**
 * The non-empty lines of one mammoth paragraph, with their formatting. `marker` is the number
 * Word draws before an auto-numbered paragraph; it is written before the text, as a drafter
 * would type it, so that typed and automatic numbering are recognised alike.
 */
export function paragraphLines(paragraph: MammothElement, marker: string | null): SourceLine[] {
  const level = paragraph.numbering?.level;
  const listLevel = level === undefined || level === null ? null : Number(level);
  const pieces: InlineRun[] = marker === null ? [] : [{ text: `${marker} `, marks: [] }];
  collectPieces(paragraph, [], pieces);
  const lines: InlineRun[][] = [[]];
  for (const piece of pieces) {
    piece.text.split("\n").forEach((text, index) => {
      if (index > 0) lines.push([]);
      lines.at(-1)?.push({ text, marks: piece.marks });
    });
  }
  return lines
    .map(normalisedRuns)
    .filter((runs) => runs.length > 0)
    .map((runs, index) => ({
      text: runs.map((run) => run.text).join(""),
      runs,
      // Only the first line carries the number; the others continue its text.
      listLevel: index === 0 ? listLevel : null,
    }));
}
