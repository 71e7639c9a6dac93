const MAGIC = Buffer.from("%PDF-");
const END = Buffer.from("%%EOF");
/** How far from the start a PDF header may be, and from the end its trailer (as readers allow). */
const WINDOW = 1024;

/**
 * True when the bytes are a PDF by content: the `%PDF-` header within the first kilobyte and
 * the `%%EOF` trailer within the last. A file's name or declared type proves nothing.
 */
export function isPdf(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < MAGIC.length + END.length) return false;
  const head = bytes.subarray(0, WINDOW);
  const tail = bytes.subarray(Math.max(0, bytes.length - WINDOW));
  return head.includes(MAGIC) && tail.includes(END);
}

/** The longest attachment name kept. */
const NAME_MAX = 120;

/**
 * A file name safe to store and send back in Content-Disposition: no folders, no control or
 * shell-special characters, at most {@link NAME_MAX} characters, always ending in `.pdf`.
 */
export function safeAttachmentName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base
    .normalize("NFC")
    .replace(/\p{C}+/gu, "")
    .replace(/[^\p{L}\p{N} ._()-]+/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/\.pdf$/i, "")
    .replace(/^[\s.]+/, "")
    .slice(0, NAME_MAX - 4)
    .trim();
  return `${stem || "lampiran"}.pdf`;
}
