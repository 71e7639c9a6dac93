import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_EVENT, ROUND_EVENT } from "../../../shared/schemas/index.ts";
import { within } from "../../../tests/utils/eventually.ts";
import type { RunningServer } from "../server.ts";
import { buildAnchor, seedDraftText } from "../test/anchors.ts";
import { type Browser, startTwoProcesses, type TwoProcesses } from "../test/twoProcesses.ts";

const PASAL = "Pasal 1 Tarif parkir di tepi jalan umum ditetapkan oleh Wali Kota.";

/** How many times `text` occurs in `all`. */
const count = (all: string, text: string) => all.split(text).length - 1;

/** Waits (10 s at most) until `text` arrived on `stream`. */
const heard = (stream: { until(text: string): Promise<string> }, text: string) =>
  within(stream.until(text), 10_000, `"${text}" arriving on the stream`);

/**
 * Two processes on one store: a reader's page follows the draft's news on whichever process the
 * proxy sent it to, and must hear of what was done through the other — once.
 */
describe("comment and round news across processes", { timeout: 60_000 }, () => {
  let scene: TwoProcesses;
  beforeAll(async () => {
    scene = await startTwoProcesses();
  }, 60_000);
  afterAll(() => scene?.close());

  /** A draft with a reviewer (signed in on the first process) and an owner. */
  async function draftInReview() {
    const reviewer = await scene.person(scene.first, { name: "Siti Reviewer" });
    const owner = await scene.person(scene.first, { name: "Budi Owner" });
    const documentId = await scene.draft(`draft-${randomUUID()}`, [
      [owner.user.id, "owner"],
      [reviewer.user.id, "reviewer"],
    ]);
    await seedDraftText(scene.store, documentId, [PASAL]);
    return { documentId, reviewer, owner };
  }

  /** `browser` comments through `server`; returns the new comment's id. */
  async function comment(
    server: RunningServer,
    browser: Browser,
    documentId: string,
    body: string,
  ) {
    const anchor = await buildAnchor(scene.store, documentId, "Tarif parkir");
    const res = await browser.request(server, "POST", `/api/documents/${documentId}/comments`, {
      body,
      anchor,
    });
    if (res.status !== 201) throw new Error(`commenting answered ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  }

  it("a comment made through one process reaches the streams on both, each once, carrying the comment", async () => {
    const { documentId, reviewer, owner } = await draftInReview();
    const events = `/api/documents/${documentId}/events`;
    const onSecond = await scene.follow(scene.second, owner.browser, events);
    const onFirst = await scene.follow(scene.first, owner.browser, events);

    const first = await comment(
      scene.first,
      reviewer.browser,
      documentId,
      "Bedakan tarif per zona.",
    );
    const second = await comment(scene.first, reviewer.browser, documentId, "Juga untuk motor.");
    for (const stream of [onSecond, onFirst]) {
      await heard(stream, second);
      expect(count(stream.text, `event: ${COMMENT_EVENT}`)).toBe(2);
      expect(count(stream.text, `"id":"${first}"`)).toBe(1);
      expect(stream.text).toContain("Bedakan tarif per zona.");
    }
    await onSecond.cancel();
    await onFirst.cancel();
  });

  it("a round opened through one process tells the pages on the other to refetch the rounds", async () => {
    const { documentId, owner } = await draftInReview();
    const onSecond = await scene.follow(
      scene.second,
      owner.browser,
      `/api/documents/${documentId}/events`,
    );
    const opened = await owner.browser.request(
      scene.first,
      "POST",
      `/api/documents/${documentId}/rounds`,
      {
        title: "Rancangan Perda Parkir — konsultasi publik",
        summary: "Untuk masukan warga.",
        closesAt: new Date(Date.now() + 2 * 60 * 60 * 1000).toISOString(),
        audience: "open",
      },
    );
    expect(opened.status).toBe(201);
    await heard(onSecond, `event: ${ROUND_EVENT}`);
    await onSecond.cancel();
  });

  it("news lost while Redis was away: the pages on the other process are told to refetch, and find the comment", async () => {
    const { documentId, reviewer, owner } = await draftInReview();
    const onSecond = await scene.follow(
      scene.second,
      owner.browser,
      `/api/documents/${documentId}/events`,
    );
    await scene.redis.kill();
    const lost = await comment(
      scene.first,
      reviewer.browser,
      documentId,
      "Dikirim saat Redis mati.",
    );
    await scene.redis.restart();
    // News without a comment: the page refetches the comments (and rounds).
    await heard(onSecond, `event: ${COMMENT_EVENT}\ndata: {"at"`);
    await heard(onSecond, `event: ${ROUND_EVENT}`);
    const listed = await owner.browser.request(
      scene.second,
      "GET",
      `/api/documents/${documentId}/comments`,
    );
    expect(await listed.text()).toContain(lost);
    await onSecond.cancel();
  });
});
