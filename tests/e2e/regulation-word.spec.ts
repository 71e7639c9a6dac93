import { Document, Packer, Paragraph } from "docx";
import { readFile } from "node:fs/promises";
import { ConsultationScene } from "./fixtures/consultationScene.ts";
import { DocumentsPage } from "./fixtures/DocumentsPage.ts";
import { RegulationEditorPage } from "./fixtures/RegulationEditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A .docx as a drafter types it: one plain paragraph per line. */
async function typedDocx(lines: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph(line)) }],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

test("a drafter imports a Word draft, sees it structured, and downloads it and its version 1 back as Word", async ({
  page,
  baseURL,
}) => {
  const documents = new DocumentsPage(page);
  await documents.goto();

  // Not a Word file: the reason is shown and no draft opens.
  await documents.importWordDraft("Rancangan rusak", {
    name: "catatan.docx",
    buffer: Buffer.from("just some text"),
  });
  await expect(documents.importForm.getByRole("alert")).toHaveText(
    /could not be read|not a Word file/,
  );
  await expect(page).toHaveURL(/\/$/);

  const title = `Rancangan Peraturan Daerah tentang Pasar ${Date.now()}`;
  const buffer = await typedDocx([
    "BAB I",
    "KETENTUAN UMUM",
    "Pasal 1",
    "Dalam Peraturan ini yang dimaksud dengan Pasar adalah tempat jual beli.",
    "BAB II",
    "KETENTUAN PENUTUP",
    "Pasal 2",
    "Peraturan ini mulai berlaku pada tanggal diundangkan.",
  ]);
  await documents.importWordDraft(title, { name: "rancangan-pasar.docx", buffer });

  const editor = new RegulationEditorPage(page);
  // The regulation's own title (Judul) is a heading in the text too: ask for the page's by name.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(editor.connectionState).toHaveText("Connected");
  await expect(editor.chapterLabels).toHaveText(["BAB I", "BAB II"]);
  await expect(editor.articleLabels).toHaveText(["Pasal 1", "Pasal 2"]);
  await expect(page.getByTestId("import-notice")).toContainText("The Word file was imported");

  const href = await editor.downloadWordLink.getAttribute("href");
  const exported = await page.request.get(String(href));
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain(DOCX);
  // A .docx is a zip archive: "PK".
  expect((await exported.body()).subarray(0, 2).toString()).toBe("PK");

  await expect(editor.printLink).toHaveAttribute("target", "_blank");
  const printed = await page.request.get(String(await editor.printLink.getAttribute("href")));
  expect(printed.status()).toBe(200);
  expect(await printed.text()).toContain("Pasal 2");

  // Frozen as version 1 by a consultation round, it downloads from the version's page too.
  const documentId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await new ConsultationScene(String(baseURL), documentId, "regulation").open(
    page.request,
    "Konsultasi Perda Pasar",
  );
  await page.goto(`/documents/${documentId}/versions/1`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Download as Word \(\.docx\) \(version 1\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-versi-1\.docx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(0);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});
