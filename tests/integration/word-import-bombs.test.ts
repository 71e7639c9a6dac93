import { afterEach, describe, expect, test } from "vitest";
import { PERDA_PARKIR_LINES } from "../../server/src/regulation/test/perdaParkirDraft.ts";
import { typedDraftDocx } from "../../server/src/regulation/test/typedDraft.ts";
import { zipBombDocx } from "../../server/src/regulation/test/zipArchive.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

const MIB = 1024 * 1024;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Runs `work` while watching the server from outside: the slowest `/api/health` answer and the
 * most resident memory seen, sampled as fast as the server answers.
 */
async function watched<T>(server: RembukServer, work: () => Promise<T>) {
  const baseline = await server.residentBytes();
  let slowestHealthMs = 0;
  let mostResident = baseline;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const started = performance.now();
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      mostResident = Math.max(mostResident, await server.residentBytes());
    }
  })();
  try {
    return {
      result: await work(),
      slowestHealthMs,
      growthMib: () => (mostResident - baseline) / MIB,
    };
  } finally {
    watching = false;
    await watcher;
  }
}

describe("Word import zip bombs against a real server (run by tsx, parsed in workers)", () => {
  test("four 1 MB .docx holding 1 GiB each, sent at once, are refused in bounded memory while health answers", async () => {
    const server = await RembukServer.start();
    const upload = (bytes: Uint8Array) =>
      fetch(`${server.url}/api/documents/import?title=Bom`, {
        method: "POST",
        headers: { cookie: server.sessionCookie, "content-type": DOCX },
        body: Buffer.from(bytes),
      });
    const bombs = [
      zipBombDocx(1024),
      zipBombDocx(1024, 1024),
      zipBombDocx(1024, 15 * MIB),
      zipBombDocx(1024),
    ];
    const started = performance.now();
    const watch = await watched(server, () => Promise.all(bombs.map(upload)));
    const elapsedMs = performance.now() - started;
    for (const answer of watch.result) {
      // Refused as a bomb, or (same account) while another import of the account runs.
      expect([413, 422, 429]).toContain(answer.status);
      expect((await answer.json()).error.id).toMatch(
        /^(docx_too_large|unreadable_docx|import_in_progress)$/,
      );
    }
    expect(elapsedMs).toBeLessThan(15_000);
    expect(watch.slowestHealthMs).toBeLessThan(1_000);
    expect(watch.growthMib()).toBeLessThan(400);

    // Each bomb, one after the other, gets its own refusal; then a real draft still imports.
    const honest = await upload(bombs[0] as Uint8Array);
    expect([honest.status, (await honest.json()).error.id]).toEqual([413, "docx_too_large"]);
    const lying = await upload(bombs[2] as Uint8Array);
    expect([lying.status, (await lying.json()).error.id]).toEqual([422, "unreadable_docx"]);
    const draft = await upload(await typedDraftDocx(PERDA_PARKIR_LINES));
    expect(draft.status).toBe(201);
  });
});
