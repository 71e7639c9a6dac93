import { crc32 } from "node:zlib";
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

/** A valid zip archive (entries stored, not compressed) holding these files. */
export function zipOf(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}
