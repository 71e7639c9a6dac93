import type { NotificationPage } from "../../../../shared/schemas/index.ts";
import { silentLogger } from "../../test/factories.ts";
import type { ApiCaller } from "../../test/httpClient.ts";
import { buildRoundScene } from "../../test/roundScene.ts";
import { DigestJob } from "../digestJob.ts";
import { Notifier } from "../notifier.ts";

/** A queued e-mail as a test reads it from the outbox. */
export interface QueuedMail {
  to_email: string;
  subject: string;
  body: string;
  created_at: string;
}

/**
 * The round scene with the notifier following its comment and round news, and the daily
 * digest, both on the scene's clock. `settle` waits until every reaction has been stored.
 */
export async function buildNotificationScene() {
  const scene = await buildRoundScene();
  const deps = { store: scene.store, clock: scene.clock, log: silentLogger, publicUrl: "" };
  let notifier = new Notifier(deps);
  notifier.follow(scene.api.commentEvents);
  notifier.follow(scene.roundEvents);
  await notifier.start();
  let digest = new DigestJob(deps);
  await digest.start();

  /** Waits for the scheduler, the notifier and the digest to finish what they started. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i += 1) {
      await scene.scheduler?.idle();
      await notifier.idle();
      await digest.idle();
    }
  }

  /** Moves the clock and lets everything due by then happen. */
  async function advance(ms: number): Promise<void> {
    await scene.advance(ms);
    await settle();
  }

  /** The caller's first page of notifications. */
  async function inbox(caller: ApiCaller, query = ""): Promise<NotificationPage> {
    const res = await caller.request("GET", `/api/me/notifications${query}`);
    if (res.status !== 200) throw new Error(`inbox failed: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** The kinds of notification the caller has, newest first. */
  async function kinds(caller: ApiCaller): Promise<string[]> {
    return (await inbox(caller)).notifications.map((n) => n.kind);
  }

  /** Every e-mail queued so far, oldest first. */
  function outbox(): Promise<QueuedMail[]> {
    return scene.store.db.all<QueuedMail>("SELECT * FROM outbox ORDER BY id");
  }

  /** Stops the notifier and digest as a shutdown would, then starts new ones (a restart). */
  async function restart(): Promise<void> {
    await notifier.stop();
    await digest.stop();
    notifier = new Notifier(deps);
    notifier.follow(scene.api.commentEvents);
    notifier.follow(scene.roundEvents);
    await notifier.start();
    digest = new DigestJob(deps);
    await digest.start();
  }

  /** Stops the notifier and digest without starting them again (the server is down). */
  async function shutDown(): Promise<void> {
    await notifier.stop();
    await digest.stop();
  }

  return {
    ...scene,
    settle,
    advance,
    inbox,
    kinds,
    outbox,
    restart,
    shutDown,
    async close() {
      await notifier.stop();
      await digest.stop();
      await scene.close();
    },
  };
}
