import { describe, expect, it } from "vitest";
import { pdfBytes } from "../test/pdf.ts";
import { isPdf, safeAttachmentName } from "./pdfFile.ts";

describe("position paper files", () => {
  it("recognises a PDF by its header and trailer, not its name", () => {
    expect(isPdf(pdfBytes())).toBe(true);
    expect(isPdf(pdfBytes(50_000))).toBe(true);
    expect(isPdf(new TextEncoder().encode("%PDF-1.4 but cut off"))).toBe(false);
    expect(isPdf(new TextEncoder().encode("<html>%%EOF"))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });

  it.each([
    ["../../etc/passwd", "passwd.pdf"],
    ["C:\\Users\\siti\\Kajian.PDF", "Kajian.pdf"],
    ['kajian"; filename=evil.html', "kajian_ filename_evil.html.pdf"],
    ["Tinjauan Perda №5 (final).pdf", "Tinjauan Perda _5 (final).pdf"],
    ["...", "lampiran.pdf"],
    ["", "lampiran.pdf"],
    ["\u0000\u001f.pdf", "lampiran.pdf"],
  ])("names %j as %j", (name, safe) => {
    expect(safeAttachmentName(name)).toBe(safe);
  });

  it("keeps names short", () => {
    expect(safeAttachmentName(`${"a".repeat(500)}.pdf`)).toHaveLength(120);
  });
});
