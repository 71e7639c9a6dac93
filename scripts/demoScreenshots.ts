/**
 * `npm run demo:screenshots`: seeds the demo (as `npm run demo` does) into a temporary data
 * directory, serves it on a free port, and photographs it with Debian's Chromium at 1280 px into
 * docs/screenshots/ — the pictures the README shows:
 *
 * - editor.png         a drafter on the live draft: round 2's comments highlighted in the text,
 *                      one thread active beside its passage
 * - public-record.png  signed out, round 1's public record: its numbers, then the frozen version
 *                      with highlighted passages beside an answered suggestion
 * - diff.png           version 1 compared with version 2, inline
 * - dim.png            the top of round 1's response table (Daftar Inventarisasi Masalah)
 *
 * Every picture waits for what it shows (text, threads, "Connected", "All changes saved",
 * fonts), never for a fixed time. The demo is dated from today, so dates change between runs.
 */
import fs from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright";
import { loadConfig } from "../server/src/config.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../server/src/demo/demoPeople.ts";
import { createLogger } from "../server/src/logger.ts";
import { startDemo } from "./demoServer.ts";

const outDir = path.resolve(import.meta.dirname, "../docs/screenshots");
const WIDTH = 1280;
/** Passages of the demo's story (server/src/demo/demoConsultation.ts) the pictures centre on. */
const EDITOR_PASSAGE = "mudah diakses oleh penyandang disabilitas";
const PUBLIC_PASSAGE = "Penyelenggara dapat memungut biaya tambahan";

/** A stretch of a page in page coordinates (CSS pixels from the top of the document). */
interface Band {
  top: number;
  bottom: number;
}

