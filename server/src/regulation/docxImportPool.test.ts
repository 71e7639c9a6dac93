import { afterEach, describe, expect, it } from "vitest";
import { DocxImportError } from "./docxImportError.ts";
import { DocxImportPool, type DocxImportLimits } from "./docxImportPool.ts";
import { PERDA_PARKIR_LINES } from "./test/perdaParkirDraft.ts";
import { typedDraftDocx } from "./test/typedDraft.ts";
import { manyArticlesDocx } from "./test/zipArchive.ts";

const pools: DocxImportPool[] = [];
const poolWith = (limits: Partial<DocxImportLimits>) => {
  const pool = new DocxImportPool({
    threads: 1,
    timeoutMs: 60_000,
    maxOldGenerationSizeMb: 384,
    ...limits,
  });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** The longest the main thread's event loop went without a turn while `work` ran, in ms. */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  await work.catch(() => {});
  clearInterval(ticker);
  return longest;
}

const refusalOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error,
  );

// A worker's first start loads the importer's code: seconds on a busy machine.
describe("the Word import pool", { timeout: 30_000 }, () => {
  it("reads a Word draft in a worker thread", async () => {
    const outcome = await poolWith({}).run(await typedDraftDocx(PERDA_PARKIR_LINES));
    expect(outcome.inWorker).toBe(true);
    expect("imported" in outcome && outcome.imported.doc.type).toBe("doc");
  });

  it("ends an import that exceeds its time limit, while the server's event loop runs on", async () => {
    // Memory to spare: only the time limit can end this import (it needs seconds).
    const pool = poolWith({ timeoutMs: 1_000, maxOldGenerationSizeMb: 2_048 });
    const work = pool.importRegulation(manyArticlesDocx(20_000));
    const stall = await longestStall(work);
    const refusal = await refusalOf(work);
    expect(refusal).toBeInstanceOf(DocxImportError);
    expect((refusal as DocxImportError).id).toBe("docx_too_large");
    expect((refusal as DocxImportError).message).toMatch(/too long/);
    expect(stall).toBeLessThan(500);
  });

  it("ends an import that exceeds its memory limit, and reads the next file in a new worker", async () => {
    const pool = poolWith({ maxOldGenerationSizeMb: 64 });
    const refusal = await refusalOf(pool.importRegulation(manyArticlesDocx(20_000)));
    expect(refusal).toBeInstanceOf(DocxImportError);
    expect((refusal as DocxImportError).status).toBe(413);
    expect((refusal as DocxImportError).message).toMatch(/memory/);
    const next = await pool.importRegulation(await typedDraftDocx(PERDA_PARKIR_LINES));
    expect(JSON.stringify(next.doc)).toContain("Pasal");
  }, 60_000);

  it("keeps the importer's own refusals and their ids", async () => {
    const refusal = await refusalOf(poolWith({}).importRegulation(new TextEncoder().encode("x")));
    expect(refusal).toBeInstanceOf(DocxImportError);
    expect((refusal as DocxImportError).id).toBe("not_docx");
  });
});
