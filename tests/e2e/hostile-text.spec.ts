import { DocumentsPage } from "./fixtures/DocumentsPage.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("markup and SQL typed into a title are shown as text, never run", async ({
  page,
  createDocument,
}) => {
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'); DROP TABLE documents;--`;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await createDocument(hostile);

  const documents = new DocumentsPage(page);
  await documents.goto();
  await expect(documents.documentLink(hostile)).toBeVisible();
  await documents.documentLink(hostile).click();
  const editor = new EditorPage(page);
  await expect(editor.title).toHaveText(hostile);
  await expect(editor.connectionState).toHaveText("Connected");

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(dialogs).toEqual([]);
});
