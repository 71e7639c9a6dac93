import { CommentsPanel } from "./fixtures/CommentsPanel.ts";
import { ComparePage } from "./fixtures/ComparePage.ts";
import { ConsultationPanel } from "./fixtures/ConsultationPanel.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { RoundPage } from "./fixtures/RoundPage.ts";
import { expect, test } from "./fixtures/test.ts";

const ARTICLE = "Pasal 1: Setiap orang berhak atas air bersih.";
const TITLE = "Rancangan Peraturan Daerah tentang Air Bersih";

test("a reviewer without a role on the draft comments in an open round; the drafter answers, closes and concludes it", async ({
  people,
  drafter,
  admin,
  createDocument,
}) => {
  test.setTimeout(90_000);
  const documentId = await createDocument(TITLE);
  const editor = new EditorPage(await people.signedInPage(drafter));
  await editor.open(documentId);
  await editor.typeAtEnd(ARTICLE);
  await expect(editor.saveState).toHaveText("All changes saved");

  const consultation = new ConsultationPanel(editor.page);
  await consultation.show();
  await consultation.openRound(
    1,
    "Rancangan Perda Air Bersih — versi konsultasi 1",
    "Naskah awal.",
  );
  const card = consultation.round(1);
  await expect(card.getByTestId("round-window")).toContainText(
    /Open for comment until .* WIB \(Asia\/Jakarta\)/,
  );

  // A member of a verified civil-society organisation, with no role on the draft.
  const organisation = await admin.createOrganisation(
    `Koalisi Air ${Date.now().toString(36)}`,
    "civil_society",
  );
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Rina Kusuma", organisation.id);
  const reviewerPage = await people.signedInPage(reviewer);
  await reviewerPage.goto("/");
  const openToYou = reviewerPage.getByRole("region", { name: "Consultations open to you" });
  await openToYou.getByRole("link", { name: TITLE }).click();
  const round = new RoundPage(reviewerPage);
  await expect(round.text).toHaveText(ARTICLE);
  await expect(round.state).toHaveText("Open for comment");

  await round.comments.selectByKeyboard("air bersih");
  await round.comments.openWithShortcut();
  await round.comments.post("Mohon dirumuskan: air bersih yang layak minum.");
  await expect(round.comments.highlight("air bersih")).toBeVisible();
  await expect(round.comments.thread("Mohon dirumuskan")).toContainText(organisation.name);
  await reviewerPage.screenshot({ path: "tests/e2e/screenshots/round.png", fullPage: true });

  // The drafter sees the thread beside the live text, badged with its round and marked there.
  await consultation.showText();
  const drafterComments = new CommentsPanel(editor.page);
  const thread = drafterComments.thread("Mohon dirumuskan");
  await expect(thread.getByTestId("round-badge")).toHaveText("Round 1");
  await expect(drafterComments.highlight("air bersih")).toBeVisible();
  await drafterComments.panel.getByLabel("Made on").selectOption({ label: "Live draft" });
  await expect(thread).toBeHidden();
  await drafterComments.panel.getByLabel("Made on").selectOption({ label: "Round 1" });
  await expect(thread).toBeVisible();

  // The live draft moves on; the round's version does not.
  await editor.typeAtEnd(" Air minum wajib layak.");
  await expect(editor.saveState).toHaveText("All changes saved");
  await round.goto(documentId, 1);
  expect(await round.blocks()).toEqual([ARTICLE]);

  // The reviewer starts another comment; meanwhile the drafter closes the round.
  await round.comments.selectByKeyboard("Setiap orang");
  await round.comments.openWithShortcut();
  await consultation.show();
  await consultation.closeRound(1, "Masukan sudah cukup untuk naskah berikutnya.");
  await round.comments.composer
    .getByRole("textbox", { name: "Your comment" })
    .fill("Termasuk warga pendatang?");
  await round.comments.composer.getByRole("button", { name: "Post comment" }).click();
  await expect(round.comments.composer.getByRole("alert")).toContainText(
    "This consultation round is closed",
  );
  await round.page.reload();
  await expect(round.state).toHaveText("Closed");
  await expect(round.window).toContainText("Masukan sudah cukup untuk naskah berikutnya.");
  await expect(round.window).toContainText(`by ${drafter.name}`);
  await expect(round.closedNotice).toContainText("Comments are no longer accepted");
  await expect(
    round.page.getByRole("button", { name: "Comment on the selected passage" }),
  ).toHaveCount(0);
  await expect(
    round.comments.thread("Mohon dirumuskan").getByRole("button", { name: "Reply" }),
  ).toHaveCount(0);

  // Concluding is refused while a comment is unanswered, and says how many.
  const refused = await consultation.conclude(1, "Pasal 1 dirumuskan ulang.");
  await expect(refused.getByRole("alert")).toContainText("1 comment has no official answer yet");
  await refused.getByRole("button", { name: "Cancel" }).click();

  // Answers are still given after the close.
  await consultation.showText();
  await drafterComments.answer(thread, "Accepted", "");
  await consultation.show();
  await expect(card.getByTestId("round-unanswered")).toHaveText("0 unanswered");
  await consultation.conclude(1, "Pasal 1 dirumuskan ulang: air minum yang layak.");
  await expect(card.getByTestId("round-state")).toHaveText("Concluded");
  await expect(card.getByTestId("round-conclusion")).toContainText("air minum yang layak");

  await round.page.reload();
  await expect(round.state).toHaveText("Concluded");
  await expect(round.conclusion).toContainText("Pasal 1 dirumuskan ulang: air minum yang layak.");
  await expect(round.comments.thread("Mohon dirumuskan")).toContainText("Accepted");
});

test("comparing version 1 with the live draft shows the words inserted since", async ({
  page,
  people,
  drafter,
  createDocument,
}) => {
  const documentId = await createDocument(TITLE);
  const editor = new EditorPage(page);
  await editor.open(documentId);
  await editor.typeAtEnd(ARTICLE);
  await expect(editor.saveState).toHaveText("All changes saved");
  await (await people.api(drafter)).openRound(documentId, "Versi konsultasi 1", "Naskah awal.");
  await editor.typeAtEnd(" Tarif ditetapkan oleh Bupati.");
  await expect(editor.saveState).toHaveText("All changes saved");

  const compare = new ComparePage(page);
  await compare.goto(documentId, 1, "live");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Version 1 compared with Live draft",
  );
  await expect(compare.summary).toContainText("4 words inserted");
  await expect(compare.inserted).toHaveText(/Tarif ditetapkan oleh Bupati\./);
  await expect(compare.inserted).toContainText("inserted");
  await expect(compare.diff.getByTestId("diff-status")).toHaveText("Changed");
  await page.screenshot({ path: "tests/e2e/screenshots/compare.png", fullPage: true });

  await compare.show("Side by side");
  const after = compare.diff.locator("td").nth(1);
  await expect(after.locator("ins")).toContainText("Tarif ditetapkan oleh Bupati.");
  await expect(compare.diff.locator("td").first()).toHaveText(ARTICLE);
});
