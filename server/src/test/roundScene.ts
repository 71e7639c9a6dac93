import type { JSONContent } from "@tiptap/core";
import type { RoundDetail, RoundOpen, RoundView } from "../../../shared/schemas/index.ts";
import { silentLogger } from "./factories.ts";
import { RoundEvents } from "../rounds/roundEvents.ts";
import { RoundScheduler } from "../rounds/roundScheduler.ts";
import type { RoundSealer, SealStage } from "../rounds/roundSealer.ts";
import { buildVersionAnchor } from "./anchors.ts";
import { TestClock } from "./clock.ts";
import { buildCommentScene } from "./commentScene.ts";
import { buildUser } from "./factories.ts";
import type { ApiCaller } from "./httpClient.ts";

/** An hour, in milliseconds. */
export const HOUR = 60 * 60 * 1000;

/**
 * The comment scene with consultation rounds: a clock the test moves, the scheduler that closes
 * rounds, a sealer that records what it was asked to seal, and people reached only through their
 * organisation — `participant` (member of the verified NGO "forum", no document role) and
 * `unverified` (member of an organisation nobody verified).
 */
export async function buildRoundScene() {
  const clock = new TestClock();
  const roundEvents = new RoundEvents();
  const seals: { documentId: string; round: number; stage: SealStage }[] = [];
  const roundSealer: RoundSealer = {
    seal: async (documentId, round, stage) => {
      seals.push({ documentId, round, stage });
    },
  };
  let scheduler: RoundScheduler | undefined;
  const scene = await buildCommentScene({
    clock,
    roundEvents,
    roundSealer,
    roundScheduler: { reschedule: () => scheduler?.reschedule() ?? Promise.resolve() },
  });
  const { store, api } = scene;
  scheduler = new RoundScheduler({
    store,
    clock,
    events: roundEvents,
    sealer: roundSealer,
    log: silentLogger,
  });
  await scheduler.start();
  const at = clock.now().toISOString();
  await store.organisations.insert({
    id: "forum",
    name: "Forum Warga Kota",
    kind: "civil_society",
    verifiedAt: at,
    verifiedBy: null,
    createdAt: at,
  });
  await store.organisations.insert({
    id: "belum",
    name: "Kelompok Belum Diverifikasi",
    kind: "community",
    verifiedAt: null,
    verifiedBy: null,
    createdAt: at,
  });
  const participant = await buildUser(store, {
    email: "forum@x.test",
    name: "Wulan",
    organisationId: "forum",
  });
  const unverified = await buildUser(store, {
    email: "belum@x.test",
    name: "Joko",
    organisationId: "belum",
  });
  const as = {
    ...scene.as,
    participant: await api.signIn("forum@x.test"),
    unverified: await api.signIn("belum@x.test"),
  };
  const rounds = `${scene.base}/rounds`;

  /** Opens the next round as the owner (open to every verified organisation, for two hours). */
  async function openRound(input: Partial<RoundOpen> = {}): Promise<RoundView> {
    const res = await as.owner.request("POST", rounds, {
      title: "Rancangan Perda Parkir — konsultasi",
      summary: "Tarif dan retribusi ditata ulang.",
      closesAt: clock.isoIn(2 * HOUR),
      audience: "open",
      ...input,
    });
    if (res.status !== 201) throw new Error(`opening failed: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** The round as `caller` reads it, with its version's text. */
  async function readRound(caller: ApiCaller, number: number): Promise<RoundDetail> {
    const res = await caller.request("GET", `${rounds}/${number}`);
    if (res.status !== 200) throw new Error(`reading failed: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** Comments on `quote` of round `number`'s version as `caller`. */
  async function commentOnVersion(
    caller: ApiCaller,
    number: number,
    quote: string,
    extra: Record<string, unknown> = {},
  ): Promise<Response> {
    const round = await readRound(scene.as.owner, number);
    const anchor = buildVersionAnchor(round.content.content as JSONContent, quote);
    return caller.request("POST", `${rounds}/${number}/comments`, {
      body: `Tentang "${quote}".`,
      anchor,
      ...extra,
    });
  }

  /** Moves the clock and waits for the scheduler to act on it. */
  async function advance(ms: number): Promise<void> {
    clock.advance(ms);
    await scheduler?.idle();
  }

  return {
    ...scene,
    as,
    people: { ...scene.people, participant, unverified },
    clock,
    seals,
    roundEvents,
    scheduler,
    rounds,
    openRound,
    readRound,
    commentOnVersion,
    advance,
    async close() {
      await scheduler?.stop();
      await scene.close();
    },
  };
}
