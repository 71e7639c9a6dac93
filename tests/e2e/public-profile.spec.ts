import { randomUUID } from "node:crypto";
import { ApiSession } from "./fixtures/ApiSession.ts";
import { violationsOn } from "./fixtures/axe.ts";
import { ConsultationScene } from "./fixtures/consultationScene.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { PublicRecordPage } from "./fixtures/PublicRecordPage.ts";
import { expect, test } from "./fixtures/test.ts";

test("a reader, signed out, opens a comment author's profile and sees every earlier name with its date", async ({
  page,
  people,
  admin,
  createDocument,
  baseURL,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const title = `Rancangan Perda Pasar ${suffix}`;
  const organisation = await admin.createOrganisation(`Forum Pedagang ${suffix}`, "community");
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Agus Salim", organisation.id);
  const documentId = await createDocument(title);

  const editor = new EditorPage(page);
  await editor.open(documentId);
  await editor.typeAtEnd("Pasar rakyat dikelola oleh perangkat daerah.");
  await expect(editor.saveState).toHaveText("All changes saved");
  const scene = new ConsultationScene(String(baseURL), documentId);
  await scene.open(page.request, `${title} — konsultasi 1`);

  const reviewerPage = await people.signedInPage(reviewer);
  await scene.comment(reviewerPage.request, "Pasar rakyat", "Libatkan paguyuban pedagang.");
  // Then takes another person's name and title, in two steps.
  const asReviewer = ApiSession.as(reviewerPage.request, String(baseURL));
  await asReviewer.renameSelf("Dr. Siti Rahmawati");
  await asReviewer.renameSelf("Dr. Siti Rahmawati, M.Si.");

  const visitor = new PublicRecordPage(await people.anonymousPage());
  await visitor.openList();
  await visitor.search(`Pasar ${suffix}`);
  await visitor.openConsultation(title);
  const thread = visitor.thread("Libatkan paguyuban pedagang.");
  await thread.getByRole("link", { name: "Profile of Agus Salim" }).click();

  const profile = visitor.page;
  await expect(profile.getByRole("heading", { level: 1 })).toHaveText("Dr. Siti Rahmawati, M.Si.");
  await expect(profile.getByText(organisation.name)).toBeVisible();
  const history = profile.getByRole("table", { name: "Earlier names and affiliations" });
  const rows = history.getByRole("row");
  // Newest first, each with the date it was made.
  await expect(rows.nth(1)).toContainText("Dr. Siti Rahmawati");
  await expect(rows.nth(1)).toContainText("Dr. Siti Rahmawati, M.Si.");
  await expect(rows.nth(2)).toContainText("Agus Salim");
  await expect(rows.nth(2)).toContainText("Dr. Siti Rahmawati");
  const year = String(new Date().getFullYear());
  await expect(rows.nth(1).locator("time")).toContainText(year);
  await expect(rows.nth(2).locator("time")).toContainText(year);
  expect(await violationsOn(profile)).toEqual([]);
});
