import { violationsOn } from "./fixtures/axe.ts";
import { CommentsPanel } from "./fixtures/CommentsPanel.ts";
import { ComparePage } from "./fixtures/ComparePage.ts";
import { ConsultationScene } from "./fixtures/consultationScene.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { NotificationBell, NotificationSettings } from "./fixtures/NotificationBell.ts";
import { PublicRecordPage } from "./fixtures/PublicRecordPage.ts";
import { RoundPage } from "./fixtures/RoundPage.ts";
import { E2E_ADMIN } from "./fixtures/session.ts";
import { SharingDialog } from "./fixtures/SharingDialog.ts";
import { expect, test } from "./fixtures/test.ts";

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

test("the public record passes automated WCAG 2.1 AA checks, signed out", async ({
  page,
  people,
  admin,
  createDocument,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const title = `Rancangan Perda Pasar Rakyat ${suffix}`;
  const organisation = await admin.createOrganisation(`Forum Pasar ${suffix}`, "civil_society");
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Wulan Sari", organisation.id);
  const documentId = await createDocument(title);
  const editor = new EditorPage(page);
  await editor.open(documentId);
  await editor.typeAtEnd("Pedagang pasar rakyat berhak atas tempat usaha yang layak.");
  await expect(editor.saveState).toHaveText("All changes saved");
  const scene = new ConsultationScene(String(baseURL), documentId);
  await scene.open(page.request, `${title} — konsultasi 1`);
  const commentId = await scene.comment(
    (await people.signedInPage(reviewer)).request,
    "tempat usaha",
    "Perlu ukuran minimum tempat usaha.",
  );
  await scene.closeAnswerConclude(
    page.request,
    commentId,
    { disposition: "accepted", explanation: "" },
    "Ukuran minimum ditambahkan.",
  );

  const visitor = new PublicRecordPage(await people.anonymousPage());
  await visitor.openList();
  await expect(visitor.resultsCount).not.toBeEmpty();
  expect(await violationsOn(visitor.page)).toEqual([]);

  await visitor.search(`Pasar Rakyat ${suffix}`);
  await visitor.openConsultation(title);
  await expect(visitor.highlight("tempat usaha")).toBeVisible();
  await visitor.verify();
  expect(await violationsOn(visitor.page)).toEqual([]);
});

test("the consultation round and comparison pages pass automated WCAG 2.1 AA checks", async ({
  page,
  people,
  drafter,
  createDocument,
}) => {
  const documentId = await createDocument("Rancangan Perda tentang Pasar Rakyat", {
    template: "perda",
  });
  await (await people.api(drafter)).openRound(documentId, "Versi konsultasi 1", "Naskah awal.");

  const round = new RoundPage(page);
  await round.goto(documentId, 1);
  await expect(round.text.getByText("Pasal 1", { exact: true }).first()).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
  await round.comments.selectByKeyboard("Pasal");
  await round.comments.openWithShortcut();
  expect(await violationsOn(page)).toEqual([]);

  await page.goto(`/documents/${documentId}?view=consultation`);
  await expect(page.getByTestId("round-card")).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  const compare = new ComparePage(page);
  await compare.goto(documentId, 1, "live");
  expect(await violationsOn(page)).toEqual([]);
  await page.getByLabel("Only changed passages").uncheck();
  await compare.show("Side by side");
  expect(await violationsOn(page)).toEqual([]);
});

test("the administration, organisation, profile, sharing and notification screens pass automated WCAG 2.1 AA checks", async ({
  page,
  people,
  governmentOrganisationId,
  createDocument,
}) => {
  const adminPage = await people.signedInPage({ id: "", name: "Administrator", ...E2E_ADMIN });
  await adminPage.goto("/admin");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expect(adminPage.getByText(/^Loading/)).toHaveCount(0);
  await expect(adminPage.getByRole("table").first()).toBeVisible();
  expect(await violationsOn(adminPage)).toEqual([]);

  await page.goto("/organisations");
  await expect(page.getByRole("link", { name: /^Kementerian Uji Coba/ }).first()).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
  await page.goto(`/organisations/${governmentOrganisationId}`);
  await expect(page.getByRole("table")).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);

  await page.goto("/profile");
  await expect(new NotificationSettings(page).digest).toBeChecked();
  expect(await violationsOn(page)).toEqual([]);

  const documentId = await createDocument("Rancangan Perda tentang Retribusi Parkir");
  await new EditorPage(page).open(documentId);
  await expect(page.getByText("Connected")).toBeVisible();
  const sharing = new SharingDialog(page);
  await sharing.open();
  expect(await violationsOn(page)).toEqual([]);
  await sharing.close();

  const bell = new NotificationBell(page);
  await bell.button.click();
  await expect(bell.panel).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
});
