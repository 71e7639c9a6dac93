import { EditorPage } from "./fixtures/EditorPage.ts";
import { NetworkLink } from "./fixtures/NetworkLink.ts";
import { expect, test } from "./fixtures/test.ts";

test("someone whose connection drops and returns is shown as present again at once", async ({
  baseURL,
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar Rakyat", {
    owner: siti,
    roles: [[budi, "drafter"]],
  });
  const link = await NetworkLink.open(baseURL ?? "");
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));

  await sitiPage.open(documentId);
  await budiPage.open(documentId, link.url);
  await expect(sitiPage.people).toContainText("Budi Santoso");

  link.cut();
  await expect(sitiPage.people).not.toContainText("Budi Santoso");

  // Same page, same person: without re-announcing, peers ignore the returning presence
  // until its 15-second renewal, longer than this assertion waits.
  link.restore();
  await expect(budiPage.connectionState).toHaveText("Connected");
  await expect(sitiPage.people).toContainText("Budi Santoso");

  await link.close();
});
