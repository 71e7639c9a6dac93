import yauzl, { type Entry, type ZipFile } from "yauzl";
import { DocxImportError } from "./docxImportError.ts";

const MIB = 1024 * 1024;

/**
 * What a .docx may hold. A Word draft of a regulation has a few dozen parts and its XML
 * unpacks to a few MB; a zip bomb declares (or hides) hundreds of MB.
 */
export const DOCX_ARCHIVE_LIMITS = {
  /** Parts in the archive, pictures included. */
  maxEntries: 1000,
  /** All parts together, as the archive's directory declares them. */
  maxDeclaredBytes: 200 * MIB,
  /** The parts the importer reads, together, as actually inflated (never as declared). */
  maxReadBytes: 16 * MIB,
  /** Unpacked size over packed size of a part read that declares more than {@link RATIO_FLOOR}. */
  maxRatio: 100,
};

/** Parts below this size are not judged by their compression ratio. */
const RATIO_FLOOR = MIB;

const tooLarge = () =>
  new DocxImportError("docx_too_large", "The Word file unpacks to more than an import accepts.");
const damaged = (cause?: unknown) =>
  new DocxImportError("unreadable_docx", "The Word file is damaged and cannot be read.", { cause });

/**
 * The parts of an opened .docx, unpacked only when the importer asks for one (pictures and
 * other parts it never reads stay packed), each within what is left of
 * {@link DOCX_ARCHIVE_LIMITS}.maxReadBytes. Shaped as the zip mammoth reads (`exists`, `read`).
 */
export class DocxParts {
  private readonly unpacked = new Map<string, Promise<Buffer>>();
  private inflatedBytes = 0;

  constructor(
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  /** Whether the archive holds this part. */
  exists(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, or its text in `encoding`; throws `DocxImportError` past the limits. */
  async read(name: string, encoding?: string): Promise<Uint8Array | string> {
    const part = await this.bytes(name);
    if (!part) throw damaged(new Error(`no part ${name}`));
    return encoding ? new TextDecoder(encoding).decode(part) : part;
  }

  /** A part's UTF-8 text, or null when the archive has no such part. */
  async text(name: string): Promise<string | null> {
    return (await this.bytes(name))?.toString("utf8") ?? null;
  }

  /** Closes the archive; parts not read by now never will be. */
  close(): void {
    this.zip.close();
  }

  private bytes(name: string): Promise<Buffer | null> {
    const entry = this.entries.get(name);
    if (!entry) return Promise.resolve(null);
    let part = this.unpacked.get(name);
    if (!part) {
      part = this.inflate(entry);
      this.unpacked.set(name, part);
    }
    return part;
  }

  /** Inflates one part, stopped at once when it would pass the bytes left to read. */
  private async inflate(entry: Entry): Promise<Buffer> {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR && ratio > DOCX_ARCHIVE_LIMITS.maxRatio) {
      throw tooLarge();
    }
    if (entry.uncompressedSize > DOCX_ARCHIVE_LIMITS.maxReadBytes - this.inflatedBytes) {
      throw tooLarge();
    }
    if (entry.isEncrypted()) throw damaged();
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      // yauzl ends the stream with an error as soon as a part inflates past its declared size.
      const stream = await this.zip.openReadStreamPromise(entry);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          this.inflatedBytes += chunk.length;
          if (this.inflatedBytes > DOCX_ARCHIVE_LIMITS.maxReadBytes) throw tooLarge();
          chunks.push(chunk);
        }
      } finally {
        stream.destroy();
      }
    } catch (error) {
      throw error instanceof DocxImportError ? error : damaged(error);
    }
    return Buffer.concat(chunks, size);
  }
}

/** A part name that a Word file never has: empty or dot segments, control characters. */
const isOddName = (name: string) =>
  name.length > 512 ||
  name
    .replace(/\/$/, "")
    .split("/")
    .some((segment) => segment === "" || segment === "." || segment === "..") ||
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  /[\u0000-\u001f\u007f]/.test(name);

/** The archive's parts by name, after checking its whole directory before anything is unpacked. */
async function checkedEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  if (zip.entryCount > DOCX_ARCHIVE_LIMITS.maxEntries) throw tooLarge();
  const entries = new Map<string, Entry>();
  const names = new Set<string>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    // Part names are case-insensitive in a .docx: two spellings of one name are one too many.
    if (isOddName(name) || names.has(name.toLowerCase())) throw damaged();
    names.add(name.toLowerCase());
    declared += entry.uncompressedSize;
    if (declared > DOCX_ARCHIVE_LIMITS.maxDeclaredBytes) throw tooLarge();
    if (!name.endsWith("/")) entries.set(name, entry);
  }
  return entries;
}

/**
 * Opens a .docx after checking its directory: how many parts (at most
 * {@link DOCX_ARCHIVE_LIMITS}.maxEntries), how much they declare, their names (none odd, none
 * twice). Refuses with 413 `docx_too_large` or 422 `unreadable_docx`; nothing is unpacked yet.
 * The caller closes the parts when done.
 */
export async function openDocxArchive(bytes: Uint8Array): Promise<DocxParts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile | undefined;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      strictFileNames: true,
      validateEntrySizes: true,
    });
    return new DocxParts(zip, await checkedEntries(zip));
  } catch (error) {
    zip?.close();
    throw error instanceof DocxImportError ? error : damaged(error);
  }
}
