import { Document, LevelFormat, Packer, Paragraph } from "docx";
import { typedRuns } from "./typedDraft.ts";

/** A paragraph in one of Word's automatic lists: the marker is drawn by Word, not typed. */
export interface NumberedLine {
  list: "huruf" | "angka" | "ayat";
  level: number;
  /** A new instance of the list starts its numbers again, as Word's "Restart at 1". */
  instance?: number;
  text: string;
}

/** A line of `list` at `level`, its marker drawn by Word. */
export const numbered = (
  list: NumberedLine["list"],
  level: number,
  text: string,
  instance?: number,
): NumberedLine => ({ list, level, text, ...(instance === undefined ? {} : { instance }) });

/**
 * Word's list definitions as drafters set them up: Menimbang "a.", Mengingat and definitions
 * "1.", and a multilevel list for a Pasal with ayat "(1)", huruf "a." and angka "1)" below.
 */
const LISTS = [
  { reference: "huruf", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "%1." }] },
  { reference: "angka", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] },
  {
    reference: "ayat",
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: "(%1)" },
      { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2." },
      { level: 2, format: LevelFormat.DECIMAL, text: "%3)" },
    ],
  },
];

/**
 * A .docx whose lists are numbered by Word (numbering.xml), not typed: strings are typed lines
 * (see `typedDraftDocx`), `numbered(…)` lines are auto-numbered paragraphs.
 */
export async function numberedDraftDocx(lines: Array<string | NumberedLine>): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: LISTS },
    sections: [
      {
        children: lines.map((line) =>
          typeof line === "string"
            ? new Paragraph({ children: typedRuns(line) })
            : new Paragraph({
                children: typedRuns(line.text),
                numbering: { reference: line.list, level: line.level, instance: line.instance },
              }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
