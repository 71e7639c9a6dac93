import type { ApiSession } from "./fixtures/ApiSession.ts";
import { CommentsPanel } from "./fixtures/CommentsPanel.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import type { People } from "./fixtures/People.ts";
import { E2E_ADMIN } from "./fixtures/session.ts";
import { expect, type Person, test } from "./fixtures/test.ts";

const ARTICLE = "Pasal 1: Setiap orang berhak atas air bersih.";

/**
 * A drafter's draft with one article, open for the drafter and for a reviewer of a
 * civil-society organisation, both live.
 */
async function openForDrafterAndReviewer({
  people,
  drafter,
  admin,
  createDocument,
}: {
  people: People;
  drafter: Person;
  admin: ApiSession;
  createDocument: (title: string, options?: { roles?: [Person, "reviewer"][] }) => Promise<string>;
}) {
  const organisation = await admin.createOrganisation(
    `Koalisi Air ${Date.now().toString(36)}`,
    "civil_society",
  );
  // Only a verified organisation is shown beside its members' names.
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Rina Kusuma", organisation.id);
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Air Bersih", {
    roles: [[reviewer, "reviewer"]],
  });
  const drafterEditor = new EditorPage(await people.signedInPage(drafter));
  await drafterEditor.open(documentId);
  // As on any later visit, the service worker answers the page's requests: the live comment
  // updates must get through it.
  await drafterEditor.waitUntilAvailableOffline();
  await drafterEditor.page.reload();
  await expect(drafterEditor.connectionState).toHaveText("Connected");
  expect(await drafterEditor.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(
    true,
  );
  await drafterEditor.typeAtEnd(ARTICLE);
  await expect(drafterEditor.saveState).toHaveText("All changes saved");
  const reviewerEditor = new EditorPage(await people.signedInPage(reviewer));
  await reviewerEditor.open(documentId);
  await expect(reviewerEditor.editor).toContainText(ARTICLE);
  return {
    organisation,
    drafterEditor,
    reviewerEditor,
    drafterComments: new CommentsPanel(drafterEditor.page),
    reviewerComments: new CommentsPanel(reviewerEditor.page),
  };
}

test("a reviewer comments on a passage selected by keyboard; the drafter sees it at once and answers", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const { organisation, reviewerEditor, drafterComments, reviewerComments } =
    await openForDrafterAndReviewer({ people, drafter, admin, createDocument });

  await reviewerComments.selectByKeyboard("air bersih");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Mohon dirumuskan: air bersih yang layak minum.", undefined, [
    {
      name: "kertas-posisi.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
    },
  ]);

  // Within a second of the reviewer's POST: the passage is highlighted and the thread shown.
  await expect(drafterComments.highlight("air bersih")).toBeVisible({ timeout: 1_000 });
  const thread = drafterComments.thread("Mohon dirumuskan");
  await expect(thread).toBeVisible({ timeout: 1_000 });
  await expect(thread).toContainText("Rina Kusuma");
  await expect(thread).toContainText(organisation.name);
  await expect(thread).toContainText("air bersih");
  await expect(thread).toContainText("Awaiting answer");
  const paper = thread.getByRole("link", { name: "kertas-posisi.pdf" });
  const download = await drafterComments.page.request.get(String(await paper.getAttribute("href")));
  expect(download.headers()["content-type"]).toContain("application/pdf");
  // The reviewer's text stayed as it was, and their connection open.
  expect(await reviewerEditor.content()).toEqual([`P:${ARTICLE}`]);
  await expect(reviewerEditor.connectionState).toHaveText("Connected");

  await drafterComments.answer(thread, "Partly accepted", "Dirumuskan di Pasal 2 tentang mutu.");
  const seenByReviewer = reviewerComments.thread("Mohon dirumuskan");
  const answer = seenByReviewer.getByRole("region", { name: "Official answer" });
  await expect(answer.getByTestId("disposition")).toHaveText("Partly accepted");
  await expect(answer).toContainText("Dirumuskan di Pasal 2 tentang mutu.");
  await expect(answer).toContainText(drafter.name);
  await expect(seenByReviewer).not.toContainText("Awaiting answer");
});

test("a reviewer suggests replacement text and the drafter's acceptance changes the text for both", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const { drafterEditor, reviewerEditor, drafterComments, reviewerComments } =
    await openForDrafterAndReviewer({ people, drafter, admin, createDocument });

  await reviewerComments.selectByKeyboard("berhak atas air bersih");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Bersih saja tidak cukup.", "berhak atas air minum yang layak");

  // Shown as a tracked change: the replaced word struck through, the new words inserted.
  const thread = drafterComments.thread("Bersih saja tidak cukup.");
  await expect(thread.locator("del")).toHaveText(/bersih/);
  await expect(thread.locator("ins")).toHaveText(/minum yang layak/);
  await thread.getByRole("button", { name: "Accept and change the text" }).click();

  const changed = "Pasal 1: Setiap orang berhak atas air minum yang layak.";
  for (const editor of [drafterEditor, reviewerEditor]) {
    await expect.poll(() => editor.content()).toEqual([`P:${changed}`]);
  }
  await expect(reviewerComments.thread("Bersih saja tidak cukup.")).toContainText(
    `Accepted by ${drafter.name}`,
  );
});

