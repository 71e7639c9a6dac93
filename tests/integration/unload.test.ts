import { afterEach, expect, test } from "vitest";
import { draftUpdate } from "../utils/badFrames.ts";
import { joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { RawCollabSocket, syncUpdateFrame } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

test("a draft everyone left is unloaded, and reopens with everything in it", async () => {
  const server = await RembukServer.start({ UNLOAD_GRACE_MS: 50 });
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  ayu.addParagraph("Pasal 4: Kewajiban pelaku usaha.");
  ayu.text.insert(0, "versi rapat pleno");
  ayu.destroy();
  await server.waitForLog("document unloaded", (line) => line.documentId === documentId);

  const budi = await joinDocument(server.collabUrl, documentId, { name: "Budi" });
  expect(budi.paragraphs()).toEqual(["Pasal 4: Kewajiban pelaku usaha."]);
  expect(budi.content()).toBe("versi rapat pleno");
});

test("people leaving and coming back during or after the unload never lose an edit", async () => {
  // No grace period: every departure starts an unload at once.
  const server = await RembukServer.start({ UNLOAD_GRACE_MS: 0 });
  const documentId = await server.createDocument();
  const unloads = () => server.logs.filter((line) => line.msg === "document unloaded").length;
  let expected = "";
  let unloadsBeforeLeaving = 0;
  for (let visit = 1; visit <= 12; visit++) {
    // Odd visits arrive straight away, racing the unload; even ones arrive after it finished.
    if (visit % 2 === 0) {
      await eventually("the draft has been unloaded", () => unloads() > unloadsBeforeLeaving);
    }
    const visitor = await joinDocument(server.collabUrl, documentId, { name: `Tamu ${visit}` });
    expect(visitor.content(), `visit ${visit} sees every earlier visit`).toBe(expected);
    const words = ` kunjungan ${visit}.`;
    visitor.text.insert(visitor.text.length, words);
    expected += words;
    unloadsBeforeLeaving = unloads();
    visitor.destroy();
  }
  const last = await joinDocument(server.collabUrl, documentId);
  expect(last.content()).toBe(expected);
});

test("'saved' is only sent once an edit is on disk: it survives a crash right after", async () => {
  const server = await RembukServer.start({ UNLOAD_GRACE_MS: 50 });
  const documentId = await server.createDocument();
  const ayu = await joinDocument(server.collabUrl, documentId, { name: "Ayu" });
  ayu.text.insert(0, "Pasal 1.");
  ayu.destroy();
  await server.waitForLog("document unloaded", (line) => line.documentId === documentId);

  // Reconnecting after the unload reloads the draft; the new edit is acknowledged as saved.
  const editor = await RawCollabSocket.open(server.collabUrl, documentId);
  editor.send(syncUpdateFrame(draftUpdate("Menimbang: ")));
  await editor.saveCheck(42);
  editor.send(syncUpdateFrame(draftUpdate("BAB I ", 4343)));
  await editor.saveCheck(43);

  await server.kill();
  await server.restart();
  const reader = await joinDocument(server.collabUrl, documentId, { name: "Pembaca" });
  const content = reader.content();
  expect(content).toContain("Pasal 1.");
  expect(content).toContain("Menimbang: ");
  expect(content).toContain("BAB I ");
  expect(content).toHaveLength("Pasal 1.Menimbang: BAB I ".length);
});
