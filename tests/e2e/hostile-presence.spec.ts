import { CraftedPresence } from "./fixtures/CraftedPresence.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import type { People } from "./fixtures/People.ts";
import { expect, type Person, test } from "./fixtures/test.ts";

/** Presence states a reviewer crafted by hand (issue 10, finding 1): carets that name nothing. */
const CRAFTED = [
  '{"cursor":{}}',
  '{"cursor":{"anchor":null,"head":null}}',
  '{"cursor":{"anchor":{},"head":{}}}',
  '{"user":{"name":"Siti Rahmawati"},"cursor":{"anchor":{"item":{"client":"x","clock":[]}},"head":7}}',
];

/**
 * Siti's draft with Budi as co-drafter and a reviewer, both drafters' pages open on it, live.
 */
async function draftWithReviewer(
  people: People,
  createDocument: (title: string, options: object) => Promise<string>,
  reviewerName: string,
) {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const reviewer: Person = await people.member(reviewerName);
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar Rakyat", {
    owner: siti,
    roles: [
      [budi, "drafter"],
      [reviewer, "reviewer"],
    ],
  });
  const sitiPage = new EditorPage(await people.signedInPage(siti));
  const budiPage = new EditorPage(await people.signedInPage(budi));
  await sitiPage.open(documentId);
  await budiPage.open(documentId);
  return { documentId, reviewer, sitiPage, budiPage };
}

test("crafted presence from a reviewer never stops the drafters' editors or costs them text", async ({
  baseURL,
  people,
  createDocument,
}) => {
  const scene = await draftWithReviewer(people, createDocument, "Rini Wulandari");
  const { documentId, sitiPage, budiPage } = scene;
  await sitiPage.typeAtEnd("Pasal 1 berlaku sejak diundangkan.");
  await expect(budiPage.editor).toContainText("Pasal 1 berlaku sejak diundangkan.");

  const reviewer = await CraftedPresence.open(String(baseURL), scene.reviewer, documentId);
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
  const { documentId, reviewer, sitiPage, budiPage } = await draftWithReviewer(
    people,
    createDocument,
    "Sinta Wijaya",
  );
  await (await people.api(reviewer)).renameSelf("Siti Rahmawati");
  await new EditorPage(await people.signedInPage(reviewer)).open(documentId);

  const verifiedSiti = /^Siti Rahmawati · Kementerian Uji Coba \w+$/;
  await expect(budiPage.people.getByText(verifiedSiti)).toBeVisible();
  await expect(budiPage.people.getByText("Siti Rahmawati", { exact: true })).toBeVisible();
  await sitiPage.typeAtEnd("Pasal 1.");
  await expect(budiPage.remoteCaret("Siti Rahmawati · Kementerian Uji Coba")).toBeVisible();
});
