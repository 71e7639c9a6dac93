import { constants, crc32, deflateRawSync } from "node:zlib";

/** One file of a zip archive as stored: its bytes (deflated or not) and what its headers say. */
export interface ZipEntry {
  name: string;
  /** The bytes in the archive: the content itself (method 0) or raw deflate (method 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The unpacked size the headers declare: the truth, or a lie. */
  size: number;
}

/** A file stored as it is, uncompressed. */
export function storedEntry(name: string, content: string): ZipEntry {
  const stored = Buffer.from(content);
  return { name, stored, method: 0, crc: crc32(stored), size: stored.length };
}

const MIB = 1024 * 1024;

/**
 * `mib` MiB of spaces deflated to about a thousandth of that: a zip bomb's part. One MiB is
 * deflated once and its (byte-aligned, self-contained) blocks repeated, so even a GiB is built in
 * a moment. `declaredSize` is what the headers claim; by default the truth.
 */
export function spacesEntry(name: string, mib: number, declaredSize = mib * MIB): ZipEntry {
  const spaces = Buffer.alloc(MIB, 0x20);
  const block = deflateRawSync(spaces, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const lastEmptyBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  const stored = Buffer.concat([...Array.from({ length: mib }, () => block), lastEmptyBlock]);
  let crc = 0;
  for (let index = 0; index < mib; index++) crc = crc32(spaces, crc);
  return { name, stored, method: 8, crc, size: declaredSize };
}

/** A zip archive of these entries, each header declaring what the entry says. */
export function zipArchive(entries: ZipEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, stored, method, crc, size } of entries) {
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(stored.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, Buffer.from(stored));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(stored.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/** A valid zip archive (entries stored, not compressed) holding these files. */
export function zipOf(files: Record<string, string>): Uint8Array {
  return zipArchive(Object.entries(files).map(([name, content]) => storedEntry(name, content)));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

/**
 * A .docx whose document part is `mib` MiB of spaces packed into about `mib` KiB — a zip bomb —
 * declaring `declaredSize` bytes unpacked (the truth by default).
 */
export function zipBombDocx(mib: number, declaredSize?: number): Uint8Array {
  return zipArchive([
    storedEntry("[Content_Types].xml", CONTENT_TYPES),
    spacesEntry("word/document.xml", mib, declaredSize),
  ]);
}

const WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = (body: string) =>
  `<?xml version="1.0"?><w:document ${WORD_NAMESPACE}><w:body>${body}</w:body></w:document>`;

/** The parts of a smallest readable Word draft: one Pasal with its text. */
export function smallestDraftEntries(): ZipEntry[] {
  const body = `${paragraph("Pasal 1")}${paragraph("Peraturan ini berlaku sejak diundangkan.")}`;
  return [
    storedEntry("[Content_Types].xml", CONTENT_TYPES),
    storedEntry("word/document.xml", documentXml(body)),
  ];
}

/**
 * An honest .docx of `count` Pasal, deflated as Word would (about 12:1): within every archive
 * limit, yet with 20,000 Pasal it takes seconds and hundreds of MB to read.
 */
export function manyArticlesDocx(count: number): Uint8Array {
  const articles = Array.from(
    { length: count },
    (_, index) =>
      `${paragraph(`Pasal ${index + 1}`)}${paragraph(`Ketentuan ${(index * 7919) % 100_003} berlaku.`)}`,
  );
  const xml = Buffer.from(documentXml(articles.join("")));
  return zipArchive([
    storedEntry("[Content_Types].xml", CONTENT_TYPES),
    {
      name: "word/document.xml",
      stored: deflateRawSync(xml),
      method: 8,
      crc: crc32(xml),
      size: xml.length,
    },
  ]);
}
