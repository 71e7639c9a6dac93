import { CraftedPresence } from "./fixtures/CraftedPresence.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

/** Presence states a reviewer crafted by hand (issue 10, finding 1): carets that name nothing. */
const CRAFTED = [
  '{"cursor":{}}',
  '{"cursor":{"anchor":null,"head":null}}',
  '{"cursor":{"anchor":{},"head":{}}}',
  '{"user":{"name":"Siti Rahmawati"},"cursor":{"anchor":{"item":{"client":"x","clock":[]}},"head":7}}',
];

test("crafted presence from a reviewer never stops the drafters' editors or costs them text", async ({
  baseURL,
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const rini = await people.member("Rini Wulandari");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar Rakyat", {
    owner: siti,
    roles: [
      [budi, "drafter"],
      [rini, "reviewer"],
    ],
  });
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));
  await sitiPage.open(documentId);
  await budiPage.open(documentId);
  await sitiPage.typeAtEnd("Pasal 1 berlaku sejak diundangkan.");
  await expect(budiPage.editor).toContainText("Pasal 1 berlaku sejak diundangkan.");

  const reviewer = await CraftedPresence.open(String(baseURL), rini, documentId);
  for (const [index, state] of CRAFTED.entries()) reviewer.announce(0x5eed0 + index, state);

  // Both keep typing, each on their own page; each page must keep applying the other's edits.
  await budiPage.typeAtEnd(" Pasal 2 tentang retribusi.");
  await expect(sitiPage.editor).toContainText("Pasal 2 tentang retribusi.");
  await sitiPage.typeAtEnd(" Pasal 3 tentang penutup.");
  await expect(budiPage.editor).toContainText("Pasal 3 tentang penutup.");
  const agreed =
    "Pasal 1 berlaku sejak diundangkan. Pasal 2 tentang retribusi. Pasal 3 tentang penutup.";
  await expect.poll(() => sitiPage.content()).toEqual([`P:${agreed}`]);
  await expect.poll(() => budiPage.content()).toEqual([`P:${agreed}`]);
  await expect.poll(() => reviewer.serverParagraphs()).toEqual([agreed]);
  expect(reviewer.isOpen).toBe(true);
  reviewer.close();
});

test("someone renamed after a drafter is told apart on carets and in the people list by the verified organisation", async ({
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const impostor = await people.member("Sinta Wijaya");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar Rakyat", {
    owner: siti,
    roles: [
      [budi, "drafter"],
      [impostor, "reviewer"],
    ],
  });
  await (await people.api(impostor)).renameSelf("Siti Rahmawati");
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));
  const impostorPage = new EditorPage(await people.signedInPage(impostor));
  await sitiPage.open(documentId);
  await budiPage.open(documentId);
  await impostorPage.open(documentId);

  const verifiedSiti = /^Siti Rahmawati · Kementerian Uji Coba \w+$/;
  await expect(budiPage.people.getByText(verifiedSiti)).toBeVisible();
  await expect(budiPage.people.getByText("Siti Rahmawati", { exact: true })).toBeVisible();
  await sitiPage.typeAtEnd("Pasal 1.");
  await expect(budiPage.remoteCaret("Siti Rahmawati · Kementerian Uji Coba")).toBeVisible();
});
