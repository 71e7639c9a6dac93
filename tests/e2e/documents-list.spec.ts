import { DocumentsPage } from "./fixtures/DocumentsPage.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("a drafter's new draft appears in the list with their role, and opens", async ({ page }) => {
  const documents = new DocumentsPage(page);
  await documents.goto();
  await expect(documents.heading).toHaveText("Draft regulations");

  await documents.createDocument("   ");
  await expect(page.getByText("Enter a title for the draft")).toBeVisible();
  await expect(documents.titleInput).toHaveAttribute("aria-invalid", "true");

  const title = `Draft Regional Regulation on Clean Water ${Date.now()}`;
  await documents.createDocument(title);
  await expect(documents.notification).toContainText(title);
  await expect(documents.documentLink(title)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText(
    "Your role: Owner",
  );

  // Still listed after a reload: it came from the server, not only from the form.
  await page.reload();
  await documents.documentLink(title).click();
  const editor = new EditorPage(page);
  await expect(editor.title).toHaveText(title);
  await expect(editor.connectionState).toHaveText("Connected");
  await expect(editor.toolbar).toBeVisible();
  await expect(editor.people).toContainText("Dewi Lestari (you)");
});

test("the language switch changes the interface and is remembered", async ({
  page,
  createDocument,
}) => {
  const title = `Rancangan Peraturan Menteri ${Date.now()}`;
  await createDocument(title);
  const documents = new DocumentsPage(page);
  await documents.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(documents.languageButton("English")).toHaveAttribute("aria-pressed", "true");

  await documents.languageButton("Bahasa Indonesia").click();
  await expect(documents.heading).toHaveText("Rancangan peraturan");
  await expect(page.getByRole("button", { name: "Buat rancangan" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");

  await page.reload();
  await expect(documents.heading).toHaveText("Rancangan peraturan");
  const listed = page.getByRole("listitem").filter({ hasText: title });
  await expect(listed).toContainText("Dibuat");

  await documents.languageButton("English").click();
  await expect(documents.heading).toHaveText("Draft regulations");
  await expect(listed).toContainText("Created");
});

test("a draft that does not exist or is not shared says the draft was not found", async ({
  page,
  people,
  createDocument,
}) => {
  const someoneElse = await people.drafter("Rudi Hartono");
  const notShared = await createDocument("Rancangan yang tidak dibagikan", { owner: someoneElse });
  await page.goto(`/documents/${notShared}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft not found");

  await page.goto("/documents/no-such-draft");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft not found");
  await expect(page.getByRole("link", { name: "Go to all drafts" })).toBeVisible();
});
