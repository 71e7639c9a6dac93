import { Document, Packer, Paragraph, TextRun } from "docx";

/**
 * Runs of a typed line: "**bold**" and "_italic_" become bold and italic runs (they may nest),
 * tabs become tab runs and "\n" a line break (Shift+Enter).
 */
export function typedRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  let bold = false;
  let italics = false;
  for (const piece of line.split(/(\*\*|_|\t|\n)/)) {
    if (piece === "**") bold = !bold;
    else if (piece === "_") italics = !italics;
    else if (piece === "\t") runs.push(new TextRun({ children: ["\t"] }));
    else if (piece === "\n") runs.push(new TextRun({ break: 1 }));
    else if (piece !== "") runs.push(new TextRun({ text: piece, bold, italics }));
  }
  return runs;
}

/**
 * A .docx as a drafter types it: one paragraph per line, numbers and labels typed as text,
 * columns made with tabs, no styles or structure at all; "**…**" and "_…_" are typed bold and
 * italic.
 */
export async function typedDraftDocx(lines: string[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: typedRuns(line) })) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
