import { AlignmentType, Paragraph, type ParagraphChild, TabStopType, TextRun } from "docx";

/** Twips per centimetre: Word measures indentation in twentieths of a point. */
export const CM = 567;
/** Where the text of an ayat or rincian item starts, relative to its marker. */
export const HANGING = CM;

/** Columns of the labelled preamble lists: "Menimbang", ":", "a.", text. */
const LABEL_COLUMNS = { colon: 3 * CM, marker: 3.5 * CM, text: 4.5 * CM };

/**
 * A centred line, bold for headings (judul, BAB, Pasal); or the drafter's own runs, with their
 * formatting, for the opening and joint-approval lines.
 */
export function centredLine(content: string | ParagraphChild[], bold = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: typeof content === "string" ? [new TextRun({ text: content, bold })] : content,
  });
}

/** A unit heading with room above it, as BAB, Bagian, Paragraf and Pasal are set. */
export function headingLine(text: string, bold: boolean, spaceBefore: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spaceBefore ? { before: 240 } : {},
    keepNext: true,
    children: [new TextRun({ text, bold })],
  });
}

/** A justified paragraph of text whose left edge is at `indent`. */
export function textParagraph(runs: ParagraphChild[], indent: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: indent },
    children: runs,
  });
}

/**
 * A numbered paragraph with hanging indentation: the marker ("(1)", "a.", "1)") at `indent`, the
 * text and its following lines one step further in.
 */
export function markedParagraph(marker: string, runs: ParagraphChild[], indent: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: indent + HANGING, hanging: HANGING },
    tabStops: [{ type: TabStopType.LEFT, position: indent + HANGING }],
    children: [new TextRun({ text: `${marker}\t` }), ...runs],
  });
}

/**
 * A line of a labelled preamble list: "Menimbang : a. bahwa …" on the first item, only the
 * marker on the others, aligned in columns with the text hanging under itself.
 */
export function labelledParagraph(
  label: string,
  marker: string,
  runs: ParagraphChild[],
): Paragraph {
  const prefix = label === "" ? "\t\t" : `${label}\t:\t`;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: LABEL_COLUMNS.text, hanging: LABEL_COLUMNS.text },
    tabStops: [
      { type: TabStopType.LEFT, position: LABEL_COLUMNS.colon },
      { type: TabStopType.LEFT, position: LABEL_COLUMNS.marker },
      { type: TabStopType.LEFT, position: LABEL_COLUMNS.text },
    ],
    children: [new TextRun({ text: `${prefix}${marker}\t` }), ...runs],
  });
}

/** A further paragraph of a labelled list item, under the item's text. */
export function labelledContinuation(runs: ParagraphChild[]): Paragraph {
  return textParagraph(runs, LABEL_COLUMNS.text);
}

/**
 * The judul as printed: "PERATURAN DAERAH …", "NOMOR … TAHUN …", "TENTANG", the subject, each
 * on its own line. Line breaks typed by the drafter win over this split.
 */
export function titleLines(title: string): string[] {
  if (title.includes("\n")) return title.split("\n").map((line) => line.trim());
  return title
    .split(/\s+(?=NOMOR\b)|\s+(?=TENTANG\b)|(?<=\bTENTANG)\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
