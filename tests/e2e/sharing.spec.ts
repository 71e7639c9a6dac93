import { emailFor } from "./fixtures/ApiSession.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { InvitationPage } from "./fixtures/InvitationPage.ts";
import { SharingDialog } from "./fixtures/SharingDialog.ts";
import { expect, test } from "./fixtures/test.ts";

test("a drafter invites a reviewer, who joins with a new account and follows the draft read-only", async ({
  people,
  drafter,
  createDocument,
}) => {
  const title = "Rancangan Peraturan Daerah tentang Air Bersih";
  const documentId = await createDocument(title);
  const drafterPage = await people.signedInPage(drafter);
  await drafterPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const owner = new EditorPage(drafterPage);
  await owner.open(documentId);
  await owner.typeAtEnd("Pasal 1: Setiap orang berhak atas air bersih.");

  // The drafter invites the reviewer and copies the link (there is no mail server).
  const sharing = new SharingDialog(drafterPage);
  await sharing.open();
  const reviewerEmail = emailFor("Rina Kusuma");
  const link = await sharing.invite(reviewerEmail, "reviewer");
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]+$/);
  expect(await drafterPage.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(
    sharing.dialog.getByRole("region", { name: "Invitations not yet accepted" }),
  ).toContainText(reviewerEmail);
  await sharing.close();
  await expect(owner.shareButton).toBeFocused();

  // The reviewer opens the link in their own browser and creates an account.
  const reviewerPage = await people.anonymousPage();
  await reviewerPage.goto(link);
  const invitation = new InvitationPage(reviewerPage);
  await expect(invitation.heading).toContainText(title);
  await expect(invitation.role()).toContainText("Reviewer");
  await invitation.acceptWithNewAccount("Rina Kusuma", "kata-sandi-rina-2026");

  // They land on the draft, read-only: a notice, no toolbar, the text as the drafter left it.
  const reviewer = new EditorPage(reviewerPage);
  await expect(reviewer.title).toHaveText(title);
  await expect(reviewer.connectionState).toHaveText("Connected");
  await expect(reviewer.readOnlyNotice).toContainText(
    "You can read this draft; you cannot edit it.",
  );
  await expect(reviewer.role).toHaveText("Your role: Reviewer");
  await expect(reviewer.toolbar).toHaveCount(0);
  await expect(reviewer.shareButton).toHaveCount(0);
  // A caret to select passages for comments, but announced and kept read-only.
  await expect(reviewer.editor).toHaveAttribute("aria-readonly", "true");
  await expect(reviewer.editor).toContainText("Pasal 1: Setiap orang berhak atas air bersih.");
  await expect(owner.people).toContainText("Rina Kusuma");

  // Typing changes nothing, here or for the drafter, and the connection stays open.
  const before = await reviewer.content();
  await reviewer.typeAtEnd(" TEKS DARI PENINJAU");
  await reviewerPage.keyboard.press("Backspace");
  await reviewerPage.keyboard.press("Enter");
  // Nor do cutting, deleting or pasting a selection.
  await reviewerPage.keyboard.press("Control+A");
  await reviewerPage.keyboard.press("Control+X");
  await reviewerPage.keyboard.press("Delete");
  await reviewerPage.keyboard.press("Control+V");
  expect(await reviewer.content()).toEqual(before);
  await expect(reviewer.connectionState).toHaveText("Connected");

  // The drafter's typing reaches the reviewer live.
  const liveText = " Pasal 2: Pemerintah daerah menjamin ketersediaan air bersih.";
  await owner.typeAtEnd(liveText);
  await expect(reviewer.editor).toContainText(liveText.trim());
  await expect(reviewer.remoteCaret(drafter.name)).toBeVisible();
  await expect(owner.editor).not.toContainText("TEKS DARI PENINJAU");
  await expect(owner.saveState).toHaveText("All changes saved");
});

