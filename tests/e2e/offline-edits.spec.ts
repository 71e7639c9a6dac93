import { EditorPage } from "./fixtures/EditorPage.ts";
import { NetworkLink } from "./fixtures/NetworkLink.ts";
import { expect, test } from "./fixtures/test.ts";

test("edits made offline survive a reload and reach the others when the connection returns", async ({
  baseURL,
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const documentId = await createDocument("Draft Ministerial Regulation on Public Consultation", {
    owner: siti,
    roles: [[budi, "drafter"]],
  });
  // Budi reaches the server through a link the test can really cut (see NetworkLink).
  const link = await NetworkLink.open(baseURL ?? "");
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));
  const budiContext = budiPage.page.context();

  await sitiPage.open(documentId);
  await budiPage.open(documentId, link.url);
  await budiPage.waitUntilAvailableOffline();
  await expect(sitiPage.people).toContainText("Budi Santoso");

  // Offline: the browser says so (navigator.onLine) and the network path is gone.
  await budiContext.setOffline(true);
  link.cut();
  await expect(budiPage.connectionState).toHaveText("Offline");
  await expect(sitiPage.people).not.toContainText("Budi Santoso");

  const offlineText = "Article 2: Every draft is published for comment for at least 14 days.";
  await budiPage.typeAtEnd(offlineText);
  // Shown only once the change is committed to IndexedDB.
  await expect(budiPage.saveState).toHaveText("Unsaved changes kept on this device");

  // Reload while still offline: the app comes from the service worker, the text from IndexedDB.
  await budiPage.page.reload();
  await expect(budiPage.editor).toContainText(offlineText);
  await expect(budiPage.connectionState).toHaveText("Offline");
  await expect(budiPage.saveState).toHaveText("Unsaved changes kept on this device");
  await expect(sitiPage.editor).not.toContainText(offlineText);

  // Back online: the edit reaches Siti and the server confirms it.
  link.restore();
  await budiContext.setOffline(false);
  await expect(budiPage.connectionState).toHaveText("Connected");
  await expect(sitiPage.editor).toContainText(offlineText);
  await expect(budiPage.saveState).toHaveText("All changes saved");

  await link.close();
});