test("markup in a comment is shown as text, never run", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const { drafterEditor, reviewerComments, drafterComments } = await openForDrafterAndReviewer({
    people,
    drafter,
    admin,
    createDocument,
  });
  const dialogs: string[] = [];
  for (const page of [drafterEditor.page, reviewerComments.page]) {
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }
  const hostile = `<script>alert(1)</script><img src=x onerror="alert(2)">`;

  await reviewerComments.selectByKeyboard("Setiap orang");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post(hostile);

  for (const comments of [reviewerComments, drafterComments]) {
    await expect(comments.thread(hostile)).toBeVisible();
    await expect(comments.panel.locator("img, script")).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

test("accepting a suggestion on a passage that changed since shows the wordings instead of overwriting", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const { drafterEditor, drafterComments, reviewerComments } = await openForDrafterAndReviewer({
    people,
    drafter,
    admin,
    createDocument,
  });
  await reviewerComments.selectByKeyboard("air bersih");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Lebih tepat air minum.", "air minum");

  // Meanwhile a drafter rewords the passage.
  await expect(drafterComments.highlight("air bersih")).toBeVisible();
  await drafterComments.highlight("air bersih").click();
  await drafterEditor.page.keyboard.press("End");
  // Back over " bersih." to just after "air", inside the passage.
  for (let i = 0; i < 8; i++) await drafterEditor.page.keyboard.press("ArrowLeft");
  await drafterEditor.page.keyboard.type(" yang");
  const thread = drafterComments.thread("Lebih tepat air minum.");
  await thread.getByRole("button", { name: "Accept and change the text" }).click();

  const conflict = thread.getByRole("alert");
  await expect(conflict).toContainText("The passage changed since this suggestion was made");
  await expect(conflict).toContainText("air minum");
  // Nothing was overwritten.
  await expect
    .poll(() => drafterEditor.content())
    .toEqual(["P:Pasal 1: Setiap orang berhak atas air yang bersih."]);
});

test("a reviewer rewords their comment and an administrator hides another with a public reason", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  const { drafterComments, reviewerComments, reviewerEditor } = await openForDrafterAndReviewer({
    people,
    drafter,
    admin,
    createDocument,
  });
  await reviewerComments.selectByKeyboard("Setiap orang");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Termasuk warga pendatang?");
  await expect(reviewerComments.highlight("Setiap orang")).toBeVisible();
  await reviewerComments.selectByKeyboard("air bersih");
  await reviewerComments.openWithShortcut();
  await reviewerComments.post("Iklan: jual pompa air murah!");

  const own = reviewerComments.thread("Termasuk warga pendatang?");
  await own.getByRole("button", { name: /^Edit/ }).click();
  await own
    .getByRole("textbox", { name: "Your comment" })
    .fill("Termasuk warga pendatang dan penyewa?");
  await own.getByRole("button", { name: "Save changes" }).click();
  await expect(reviewerComments.thread("Termasuk warga pendatang dan penyewa?")).toContainText(
    "edited",
  );
  const reworded = drafterComments.thread("Termasuk warga pendatang dan penyewa?");
  await expect(reworded).toContainText("edited");
  await reworded.getByText("Earlier wordings").click();
  await expect(reworded.locator(".comment-revisions")).toContainText("Termasuk warga pendatang?");

  const adminPage = await people.signedInPage({ id: "", name: "Administrator", ...E2E_ADMIN });
  await adminPage.goto(reviewerEditor.page.url());
  const adminComments = new CommentsPanel(adminPage);
  const spam = adminComments.thread("jual pompa");
  await spam.getByRole("button", { name: /^Hide/ }).click();
  await spam.getByRole("radio", { name: "spam or advertising" }).check();
  await spam.getByRole("textbox", { name: "Note" }).fill("Iklan produk, bukan tanggapan.");
  await spam.getByRole("button", { name: "Hide comment" }).click();

  const tombstone = reviewerComments.threads.filter({ hasText: "Hidden by" });
  await expect(tombstone).toContainText("spam or advertising");
  await expect(tombstone).toContainText("Iklan produk, bukan tanggapan.");
  await expect(reviewerComments.panel).not.toContainText("jual pompa");
  await reviewerComments.panel.getByText("Moderation log").click();
  await expect(reviewerComments.panel.locator(".moderation-log")).toContainText(
    "hid a comment by Rina Kusuma",
  );
});
