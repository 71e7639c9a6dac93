import mammoth from "mammoth";
import { DocxImportError } from "./docxImportError.ts";
import { listMarkers } from "./docxNumbering.ts";
import { type MammothElement, paragraphLines } from "./docxRuns.ts";
import type { SourceLine } from "./sourceLine.ts";

export type { SourceLine } from "./sourceLine.ts";

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

/** Every paragraph in reading order, including those inside tables and text boxes. */
function collectParagraphs(element: MammothElement, paragraphs: MammothElement[]): void {
  if (element.type === "paragraph") paragraphs.push(element);
  for (const child of element.children ?? []) collectParagraphs(child, paragraphs);
}

/**
 * The lines of the document's paragraphs. A paragraph inside another one (a text box) is read
 * as part of the outer paragraph's text.
 */
function documentLines(document: MammothElement, bytes: Uint8Array): SourceLine[] {
  const paragraphs: MammothElement[] = [];
  collectParagraphs(document, paragraphs);
  const markers = listMarkers(bytes, paragraphs);
  const lines: SourceLine[] = [];
  const nested = new Set<MammothElement>();
  paragraphs.forEach((paragraph, index) => {
    if (nested.has(paragraph)) return;
    const inner: MammothElement[] = [];
    for (const child of paragraph.children ?? []) collectParagraphs(child, inner);
    for (const child of inner) nested.add(child);
    lines.push(...paragraphLines(paragraph, markers?.[index] ?? null));
  });
  return lines;
}

/**
 * The non-empty lines of a .docx file, in reading order. Throws `DocxImportError` for anything
 * that is not a readable .docx: empty, not a zip, a zip without a Word document, or damaged.
 */
export async function readDocxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  assertLooksLikeDocx(bytes);
  // Mammoth hands its document tree to this callback only; the lines are read from it after.
  const read: { document?: MammothElement } = {};
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (element: MammothElement) => {
          read.document = element;
          return element;
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
  return read.document ? documentLines(read.document, bytes) : [];
}
