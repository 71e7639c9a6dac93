import { describe, expect, it } from "vitest";
import { DOCX_ARCHIVE_LIMITS } from "./docxArchive.ts";
import { DocxImportError, type DocxImportErrorId } from "./docxImportError.ts";
import { importRegulationDocx } from "./docxImporter.ts";
import {
  manyArticlesDocx,
  smallestDraftEntries,
  spacesEntry,
  storedEntry,
  type ZipEntry,
  zipArchive,
  zipBombDocx,
} from "./test/zipArchive.ts";

const MIB = 1024 * 1024;

/** The process's peak resident memory so far, in MiB (it only ever grows). */
const peakRssMib = () => process.resourceUsage().maxRSS / 1024;

/** Imports `bytes` and returns the refusal, how long it took and how much the peak memory grew. */
async function refusalOf(bytes: Uint8Array) {
  const peakBefore = peakRssMib();
  const started = performance.now();
  const failure = await importRegulationDocx(bytes).then(
    () => null,
    (error: unknown) => error,
  );
  const elapsedMs = performance.now() - started;
  expect(failure).toBeInstanceOf(DocxImportError);
  return { error: failure as DocxImportError, elapsedMs, peakGrowthMib: peakRssMib() - peakBefore };
}

const expectRefused = async (bytes: Uint8Array, id: DocxImportErrorId, status: number) => {
  const refusal = await refusalOf(bytes);
  expect(refusal.error.id).toBe(id);
  expect(refusal.error.status).toBe(status);
  return refusal;
};

/** The smallest draft with `extra` parts added. */
const draftWith = (...extra: ZipEntry[]) => zipArchive([...smallestDraftEntries(), ...extra]);

describe("Word import against zip bombs", () => {
  it("refuses a 1 MB .docx holding 1 GiB of spaces at once, without unpacking it", async () => {
    const bomb = zipBombDocx(1024);
    expect(bomb.length).toBeLessThan(1.2 * MIB);
    const refusal = await expectRefused(bomb, "docx_too_large", 413);
    expect(refusal.elapsedMs).toBeLessThan(2_000);
    expect(refusal.peakGrowthMib).toBeLessThan(100);
  });

  it("refuses a part that unpacks to more than it declares, stopping as soon as it does", async () => {
    const lyingSmall = await expectRefused(zipBombDocx(1024, 1024), "unreadable_docx", 422);
    expect(lyingSmall.elapsedMs).toBeLessThan(2_000);
    expect(lyingSmall.peakGrowthMib).toBeLessThan(100);
    // Declared within every limit (15 MiB, packed 15:1), actually 1 GiB: unpacking stops at 15 MiB.
    const lyingPlausible = await expectRefused(zipBombDocx(1024, 15 * MIB), "unreadable_docx", 422);
    expect(lyingPlausible.peakGrowthMib).toBeLessThan(150);
  }, 20_000);

  it("refuses a document part larger than an import reads, packed however honestly", async () => {
    const huge = manyArticlesDocx(180_000);
    expect(huge.length).toBeLessThan(3 * MIB);
    const refusal = await expectRefused(huge, "docx_too_large", 413);
    expect(refusal.peakGrowthMib).toBeLessThan(150);
  }, 20_000);

  it("refuses an archive of more parts than any Word file has", async () => {
    const count = DOCX_ARCHIVE_LIMITS.maxEntries;
    const parts = Array.from({ length: count }, (_, index) =>
      storedEntry(`word/media/image${index}.png`, "x"),
    );
    await expectRefused(draftWith(...parts), "docx_too_large", 413);
  });

  it("refuses odd or repeated part names as a damaged file", async () => {
    for (const name of [
      "word/../../etc/passwd",
      "/etc/passwd",
      "C:/Windows/win.ini",
      "word\\evil.xml",
      "word//document2.xml",
      "word/./styles.xml",
      "word/doc\u0000ument.xml",
      "word/document.xml",
      "WORD/DOCUMENT.XML",
    ]) {
      const refusal = await refusalOf(draftWith(storedEntry(name, "<x/>")));
      expect(refusal.error.id, name).toBe("unreadable_docx");
    }
  });

  it("imports a draft without unpacking the parts it does not read, however large", async () => {
    const peakBefore = peakRssMib();
    const imported = await importRegulationDocx(
      draftWith(spacesEntry("word/media/image1.png", 150), spacesEntry("word/unused.xml", 40)),
    );
    expect(JSON.stringify(imported.doc)).toContain("Peraturan ini berlaku sejak diundangkan.");
    expect(peakRssMib() - peakBefore).toBeLessThan(100);
  });
});
