import { randomUUID } from "node:crypto";
import { ConsultationScene } from "./fixtures/consultationScene.ts";
import { EditorPage } from "./fixtures/EditorPage.ts";
import { PublicRecordPage } from "./fixtures/PublicRecordPage.ts";
import { RegulationEditorPage } from "./fixtures/RegulationEditorPage.ts";
import { expect, test } from "./fixtures/test.ts";

// The Perda template's first Pasal (BAB I KETENTUAN UMUM).
const FIRST_ARTICLE = "Dalam … ini yang dimaksud dengan: …";

test("anyone, signed out, finds a concluded consultation, reads the comment where it was made with its answer, and verifies the seals", async ({
  page,
  people,
  admin,
  createDocument,
  baseURL,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const title = `Rancangan Perda Air Bersih ${suffix}`;
  // Typed into the live draft after the round opened: never part of the public record.
  const liveSecret = `RAHASIA${suffix}`;

  const organisation = await admin.createOrganisation(`Koalisi Air ${suffix}`, "civil_society");
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Rina Kusuma", organisation.id);
  const documentId = await createDocument(title);

  const editor = new EditorPage(page);
  await editor.open(documentId);
  await editor.typeAtEnd("Setiap orang berhak atas air bersih yang layak minum.");
  await expect(editor.saveState).toHaveText("All changes saved");

  const scene = new ConsultationScene(String(baseURL), documentId);
  await scene.open(page.request, `${title} — konsultasi 1`);
  await editor.typeAtEnd(` ${liveSecret}`);
  await expect(editor.saveState).toHaveText("All changes saved");

  const reviewerPage = await people.signedInPage(reviewer);
  const commentId = await scene.comment(
    reviewerPage.request,
    "air bersih",
    "Mohon dirumuskan: air bersih yang layak minum.",
  );
  await scene.closeAnswerConclude(
    page.request,
    commentId,
    { disposition: "partly_accepted", explanation: "Dirumuskan ulang di Pasal 2." },
    "Versi berikutnya memuat definisi air minum.",
    { disposition: "noted", explanation: "Akan dipertimbangkan." },
  );

  const visitor = new PublicRecordPage(await people.anonymousPage());
  await visitor.openList();
  await visitor.search(`Air Bersih ${suffix}`);
  await expect(visitor.resultsCount).toHaveText("1 consultation");
  await visitor.openConsultation(title);

  await expect(visitor.versionText).toContainText("Setiap orang berhak atas air bersih");
  await expect(visitor.highlight("air bersih")).toBeVisible();
  const thread = visitor.thread("Mohon dirumuskan");
  await expect(thread).toContainText("Rina Kusuma");
  await expect(thread).toContainText(organisation.name);
  await expect(
    thread.getByRole("region", { name: "Official answer" }).getByTestId("disposition"),
  ).toHaveText("Partly accepted");
  await expect(thread).toContainText("Dirumuskan ulang di Pasal 2.");
  // The answer first given (and sealed) stays on the record after it was reworded.
  await thread.getByText("Earlier wordings").click();
  await expect(thread.getByTestId("earlier-answers")).toContainText(/Answer \(Noted\)/);
  await expect(thread.getByTestId("earlier-answers")).toContainText("Akan dipertimbangkan.");

  // Clicking the highlight brings its thread forward.
  await visitor.highlight("air bersih").click();
  await expect(thread).toBeFocused();
  await expect(thread).toHaveClass(/comment-thread--active/);

  await expect(visitor.page.getByText("Versi berikutnya memuat definisi air minum.")).toBeVisible();
  const dispositions = visitor.chartTable("How the comments were answered — Round 1 in numbers");
  await expect(dispositions.getByRole("row", { name: /Partly accepted/ })).toContainText(
    "1 (100%)",
  );
  await expect(
    visitor
      .chartTable("Comments by kind of organisation — Round 1 in numbers")
      .getByRole("row", { name: /Civil society/ }),
  ).toContainText("1");

  await expect(await visitor.verify()).toContainText("The record matches its seals.");

  if (process.env.E2E_SCREENSHOTS) {
    await visitor.page.setViewportSize({ width: 1280, height: 900 });
    await visitor.page.screenshot({
      path: "tests/e2e/screenshots/public-record.png",
      fullPage: true,
    });
  }

  // Nothing of the live draft reaches the public record.
  await expect(visitor.page.locator("body")).not.toContainText(liveSecret);
  const record = await visitor.page.request.get(`/api/public/consultations/${documentId}/record`);
  expect(await record.text()).not.toContain(liveSecret);

  // The response table (DIM) lists the comment with who made it and how it was answered.
  await visitor.page.getByRole("link", { name: "Response table of round 1 (DIM)" }).click();
  const table = visitor.page.getByRole("table").first();
  const row = table.getByRole("row", { name: /Mohon dirumuskan/ });
  await expect(row).toContainText("Rina Kusuma");
  await expect(row).toContainText(organisation.name);
  await expect(row).toContainText("Diterima sebagian");
  await expect(row).toContainText("Dirumuskan ulang di Pasal 2.");
  await expect(visitor.page.locator("body")).not.toContainText(liveSecret);
});

test("the list says so when no published consultation matches, and the search stays in the address", async ({
  people,
}) => {
  const visitor = new PublicRecordPage(await people.anonymousPage());
  await visitor.page.goto("/public?q=tidak-ada-yang-cocok-sama-sekali&status=concluded");
  await expect(visitor.searchBox).toHaveValue("tidak-ada-yang-cocok-sama-sekali");
  await expect(visitor.resultsCount).toHaveText("0 consultations");
  await expect(visitor.page.getByTestId("no-consultations")).toContainText(
    "No published consultation matches this search.",
  );
  await expect(
    visitor.page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
  ).toHaveAttribute("href", "/public/feed.xml");
});

test("a regulation consulted on in two rounds shows its Pasal numbers, and what changed between the versions", async ({
  page,
  people,
  admin,
  createDocument,
  baseURL,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const title = `Rancangan Perda Retribusi Pasar ${suffix}`;
  const organisation = await admin.createOrganisation(`Forum Pedagang ${suffix}`, "community");
  await admin.verifyOrganisation(organisation.id);
  const reviewer = await admin.createPerson("Wulan Sari", organisation.id);
  const documentId = await createDocument(title, { template: "perda" });
  const scene = new ConsultationScene(String(baseURL), documentId, "regulation");

  // Round 1 on the template as it is: BAB I and BAB II with one Pasal each.
  const editor = new RegulationEditorPage(page);
  await editor.open(documentId);
  await expect(editor.articleLabels).toHaveText(["Pasal 1", "Pasal 2"]);
  await scene.open(page.request, `${title} — konsultasi 1`);
  const commentId = await scene.comment(
    (await people.signedInPage(reviewer)).request,
    "mulai berlaku",
    "Sebutkan tanggal berlakunya.",
  );
  await scene.closeAnswerConclude(
    page.request,
    commentId,
    { disposition: "noted", explanation: "Tanggal ditetapkan saat pengundangan." },
    "Pasal baru tentang retribusi ditambahkan.",
  );

  // A new Pasal in BAB I, then round 2 on the new version.
  await editor.placeCaretAfter(FIRST_ARTICLE, "BAB I, Pasal 1");
  await page.keyboard.press("Alt+Shift+P");
  await page.keyboard.type("Retribusi pasar dibayar setiap bulan.");
  await expect(editor.saveState).toHaveText("All changes saved");
  await scene.open(page.request, `${title} — konsultasi 2`);

  const visitor = new PublicRecordPage(await people.anonymousPage());
  await visitor.page.goto(`/public/consultations/${documentId}`);
  await expect(visitor.heading).toHaveText(title);
  // The latest round first, with the changes from version 1: the new Pasal inserted; the whole
  // text also shows the one after it renumbered (not a change of its text).
  await expect(visitor.roundHeading).toContainText("Round 2");
  await expect(visitor.diff.locator("ins")).toContainText("Retribusi pasar dibayar setiap bulan.");
  await expect(visitor.diff.locator("ins")).toContainText("inserted");
  await visitor.diff.getByRole("checkbox", { name: "Only changed passages" }).uncheck();
  await expect(visitor.diff).toContainText("Pasal 2 → Pasal 3");

  await visitor.page.getByRole("link", { name: /^Round 1:/ }).click();
  await expect(visitor.roundHeading).toContainText("Round 1");
  await expect(visitor.versionText.locator(".regulation-marker--article")).toHaveText([
    "Pasal 1",
    "Pasal 2",
  ]);
  await expect(visitor.highlight("mulai berlaku")).toBeVisible();
  await expect(visitor.thread("Sebutkan tanggal")).toContainText("BAB II, Pasal 2");
  await expect(
    visitor.chartTable("Comments by kind of organisation — Round 1 in numbers").getByRole("row", {
      name: /Community groups/,
    }),
  ).toContainText("1");
});
