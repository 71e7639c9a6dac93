import mammoth from "mammoth";
import { DocxImportError } from "./docxImportError.ts";

/** One line of a Word file as the drafter typed it: a paragraph, or a part split at a line break. */
export interface SourceLine {
  /** Text with tabs and runs of spaces collapsed to one space, trimmed. */
  text: string;
  /** Word's automatic list level (0-based) when the paragraph is auto-numbered, else null. */
  listLevel: number | null;
}

/** The parts of mammoth's document tree that are read here. */
interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  numbering?: { level?: string | number } | null;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** Rejects what cannot be a .docx before handing it to the zip reader. */
function assertLooksLikeDocx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxImportError("not_docx", "The file is empty.");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxImportError(
      "not_docx",
      "This is an old Word .doc file; save it as .docx (Word 2007 or later) and upload it again.",
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new DocxImportError("not_docx", "The file is not a Word .docx document.");
  }
}

/** Text of a paragraph, with line breaks kept as "\n" so each typed line stays apart. */
function paragraphText(element: MammothElement): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "break") return "\n";
  return (element.children ?? []).map(paragraphText).join("");
}

/** Paragraphs in reading order, including those inside tables and text boxes. */
function collectLines(element: MammothElement, lines: SourceLine[]): void {
  if (element.type !== "paragraph") {
    for (const child of element.children ?? []) collectLines(child, lines);
    return;
  }
  const level = element.numbering?.level;
  const listLevel = level === undefined || level === null ? null : Number(level);
  for (const part of paragraphText(element).split("\n")) {
    const text = part.replace(/[\s\u00a0]+/g, " ").trim();
    if (text !== "") lines.push({ text, listLevel });
  }
}

/**
 * The non-empty lines of a .docx file, in reading order. Throws `DocxImportError` for anything
 * that is not a readable .docx: empty, not a zip, a zip without a Word document, or damaged.
 */
export async function readDocxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  assertLooksLikeDocx(bytes);
  const lines: SourceLine[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: MammothElement) => {
          collectLines(document, lines);
          return document;
        },
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(message)) {
      throw new DocxImportError("not_docx", "The zip file holds no Word document.", {
        cause: error,
      });
    }
    throw new DocxImportError("unreadable_docx", "The Word file is damaged and cannot be read.", {
      cause: error,
    });
  }
  return lines;
}
