import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { AccessEvents } from "./auth/accessEvents.ts";
import { connectSlots } from "./auth/connectionSlots.ts";
import { LoginThrottle } from "./auth/loginThrottle.ts";
import { SetupGate } from "./auth/setupGate.ts";
import { connectBus } from "./cluster/index.ts";
import { CollabCluster } from "./collab/collabCluster.ts";
import { attachCollabServer } from "./collab/collabServer.ts";
import { DocumentRegistry } from "./collab/documentRegistry.ts";
import { LiveDrafts } from "./collab/liveDrafts.ts";
import { UpdateWriter } from "./collab/updateWriter.ts";
import { CommentEvents } from "./comments/commentEvents.ts";
import type { Config } from "./config.ts";
import { PostingLimits } from "./limits/postingLimits.ts";
import { connectLimits } from "./limits/redisLimiterStore.ts";
import type { Logger } from "./logger.ts";
import { DigestJob } from "./notifications/digestJob.ts";
import { Notifier } from "./notifications/notifier.ts";
import { createRoundSealer } from "./record/roundSealer.ts";
import { systemClock } from "./rounds/clock.ts";
import { RoundEvents } from "./rounds/roundEvents.ts";
import { RoundScheduler } from "./rounds/roundScheduler.ts";
import { openStore } from "./store/index.ts";

const DEFAULT_CLIENT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../dist/client",
);

/** A running Rembuk server. */
export interface RunningServer {
  /** `http://host:port` it listens on. */
  url: string;
  port: number;
  /** Stops accepting, closes sockets ("going away"), flushes every change, closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store, then serves the API, the client and the collaboration socket
 * on one port. The port only answers once the store is open, so `/api/health`
 * means ready.
 */
export async function startServer(
  config: Config,
  log: Logger,
  clientDir = DEFAULT_CLIENT_DIR,
): Promise<RunningServer> {
  const store = await openStore(config);
  // Other processes on the same store (scale-out) hear of edits and news through the bus.
  const bus = await connectBus(config, log);
  // With REDIS_URL, sign-in attempts and postings count across every process.
  const limits = await connectLimits(config.redisUrl, log);
  // Access changes and comment/round news reach the connections of every process, and with
  // REDIS_URL the per-account connection caps count across them.
  const slots = config.redisUrl ? await connectSlots(config.redisUrl, log) : undefined;
  const accessEvents = new AccessEvents({
    limits: { socket: config.maxSocketsPerAccount, stream: config.maxStreamsPerAccount },
    bus,
    sessions: store.sessions,
    slots,
  });
  const setupGate = new SetupGate(store, log);
  await setupGate.prepare({ adminEmail: config.adminEmail, adminPassword: config.adminPassword });
  const writer = new UpdateWriter(store.updates, config.compactionThreshold, log);
  // Edits and presence of a document reach the processes that have it loaded too.
  const cluster = bus.shared ? new CollabCluster({ bus, updates: store.updates, log }) : undefined;
  const registry = new DocumentRegistry({
    updates: store.updates,
    writer,
    log,
    unloadGraceMs: config.unloadGraceMs,
    loadDelayMs: config.loadDelayMs,
    cluster,
  });

  const roundEvents = new RoundEvents(bus);
  const commentEvents = new CommentEvents(bus);
  // Notifications follow the comment and round news; the digest goes out daily at 07:00 WIB.
  const notifications = { store, clock: systemClock, log, publicUrl: config.publicUrl };
  const notifier = new Notifier(notifications);
  notifier.follow(commentEvents);
  notifier.follow(roundEvents);
  const digestJob = new DigestJob(notifications);
  const roundSealer = createRoundSealer({ store, clock: systemClock, log });
  // Rounds whose closesAt passed while the server was down are closed before anyone is served,
  // and rounds closed before their records were sealed (or whose seal failed) get their seal.
  const roundScheduler = new RoundScheduler({
    store,
    clock: systemClock,
    events: roundEvents,
    sealer: roundSealer,
    sealUnsealed: () => roundSealer.sealUnsealed(),
    log,
  });
  await roundScheduler.start();
  // What happened while the server was down is notified, and a missed digest sent.
  await notifier.start();
  await digestJob.start();

  const app = createApp({
    store,
    log,
    clientDir,
    accessEvents,
    setupGate,
    loginThrottle: new LoginThrottle(config.loginLimits, limits.store),
    postingLimits: new PostingLimits(config.postingLimits, limits.store),
    liveDrafts: new LiveDrafts(registry),
    commentEvents,
    roundEvents,
    clock: systemClock,
    roundScheduler,
    roundSealer,
    cookieSecure: config.cookieSecure,
    publicUrl: config.publicUrl,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
  });
  const server = http.createServer(app);
  const collab = attachCollabServer(server, {
    registry,
    store,
    accessEvents,
    allowedOrigins: config.allowedOrigins,
    limits: config,
    log,
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  setupGate.announce(config.publicUrl ?? url);

  // Expired sessions are refused when read; this only keeps the table small (one process at a time).
  const sweepSessions = () =>
    store.db
      .withLock("sessions:sweep", () => store.sessions.deleteExpired(new Date().toISOString()))
      .catch((error: unknown) => {
        log.warn({ err: error }, "sweeping expired sessions failed");
      });
  void sweepSessions();
  const sweeper = setInterval(sweepSessions, 60 * 60 * 1000);
  sweeper.unref();

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        await roundScheduler.stop();
        await digestJob.stop();
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await collab.close();
        await writer.flush();
        cluster?.close();
        server.closeAllConnections();
        await stopped;
        await notifier.stop();
        await limits.close();
        accessEvents.close();
        await slots?.close();
        commentEvents.close();
        roundEvents.close();
        await bus.close();
        await store.close();
      })();
      return closing;
    },
  };
}
