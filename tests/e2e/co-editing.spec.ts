import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("two drafters see each other's text, caret and name, and both changes are saved", async ({
  browser,
  createDocument,
}) => {
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pengelolaan Sampah");
  const sitiContext = await browser.newContext();
  const budiContext = await browser.newContext();
  const siti = new EditorPage(await sitiContext.newPage());
  const budi = new EditorPage(await budiContext.newPage());

  await siti.open(documentId, "Siti Rahmawati");
  await budi.open(documentId, "Budi Santoso");
  await expect(siti.people).toContainText("Budi Santoso");
  await expect(budi.people).toContainText("Siti Rahmawati");

  const sitiText = "Pasal 1: Peraturan ini berlaku sejak tanggal diundangkan.";
  await siti.typeAtEnd(sitiText);
  await expect(budi.editor).toContainText(sitiText);

  const budiText = " Ditetapkan di Bandung.";
  await budi.typeAtEnd(budiText);
  await expect(siti.editor).toContainText(`${sitiText}${budiText}`);
  await expect(siti.remoteCaret("Budi Santoso")).toBeVisible();
  await expect(budi.remoteCaret("Siti Rahmawati")).toBeVisible();

  // "All changes saved" only appears once the server acknowledged a check sent after the edit.
  await expect(siti.saveState).toHaveText("All changes saved");
  await expect(budi.saveState).toHaveText("All changes saved");

  await sitiContext.close();
  await budiContext.close();
});
