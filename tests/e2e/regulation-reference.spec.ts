import { RegulationEditorPage } from "./fixtures/RegulationEditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

// The Perda template: BAB I KETENTUAN UMUM and BAB II KETENTUAN PENUTUP, one Pasal each.
const FIRST_ARTICLE = "Dalam … ini yang dimaksud dengan: …";
const LAST_ARTICLE = "… ini mulai berlaku pada tanggal diundangkan.";

test("a reference to a Pasal follows renumbering on every screen and is flagged once its Pasal is deleted", async ({
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

  // Siti refers to Pasal 2 from Pasal 1, choosing it in the picker with the keyboard.
  await sitiPage.placeCaretAfter(FIRST_ARTICLE, "BAB I, Pasal 1");
  await sitiPage.page.keyboard.type(" sebagaimana dimaksud dalam ");
  await sitiPage.insertReference("pasal 2");
  for (const page of [sitiPage, budiPage]) {
    await expect(page.references).toHaveCount(1);
    await expect(page.references).toHaveAttribute("data-citation", "Pasal 2");
  }

  // Budi adds a Pasal at the start of BAB II, before the one Siti refers to.
  await budiPage.placeCaretAfter("KETENTUAN PENUTUP", /^BAB II$/);
  await budiPage.insertArticleButton.click();
  await budiPage.page.keyboard.type("Ketentuan baru dari Budi.");
  for (const page of [sitiPage, budiPage]) {
    await expect(page.articleLabels).toHaveText(["Pasal 1", "Pasal 2", "Pasal 3"]);
    await expect(page.references).toHaveAttribute("data-citation", "Pasal 3");
    await expect(page.references).not.toHaveClass(/regulation-reference--dangling/);
  }

  // Budi deletes the Pasal referred to, selecting from the end of his own into it.
  // Vertical caret moves follow the layout, which a busy machine may still be settling: select
  // again until the selection really spans into the last Pasal, then delete.
  await expect(async () => {
    await budiPage.placeCaretAfter(LAST_ARTICLE, "BAB II, Pasal 3");
    await budiPage.page.keyboard.press("ArrowUp");
    await budiPage.page.keyboard.press("End");
    await budiPage.page.keyboard.press("Shift+ArrowDown");
    await budiPage.page.keyboard.press("Shift+End");
    const selected = await budiPage.page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected).toContain("berlaku pada tanggal diundangkan");
  }).toPass({ timeout: 20_000 });
  await budiPage.page.keyboard.press("Delete");
  for (const page of [sitiPage, budiPage]) {
    await expect(page.articleLabels).toHaveText(["Pasal 1", "Pasal 2"]);
    await expect(page.references).toHaveClass(/regulation-reference--dangling/);
    await expect(page.references).toHaveAttribute("data-citation", "?");
  }
});
