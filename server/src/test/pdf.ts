/** A tiny but well-formed PDF (one empty page), padded to exactly `size` bytes when asked. */
export function pdfBytes(size = 0): Uint8Array {
  const objects = [
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj",
  ];
  const head = `%PDF-1.4\n${objects.join("\n")}\n`;
  const tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  const padding = Math.max(0, size - head.length - tail.length - 1);
  return new TextEncoder().encode(`${head}%${"x".repeat(padding)}${tail}`);
}
