import { RegulationEditorPage } from "./fixtures/RegulationEditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

// The Perda template: BAB I KETENTUAN UMUM and BAB II KETENTUAN PENUTUP, one Pasal each.
const FIRST_ARTICLE = "Dalam … ini yang dimaksud dengan: …";
const LAST_ARTICLE = "… ini mulai berlaku pada tanggal diundangkan.";

test("two drafters insert a Pasal in different BAB at once and both see the same numbering", async ({
  people,
  createDocument,
}) => {
  const siti = await people.drafter("Siti Rahmawati");
  const budi = await people.drafter("Budi Santoso");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pengelolaan Sampah", {
    owner: siti,
    roles: [[budi, "drafter"]],
    template: "perda",
  });
  const sitiPage = new RegulationEditorPage(await people.signedInPage(siti));
  const budiPage = new RegulationEditorPage(await people.signedInPage(budi));
  await sitiPage.open(documentId);
  await budiPage.open(documentId);
  for (const page of [sitiPage, budiPage]) {
    await expect(page.articleLabels).toHaveText(["Pasal 1", "Pasal 2"]);
  }

  // At the same time: Budi adds a Pasal at the end of BAB II with the toolbar, Siti one after
  // the Pasal of BAB I with the keyboard shortcut.
  await Promise.all([
    (async () => {
      await // Siti's Pasal may already be there: the old last one is Pasal 2 or 3.
      await budiPage.placeCaretAfter(LAST_ARTICLE, /^BAB II, Pasal [23]$/);
      await budiPage.insertArticleButton.click();
      await budiPage.page.keyboard.type("Ketentuan baru dari Budi.");
    })(),
    (async () => {
      await sitiPage.placeCaretAfter(FIRST_ARTICLE, "BAB I, Pasal 1");
      await sitiPage.page.keyboard.press("Alt+Shift+P");
      await sitiPage.page.keyboard.type("Ketentuan baru dari Siti.");
    })(),
  ]);

  for (const page of [sitiPage, budiPage]) {
    await expect(page.articleLabels).toHaveText(["Pasal 1", "Pasal 2", "Pasal 3", "Pasal 4"]);
    await expect(page.outlineEntry(/^Pasal 2 Ketentuan baru dari Siti\.$/)).toBeVisible();
    await expect(page.outlineEntry(/^Pasal 3 … ini mulai berlaku/)).toBeVisible();
    await expect(page.outlineEntry(/^Pasal 4 Ketentuan baru dari Budi\.$/)).toBeVisible();
  }
  await expect(budiPage.caretLocator).toHaveText("BAB II, Pasal 4");
  await expect(sitiPage.caretLocator).toHaveText("BAB I, Pasal 2");

  // Siti adds one more in BAB I: Budi did nothing, yet his caret's locator follows.
  await sitiPage.page.keyboard.press("Alt+Shift+P");
  await sitiPage.page.keyboard.type("Satu lagi.");
  await expect(budiPage.articleLabels).toHaveText([
    "Pasal 1",
    "Pasal 2",
    "Pasal 3",
    "Pasal 4",
    "Pasal 5",
  ]);
  await expect(budiPage.caretLocator).toHaveText("BAB II, Pasal 5");
  await expect(budiPage.outlineEntry(/^Pasal 5 Ketentuan baru dari Budi\.$/)).toBeVisible();

  // The outline takes Siti to the old last Pasal, now Pasal 4.
  await sitiPage.outlineEntry(/^Pasal 4 /).click();
  await expect(sitiPage.caretLocator).toHaveText("BAB II, Pasal 4");
  await expect(sitiPage.editor).toBeFocused();
});
