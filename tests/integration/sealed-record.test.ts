import { afterEach, expect, test } from "vitest";
import {
  dropTriggers,
  sealedSceneIn,
  verifyCommand,
} from "../../server/src/record/test/tamperScene.ts";
import { openStore, type Store } from "../../server/src/store/index.ts";
import { eventually } from "../utils/eventually.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

/** Stops the server, works on its database file as someone with the file could, starts it again. */
async function withServerStopped(server: RembukServer, work: (store: Store) => Promise<void>) {
  await server.stop();
  const store = await openStore({ dataDir: server.dataDir, databaseFile: server.databaseFile });
  try {
    await work(store);
  } finally {
    await store.close();
  }
  await server.restart();
}

test("`npm run verify` checks a running server's attachments, and an altered record is found at startup", async () => {
  const server = await RembukServer.start();
  let documentId = "";
  let commentId = "";
  await withServerStopped(server, async (store) => {
    const scene = await sealedSceneIn(store);
    documentId = scene.documentId;
    commentId = scene.comments.answered.id;
  });
  const url = `${server.url}/api/public/consultations/${documentId}/record`;
  const intact = await verifyCommand(url);
  expect(intact.code, intact.output).toBe(0);

  // Someone with the database file swaps a position paper's bytes.
  await withServerStopped(server, async (store) => {
    await dropTriggers(store);
    await store.db.run("UPDATE attachments SET data = ? WHERE id = 'att-kajian'", [
      Buffer.from("%PDF-1.4\n% another paper\n%%EOF\n"),
    ]);
  });
  const swapped = await verifyCommand(url);
  expect(swapped.code).toBe(1);
  expect(swapped.output).toMatch(
    /FAILED: round 1: attachment "kajian.pdf" \(att-kajian\) does not match its sealed hash/,
  );
  const skipped = await verifyCommand(url, "--no-files");
  expect(skipped).toMatchObject({ code: 0 });
  expect(skipped.output).toMatch(/^OK: .*--no-files/);

  // … and rewrites a sealed comment: the server finds it as it starts, before anyone acts.
  await withServerStopped(server, async (store) => {
    await store.db.run("UPDATE comments SET body = 'Kami setuju penuh.' WHERE id = ?", [commentId]);
  });
  await eventually("the server logs an integrity alert", () =>
    server.logs.some((l) => l.level >= 50 && /INTEGRITY ALERT/.test(l.msg)),
  );
  const health = await (await fetch(`${server.url}/api/health`)).json();
  expect(health).toMatchObject({ status: "degraded" });
  const altered = await verifyCommand(url, "--no-files");
  expect(altered.code).toBe(1);
  expect(altered.output).toMatch(/FAILED: round 1: the record does not match its last seal/);
}, 120_000);
