import { describe, expect, it } from "vitest";
import { paragraphsOf, runsOf } from "./commentText.ts";

describe("paragraphsOf", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    const paragraphs = paragraphsOf("Pasal ini kabur.\nMohon diperjelas.\n\n\nTerima kasih.");
    expect(
      paragraphs.map((lines) => lines.map((runs) => runs.map((r) => r.text).join(""))),
    ).toEqual([["Pasal ini kabur.", "Mohon diperjelas."], ["Terima kasih."]]);
  });

  it("keeps markup as plain text to be shown, not run", () => {
    const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
    expect(paragraphsOf(hostile)).toEqual([[[{ text: hostile, bold: false, italic: false }]]]);
  });
});

describe("runsOf", () => {
  it("reads **bold** and *italic*, and leaves a lone asterisk alone", () => {
    expect(runsOf("a **tegas** dan *jelas* 2 * 3")).toEqual([
      { text: "a ", bold: false, italic: false },
      { text: "tegas", bold: true, italic: false },
      { text: " dan ", bold: false, italic: false },
      { text: "jelas", bold: false, italic: true },
      { text: " 2 * 3", bold: false, italic: false },
    ]);
  });
});
