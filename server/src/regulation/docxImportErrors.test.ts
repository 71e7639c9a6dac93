import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DocxImportError, type DocxImportErrorId } from "./docxImportError.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import { PERDA_PARKIR_LINES } from "./test/perdaParkirDraft.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";
import { zipOf } from "./test/zipArchive.ts";

/** The typed error an import of these bytes fails with; fails the test if it succeeds. */
async function importFailure(bytes: Uint8Array): Promise<DocxImportError> {
  const failure = await importRegulationDocx(bytes).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(DocxImportError);
  return failure as DocxImportError;
}

const expectFailure = async (bytes: Uint8Array, id: DocxImportErrorId) => {
  const failure = await importFailure(bytes);
  expect(failure.id).toBe(id);
  expect(failure.message).not.toBe("");
  return failure;
};

describe("importing a file that is not a readable Word draft", () => {
  it("rejects an empty file as not a .docx", async () => {
    await expectFailure(new Uint8Array(), "not_docx");
  });

  it("rejects random bytes as not a .docx", async () => {
    const bytes = randomBytes(4096);
    bytes[0] = 0x00; // never a zip signature by chance
    await expectFailure(new Uint8Array(bytes), "not_docx");
  });

  it("rejects an old binary Word .doc and says to save it as .docx", async () => {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...randomBytes(512),
    ]);
    const failure = await expectFailure(ole, "not_docx");
    expect(failure.message).toMatch(/\.docx/);
  });

  it("rejects a zip that holds no Word document as not a .docx", async () => {
    const zip = zipOf({ "catatan.txt": "Pasal 1\nBukan dokumen Word." });
    await expectFailure(zip, "not_docx");
  });

  it("rejects a truncated .docx as damaged", async () => {
    const docx = await typedDraftDocx(PERDA_PARKIR_LINES);
    await expectFailure(docx.slice(0, Math.floor(docx.length / 2)), "unreadable_docx");
  });

  it("rejects a .docx whose document part is not XML as damaged", async () => {
    const zip = zipOf({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "Pasal 1 <w:p",
    });
    await expectFailure(zip, "unreadable_docx");
  });

  it("rejects a readable .docx without any Pasal, rather than invent a body", async () => {
    const letter = await typedDraftDocx([
      "Yth. Bapak Wali Kota",
      "Dengan hormat,",
      "Terima kasih.",
    ]);
    const failure = await expectFailure(letter, "not_a_regulation");
    expect(failure.status).toBe(422);
  });
});
