import { CommentsPanel } from "./fixtures/CommentsPanel.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

/**
 * A thread longer than the panel shows: the latest replies come with it, the earlier ones on
 * request from the keyboard, and a reply made meanwhile arrives live without reloading the list.
 */
test("a long thread shows its latest replies, and the earlier ones on request from the keyboard", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const organisation = await admin.createOrganisation(
    `Koalisi ${Date.now().toString(36)}`,
    "civil_society",
  );
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Rina Kusuma", organisation.id);
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Air Bersih", {
    roles: [[reviewer, "reviewer"]],
  });
  const drafterEditor = new EditorPage(await people.signedInPage(drafter));
  await drafterEditor.open(documentId);
  await drafterEditor.typeAtEnd("Pasal 1: Setiap orang berhak atas air bersih.");
  await expect(drafterEditor.saveState).toHaveText("All changes saved");
  const reviewerEditor = new EditorPage(await people.signedInPage(reviewer));
  await reviewerEditor.open(documentId);
  const reviewerComments = new CommentsPanel(reviewerEditor.page);
  await reviewerComments.selectByKeyboard("air bersih");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Mohon dirumuskan: air bersih yang layak minum.");
  const thread = new CommentsPanel(drafterEditor.page).thread("Mohon dirumuskan");
  await expect(thread).toBeVisible();
  const threadId = String(await thread.getAttribute("data-comment-id"));
  const origin = new URL(drafterEditor.page.url()).origin;
  for (let i = 1; i <= 8; i++) {
    const res = await drafterEditor.page.request.post(
      `/api/documents/${documentId}/comments/${threadId}/replies`,
      { data: { body: `Balasan nomor ${i}.` }, headers: { origin } },
    );
    expect(res.status()).toBe(201);
  }
  await expect(thread).toContainText("Balasan nomor 8.");
  await drafterEditor.page.reload();
  await expect(thread).toContainText("Balasan nomor 8.");
  await expect(thread).not.toContainText("Balasan nomor 3.");
  const earlier = thread.getByRole("button", { name: "Show 3 earlier replies" });
  await expect(earlier).toBeVisible();
  await earlier.focus();
  await drafterEditor.page.keyboard.press("Enter");
  await expect(thread).toContainText("Balasan nomor 1.");
  await expect(earlier).toBeHidden();
});
