import { EditorPage } from "./fixtures/EditorPage.ts";
import { NetworkLink } from "./fixtures/NetworkLink.ts";
import { expect, test } from "./fixtures/test.ts";

test("edits made offline survive a reload and reach the others when the connection returns", async ({
  browser,
  baseURL,
  createDocument,
}) => {
  const documentId = await createDocument("Draft Ministerial Regulation on Public Consultation");
  // Budi reaches the server through a link the test can really cut (see NetworkLink).
  const link = await NetworkLink.open(baseURL ?? "");
  const sitiContext = await browser.newContext();
  const budiContext = await browser.newContext();
  const siti = new EditorPage(await sitiContext.newPage());
  const budi = new EditorPage(await budiContext.newPage());

  await siti.open(documentId, "Siti Rahmawati");
  await budi.open(documentId, "Budi Santoso", link.url);
  await budi.waitUntilAvailableOffline();
  await expect(siti.people).toContainText("Budi Santoso");

  // Offline: the browser says so (navigator.onLine) and the network path is gone.
  await budiContext.setOffline(true);
  link.cut();
  await expect(budi.connectionState).toHaveText("Offline");
  await expect(siti.people).not.toContainText("Budi Santoso");

  const offlineText = "Article 2: Every draft is published for comment for at least 14 days.";
  await budi.typeAtEnd(offlineText);
  // Shown only once the change is committed to IndexedDB.
  await expect(budi.saveState).toHaveText("Unsaved changes kept on this device");

  // Reload while still offline: the app comes from the service worker, the text from IndexedDB.
  await budi.page.reload();
  await expect(budi.editor).toContainText(offlineText);
  await expect(budi.connectionState).toHaveText("Offline");
  await expect(budi.saveState).toHaveText("Unsaved changes kept on this device");
  await expect(siti.editor).not.toContainText(offlineText);

  // Back online: the edit reaches Siti and the server confirms it.
  link.restore();
  await budiContext.setOffline(false);
  await expect(budi.connectionState).toHaveText("Connected");
  await expect(siti.editor).toContainText(offlineText);
  await expect(budi.saveState).toHaveText("All changes saved");

  await sitiContext.close();
  await budiContext.close();
  await link.close();
});
