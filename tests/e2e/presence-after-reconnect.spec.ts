import { EditorPage } from "./fixtures/EditorPage.ts";
import { NetworkLink } from "./fixtures/NetworkLink.ts";
import { expect, test } from "./fixtures/test.ts";

test("someone whose connection drops and returns is shown as present again at once", async ({
  browser,
  baseURL,
  createDocument,
}) => {
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar Rakyat");
  const link = await NetworkLink.open(baseURL ?? "");
  const sitiContext = await browser.newContext();
  const budiContext = await browser.newContext();
  const siti = new EditorPage(await sitiContext.newPage());
  const budi = new EditorPage(await budiContext.newPage());

  await siti.open(documentId, "Siti Rahmawati");
  await budi.open(documentId, "Budi Santoso", link.url);
  await expect(siti.people).toContainText("Budi Santoso");

  link.cut();
  await expect(siti.people).not.toContainText("Budi Santoso");

  // Same page, same person: without re-announcing, peers ignore the returning presence
  // until its 15-second renewal, longer than this assertion waits.
  link.restore();
  await expect(budi.connectionState).toHaveText("Connected");
  await expect(siti.people).toContainText("Budi Santoso");

  await sitiContext.close();
  await budiContext.close();
  await link.close();
});
