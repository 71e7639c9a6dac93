import { inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Offset of the end-of-central-directory record, searched from the end past any comment. */
function endOfDirectory(zip: Buffer): number {
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 65_557); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/**
 * The text of one file of a zip archive (a .docx part such as "word/numbering.xml"), or null
 * when the archive has no such file or stores it in a way not read here. Mammoth reads the text
 * of a .docx but not every part of it (it hides how Word numbers lists), so those parts are read
 * here; the archive has already been read by mammoth, so it is known to be sound.
 */
export function readZipText(bytes: Uint8Array, name: string): string | null {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(entry) !== DIRECTORY_ENTRY) return null;
    const method = zip.readUInt16LE(entry + 10);
    const size = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const skipped = nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    const entryName = zip.toString("utf8", entry + 46, entry + 46 + nameLength);
    if (entryName === name) {
      const local = zip.readUInt32LE(entry + 42);
      if (zip.readUInt32LE(local) !== LOCAL_HEADER) return null;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === STORED) return data.toString("utf8");
      return method === DEFLATED ? inflateRawSync(data).toString("utf8") : null;
    }
    entry += 46 + skipped;
  }
  return null;
}
