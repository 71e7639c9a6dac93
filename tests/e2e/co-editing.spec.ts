import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("two drafters see each other's text, caret and name, and both changes are saved", async ({
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pengelolaan Sampah", {
    owner: siti,
    roles: [[budi, "drafter"]],
  });
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));

  await sitiPage.open(documentId);
  await budiPage.open(documentId);
  await expect(sitiPage.people).toContainText("Budi Santoso");
  await expect(budiPage.people).toContainText("Siti Rahmawati");

  const sitiText = "Pasal 1: Peraturan ini berlaku sejak tanggal diundangkan.";
  await sitiPage.typeAtEnd(sitiText);
  await expect(budiPage.editor).toContainText(sitiText);

  const budiText = " Ditetapkan di Bandung.";
  await budiPage.typeAtEnd(budiText);
  await expect(sitiPage.editor).toContainText(`${sitiText}${budiText}`);
  await expect(sitiPage.remoteCaret("Budi Santoso")).toBeVisible();
  await expect(budiPage.remoteCaret("Siti Rahmawati")).toBeVisible();

  // "All changes saved" only appears once the server acknowledged a check sent after the edit.
  await expect(sitiPage.saveState).toHaveText("All changes saved");
  await expect(budiPage.saveState).toHaveText("All changes saved");
});