test("someone whose role is removed while the draft is open is told they no longer have access", async ({
  people,
  drafter,
  createDocument,
}) => {
  const observer = await people.member("Yusuf Pratama");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar", {
    roles: [[observer, "observer"]],
  });
  const observerPage = new EditorPage(await people.signedInPage(observer));
  await observerPage.open(documentId);
  await expect(observerPage.readOnlyNotice).toBeVisible();

  const ownerPage = await people.signedInPage(drafter);
  const owner = new EditorPage(ownerPage);
  await owner.open(documentId);
  const sharing = new SharingDialog(ownerPage);
  await sharing.open();
  await sharing.remove("Yusuf Pratama");
  await expect(sharing.status).toContainText("Yusuf Pratama no longer has a role on this draft.");
  await expect(sharing.person("Yusuf Pratama")).toHaveCount(0);

  await expect(observerPage.title).toHaveText("You no longer have access to this draft");
  await expect(observerPage.editor).toHaveCount(0);
});

test("a drafter made reviewer while typing cannot change the text any more", async ({
  people,
  drafter,
  createDocument,
}) => {
  const colleague = await people.drafter("Agus Salim");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Parkir", {
    roles: [[colleague, "drafter"]],
  });
  const owner = new EditorPage(await people.signedInPage(drafter));
  const agus = new EditorPage(await people.signedInPage(colleague));
  await owner.open(documentId);
  await agus.open(documentId);
  await agus.typeAtEnd("Pasal 1: Tarif parkir ditetapkan oleh Bupati.");
  await expect(owner.editor).toContainText("Pasal 1: Tarif parkir ditetapkan oleh Bupati.");

  const sharing = new SharingDialog(owner.page);
  await sharing.open();
  await sharing
    .person("Agus Salim")
    .getByRole("combobox", { name: "Role of Agus Salim" })
    .selectOption("reviewer");
  await expect(sharing.status).toContainText("Agus Salim is now: Reviewer.");

  // His next keystroke is refused by the server; his page asks for his role and turns read-only.
  await agus.typeAtEnd(" Diubah setelah peran dicabut.");
  await expect(agus.readOnlyNotice).toBeVisible();
  await expect(agus.toolbar).toHaveCount(0);
  await expect(agus.connectionState).toHaveText("Connected");
  await expect(agus.editor).not.toContainText("Diubah setelah peran dicabut.");
  await expect(owner.editor).not.toContainText("Diubah setelah peran dicabut.");
});

test("an owner made drafter after inviting someone as owner leaves no back door: the invitation shows as revoked and its link no longer works", async ({
  people,
  drafter,
  createDocument,
}) => {
  const colleague = await people.drafter("Agus Salim");
  const documentId = await createDocument("Rancangan Peraturan Daerah tentang Pasar", {
    roles: [[colleague, "owner"]],
  });
  const agusPage = await people.signedInPage(colleague);
  await agusPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await new EditorPage(agusPage).open(documentId);
  const agusSharing = new SharingDialog(agusPage);
  await agusSharing.open();
  const backDoor = emailFor("Pintu Belakang");
  const link = await agusSharing.invite(backDoor, "owner");

  const owner = new EditorPage(await people.signedInPage(drafter));
  await owner.open(documentId);
  const sharing = new SharingDialog(owner.page);
  await sharing.open();
  await sharing
    .person("Agus Salim")
    .getByRole("combobox", { name: "Role of Agus Salim" })
    .selectOption("drafter");
  await expect(sharing.status).toContainText("Agus Salim is now: Drafter.");
  const invitation = sharing.dialog
    .getByRole("region", { name: "Invitations not yet accepted" })
    .getByRole("listitem")
    .filter({ hasText: backDoor });
  await expect(invitation).toContainText(
    "Revoked The person who sent it may no longer share this draft",
  );
  await expect(
    invitation.getByRole("button", { name: `Remove from the list ${backDoor}` }),
  ).toBeVisible();

  const stranger = await people.anonymousPage();
  await stranger.goto(link);
  await expect(stranger.getByText("This invitation was revoked")).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Accept invitation" })).toHaveCount(0);
});