async function main(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(tmpdir(), "rembuk-screenshots-"));
  const config = loadConfig({
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  process.stdout.write(`Seeding the demo into ${dataDir} …\n`);
  const { server, documentId } = await startDemo(config, createLogger(config.logLevel));
  let browser: Browser | undefined;
  try {
    const chromiumBrowser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars"],
    });
    browser = chromiumBrowser;
    await fs.mkdir(outDir, { recursive: true });
    const newContext = () =>
      chromiumBrowser.newContext({
        baseURL: server.url,
        viewport: { width: WIDTH, height: 900 },
        deviceScaleFactor: 1,
        locale: "en-GB",
        timezoneId: "Asia/Jakarta",
        colorScheme: "light",
        reducedMotion: "reduce",
      });

    const drafter = await newContext();
    await signIn(drafter, DEMO_PEOPLE.dimas.email);
    await save("editor.png", await editorShot(await drafter.newPage(), documentId));
    await save("diff.png", await diffShot(await drafter.newPage(), documentId));

    const visitor = await newContext();
    await save("public-record.png", await publicRecordShot(chromiumBrowser, visitor, documentId));
    await save("dim.png", await dimShot(await visitor.newPage(), documentId));
  } finally {
    await browser?.close();
    await server.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Signs in through the sign-in page, as a person does; the context keeps the cookie. */
async function signIn(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("signed-in-person").waitFor();
  await page.close();
}

/**
 * The live draft at Pasal 5 with every thread listed beside it: round 2's comment on the new
 * wording of huruf f, clicked in the text, is the active thread.
 */
async function editorShot(page: Page, documentId: string): Promise<Buffer> {
  await page.goto(`/documents/${documentId}`);
  await page
    .getByTestId("connection-state")
    .filter({ hasText: /^Connected$/ })
    .waitFor();
  await page
    .getByTestId("save-state")
    .filter({ hasText: /^All changes saved$/ })
    .waitFor();
  const editor = page.getByRole("textbox", { name: "Text of the draft" });
  const highlight = exactly(editor.locator(".comment-anchor"), EDITOR_PASSAGE);
  const thread = page
    .getByTestId("comments-panel")
    .getByTestId("comment-thread")
    .filter({ hasText: EDITOR_PASSAGE })
    .filter({ has: page.getByTestId("round-badge").filter({ hasText: "Round 2" }) });
  await thread.waitFor();
  await highlight.click();
  await page.locator(".comment-thread--active").filter({ hasText: EDITOR_PASSAGE }).waitFor();
  await editor.locator(".comment-anchor--active").waitFor();
  // Out of the editor, so its focus ring does not frame the picture; the thread stays active.
  await editor.blur();
  await page.mouse.move(WIDTH - 4, 4);
  await page.locator(".comment-thread--active").filter({ hasText: EDITOR_PASSAGE }).waitFor();
  await settle(page);

  // The thread beside its passage, from just above the thread to just below it (or the passage).
  const card = await bandOf(thread);
  const passage = await bandOf(highlight);
  return shoot(page, {
    top: Math.min(card.top, passage.top - 240) - 16,
    bottom: Math.max(card.bottom, passage.bottom + 40) + 16,
  });
}

/** Version 1 compared with version 2, inline, changed passages only: the whole page. */
async function diffShot(page: Page, documentId: string): Promise<Buffer> {
  await page.goto(`/documents/${documentId}/compare?from=1&to=2`);
  await page.getByTestId("diff-summary").waitFor();
  const inline = page.getByRole("button", { name: "Inline", exact: true });
  if ((await inline.getAttribute("aria-pressed")) !== "true") await inline.click();
  await page.locator('button[aria-pressed="true"]', { hasText: "Inline" }).waitFor();
  await page.getByTestId("diff").locator("ins").first().waitFor();
  await settle(page);
  const main = await bandOf(page.locator("main"));
  return shoot(page, { top: 0, bottom: main.bottom });
}

/**
 * Round 1's public record, signed out: the round's numbers, then — cut between, as marked —
 * the frozen version at Pasal 5–7 with its highlights beside the accepted suggestion on
 * Pasal 7 ayat (2), down to its official answer.
 */
async function publicRecordShot(
  browser: Browser,
  context: BrowserContext,
  documentId: string,
): Promise<Buffer> {
  const page = await context.newPage();
  await page.goto(`/public/consultations/${documentId}/rounds/1`);
  const text = page.getByTestId("version-text");
  await text.locator("mark.comment-anchor").first().waitFor();
  const statistics = page.locator(".public-statistics").first();
  await statistics.locator("figcaption", { hasText: "How the comments were answered" }).waitFor();
  const highlight = text.locator("mark.comment-anchor").filter({ hasText: PUBLIC_PASSAGE });
  const thread = page.getByTestId("public-thread").filter({ hasText: PUBLIC_PASSAGE });
  await highlight.first().click();
  await page.locator(".comment-thread--active").filter({ hasText: PUBLIC_PASSAGE }).waitFor();
  await page.mouse.click(4, 4); // leaves the thread's focus ring out of the picture
  await settle(page);

  const numbers = await bandOf(statistics);
  const card = await bandOf(thread);
  const answer = await bandOf(thread.locator(".comment-answer").first());
  const parts = [
    await shoot(page, { top: numbers.top - 24, bottom: numbers.bottom + 24 }),
    await shoot(page, { top: card.top - 24, bottom: answer.bottom + 10 }),
  ];
  await page.close();
  return stack(browser, parts);
}

/** The top of round 1's response table, as it prints. */
async function dimShot(page: Page, documentId: string): Promise<Buffer> {
  await page.goto(`/api/public/consultations/${documentId}/rounds/1/dim`);
  await page.locator("table").first().waitFor();
  await settle(page);
  // Down to the last whole row within about 1100 px.
  const bottom = (await page.evaluate(`Math.max(...[...document.querySelectorAll("tr")]
    .map((row) => row.getBoundingClientRect().bottom + window.scrollY)
    .filter((bottom) => bottom <= 1100))`)) as number;
  return shoot(page, { top: 0, bottom: bottom + 24 });
}

/** The element's extent in page coordinates. */
async function bandOf(locator: Locator): Promise<Band> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not shown`);
  const scrollY = (await locator.page().evaluate("window.scrollY")) as number;
  return { top: Math.round(box.y + scrollY), bottom: Math.round(box.y + box.height + scrollY) };
}

/**
 * Photographs a band of the page as a window exactly that tall would show it, scrolled there
 * (so sticky parts, like the editor's toolbar, sit where a reader would see them).
 */
async function shoot(page: Page, band: Band): Promise<Buffer> {
  const top = Math.max(0, Math.round(band.top));
  const height = Math.max(1, Math.round(band.bottom) - top);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: WIDTH, height });
  await page.evaluate(`window.scrollTo(0, ${top})`);
  await settle(page);
  const scrolled = (await page.evaluate("window.scrollY")) as number;
  if (Math.abs(scrolled - top) > 1) throw new Error(`cannot scroll to ${top} (at ${scrolled})`);
  const picture = await page.screenshot({ animations: "disabled", caret: "hide" });
  if (viewport) await page.setViewportSize(viewport);
  return picture;
}

/** Pictures of one page one above the other, with a band marking each cut between them. */
async function stack(browser: Browser, parts: Buffer[]): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 600 } });
  const images = parts.map(
    (part) => `<img src="data:image/png;base64,${part.toString("base64")}">`,
  );
  await page.setContent(
    `<!doctype html><style>
      body { margin: 0; background: #fff; }
      img { display: block; width: ${WIDTH}px; }
      .cut { height: 28px; background: repeating-linear-gradient(135deg, #f3f2f1 0 10px, #e1dfdd 10px 20px);
             border-block: 1px solid #b1b4b6; }
    </style>${images.join('<div class="cut"></div>')}`,
  );
  await page.waitForFunction("[...document.images].every((image) => image.complete)");
  const picture = await page.screenshot({ fullPage: true });
  await page.close();
  return picture;
}

/** Waits until fonts are loaded and two frames have been drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(`document.fonts.ready.then(() => new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))))`);
}

/** The highlight reading exactly `text`. */
function exactly(locator: Locator, text: string): Locator {
  return locator.filter({
    hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
  });
}

async function save(name: string, picture: Buffer): Promise<void> {
  const file = path.join(outDir, name);
  await fs.writeFile(file, picture);
  process.stdout.write(`  ${path.relative(process.cwd(), file)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `\n✗ The screenshots failed: ${error instanceof Error ? error.stack : error}\n`,
    );
    process.exit(1);
  },
);
