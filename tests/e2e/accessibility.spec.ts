import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CommentsPanel } from "./fixtures/CommentsPanel.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

/** Runs axe (WCAG 2.1 A and AA rules) on what the page shows now. */
async function violationsOn(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

test("the main screens pass automated WCAG 2.1 AA checks", async ({
  page,
  people,
  createDocument,
}) => {
  const signIn = await people.anonymousPage();
  await signIn.goto("/sign-in");
  await expect(signIn.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violationsOn(signIn)).toEqual([]);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  const free = await createDocument("Catatan rapat kerja");
  await page.goto(`/documents/${free}`);
  await expect(page.getByRole("status").first()).toBeVisible();
  await expect(page.getByText("Connected")).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  // The comments panel: the box for a new comment, then a thread with its highlight.
  await new EditorPage(page).typeAtEnd("Rapat membahas tarif air bersih.");
  const comments = new CommentsPanel(page);
  await comments.selectByKeyboard("tarif air bersih");
  await comments.openWithShortcut();
  expect(await violationsOn(page)).toEqual([]);
  await comments.post("Perlu rincian **tarif** per golongan.");
  await expect(comments.thread("Perlu rincian")).toBeVisible();
  await expect(comments.highlight("tarif air bersih")).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  const structured = await createDocument("Rancangan Perda tentang Pasar Rakyat", {
    template: "perda",
  });
  await page.goto(`/documents/${structured}`);
  await expect(page.getByText("Connected")).toBeVisible();
  await expect(page.getByText("Pasal 1", { exact: true }).first()).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
});
