import { NotificationBell, NotificationSettings } from "./fixtures/NotificationBell.ts";
import { expect, test } from "./fixtures/test.ts";

const TITLE = "Rancangan Peraturan Daerah tentang Pasar Rakyat";

test("a reviewer's bell shows the round a drafter opened and leads to it", async ({
  page,
  people,
  createDocument,
  baseURL,
}) => {
  const reviewer = await people.member("Agus Salim");
  const documentId = await createDocument(TITLE, { roles: [[reviewer, "reviewer"]] });
  const reviewerPage = await people.signedInPage(reviewer);
  await reviewerPage.goto("/");
  const bell = new NotificationBell(reviewerPage);
  await expect(bell.button).toBeVisible();
  await expect(bell.count).toBeHidden();

  // The drafter (the default page's person) opens round 1.
  const opened = await page.request.post(`/api/documents/${documentId}/rounds`, {
    headers: { Origin: String(baseURL) },
    data: {
      title: "Rancangan Perda Pasar Rakyat — konsultasi 1",
      summary: "Naskah awal.",
      closesAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString(),
      timeZone: "Asia/Jakarta",
      audience: "open",
    },
  });
  expect(opened.status()).toBe(201);

  // Coming back to the window looks for news at once (otherwise within a minute). The server
  // writes notifications just after answering the drafter, so the reviewer may come back twice.
  await expect(async () => {
    await bell.refocus();
    await expect(bell.count).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(bell.announcement).toHaveText("1 unread notification");

  // The list opens and closes from the keyboard; Escape returns focus to the bell.
  await bell.button.focus();
  await reviewerPage.keyboard.press("Enter");
  await expect(bell.panel).toBeVisible();
  await reviewerPage.keyboard.press("Escape");
  await expect(bell.panel).toBeHidden();
  await expect(bell.button).toBeFocused();

  await bell.button.click();
  const item = bell.item(`Consultation round 1 opened: ${TITLE}`);
  await expect(item).toBeVisible();
  await item.click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/documents/${documentId}/rounds/1$`));
  await expect(bell.count).toBeHidden();
  await expect(bell.announcement).toHaveText("");
});

test("the choice of a daily digest on the profile page is kept", async ({ page }) => {
  await page.goto("/profile");
  const settings = new NotificationSettings(page);
  // Daily digest unless someone chooses otherwise.
  await expect(settings.digest).toBeChecked();

  await settings.immediate.check();
  await settings.save.click();
  await expect(settings.status).toHaveText("Notification settings saved.");
  await page.reload();
  await expect(settings.immediate).toBeChecked();

  await settings.digest.check();
  await settings.save.click();
  await expect(settings.status).toHaveText("Notification settings saved.");
  await page.reload();
  await expect(settings.digest).toBeChecked();
  const saved = await page.request.get("/api/me/notification-settings");
  expect(await saved.json()).toEqual({ delivery: "daily_digest" });
});
