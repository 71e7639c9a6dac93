import { EditorPage } from "./fixtures/EditorPage.ts";
import { SignInPage } from "./fixtures/SignInPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("a visitor signs in, returns to the draft they asked for, and signs out", async ({
  people,
  drafter,
  createDocument,
}) => {
  const title = "Rancangan Peraturan Daerah tentang Ruang Terbuka Hijau";
  const documentId = await createDocument(title);
  const page = await people.anonymousPage();
  const signIn = new SignInPage(page);

  // Not signed in: the draft's address leads to the sign-in page, which remembers it.
  await page.goto(`/documents/${documentId}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(signIn.heading).toHaveText("Sign in");

  // A wrong password gets the one generic message, which does not say which part was wrong.
  await signIn.signIn(drafter.email, "not-the-right-password");
  await expect(signIn.errorSummary).toContainText("The email address or password is not correct");
  await expect(signIn.errorSummary).toBeFocused();
  await expect(signIn.password).toHaveValue("");
  // Typing a correction keeps every keystroke in the field while the summary is shown.
  await signIn.password.pressSequentially("abc");
  await expect(signIn.password).toHaveValue("abc");
  await expect(signIn.password).toBeFocused();

  await signIn.signIn(drafter.email, drafter.password);
  const editor = new EditorPage(page);
  await expect(editor.title).toHaveText(title);
  await expect(editor.connectionState).toHaveText("Connected");
  await expect(signIn.signedInPerson).toHaveText(`Signed in as ${drafter.name}`);

  await signIn.signOutButton.click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("You have signed out.")).toBeVisible();

  // The session is gone on the server too: the draft is out of reach again.
  await page.goto(`/documents/${documentId}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  const response = await page.request.get(`/api/documents/${documentId}`);
  expect(response.status()).toBe(401);
});

test("only members of a verified government organisation are offered a new draft", async ({
  people,
}) => {
  const reviewer = await people.member("Andi Wijaya");
  const page = await people.signedInPage(reviewer);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Draft regulations");
  await expect(page.getByText("Only members of a verified government organisation")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create draft" })).toHaveCount(0);
});

test("signing out everywhere also ends the session on the person's other devices", async ({
  people,
  drafter,
  createDocument,
}) => {
  const documentId = await createDocument("Rancangan Peraturan Bupati tentang Retribusi");
  const laptop = await people.signedInPage(drafter);
  const phone = new EditorPage(await people.signedInPage(drafter));
  await phone.open(documentId);

  await laptop.goto("/profile");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in$/);

  // The phone's live connection is closed by the server (4401); it finds out and asks to sign in.
  await expect(phone.page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fdocuments%2F${documentId}$`));
});
