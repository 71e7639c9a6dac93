import mammoth from "mammoth";
import { type DocxParts, openDocxArchive } from "./docxArchive.ts";
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
async function documentLines(document: MammothElement, docx: DocxParts): Promise<SourceLine[]> {
  const paragraphs: MammothElement[] = [];
  collectParagraphs(document, paragraphs);
  const markers = await listMarkers(docx, paragraphs);
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
 * Refuses what cannot be a .docx, or whose zip directory already shows a bomb (too many parts,
 * too much declared, odd names), without unpacking anything: cheap enough to run before a
 * worker is taken. Throws `DocxImportError` as {@link readDocxLines} does.
 */
export async function checkDocxDirectory(bytes: Uint8Array): Promise<void> {
  assertLooksLikeDocx(bytes);
  (await openDocxArchive(bytes)).close();
}

/**
 * The non-empty lines of a .docx file, in reading order. Throws `DocxImportError` for anything
 * that is not a readable .docx: empty, not a zip, a zip without a Word document, damaged, or
 * beyond the archive limits (a zip bomb). Mammoth reads the parts through those limits, never
 * the upload itself, and only the parts it needs are unpacked.
 */
export async function readDocxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  assertLooksLikeDocx(bytes);
  const docx = await openDocxArchive(bytes);
  try {
    const document = await readDocument(docx);
    return document ? await documentLines(document, docx) : [];
  } finally {
    docx.close();
  }
}

/** Mammoth's document tree of the .docx (it hands the tree to `transformDocument` only). */
async function readDocument(docx: DocxParts): Promise<MammothElement | undefined> {
  const read: { document?: MammothElement } = {};
  try {
    // The HTML is never used, so mammoth is given an empty document to turn into HTML.
    await mammoth.convertToHtml({ file: docx } as unknown as { buffer: Buffer }, {
      transformDocument: (element: MammothElement) => {
        read.document = element;
        return { ...element, children: [] };
      },
    });
  } catch (error) {
    if (error instanceof DocxImportError) throw error;
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
  return read.document;
}
