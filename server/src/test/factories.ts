import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import * as Y from "yjs";
import { createApp } from "../app.ts";
import { AccessEvents } from "../auth/accessEvents.ts";
import { LoginThrottle } from "../auth/loginThrottle.ts";
import { SetupGate } from "../auth/setupGate.ts";
import { DocumentRegistry } from "../collab/documentRegistry.ts";
import type { CollabPeer } from "../collab/liveDocument.ts";
import { LiveDrafts } from "../collab/liveDrafts.ts";
import { UpdateWriter } from "../collab/updateWriter.ts";
import { accountCreator } from "../commands/accountCreator.ts";
import { CommentEvents } from "../comments/commentEvents.ts";
import { PostingLimits } from "../limits/postingLimits.ts";
import { type Clock, systemClock } from "../rounds/clock.ts";
import { RoundEvents } from "../rounds/roundEvents.ts";
import type { RoundScheduler } from "../rounds/roundScheduler.ts";
import type { RoundSealer } from "../rounds/roundSealer.ts";
import { openStore, type Store, type StoreLocation } from "../store/index.ts";
import { freshPgDatabase } from "./pgDatabase.ts";

/** The databases the store runs on. */
export type StoreBackend = "sqlite" | "postgres";

/** A logger that discards everything, for unit tests. */
export const silentLogger = pino({ level: "silent" });

/**
 * Opens a real store in a fresh temporary folder — SQLite, or (`backend`, by default from
 * STORE=postgres) a fresh PostgreSQL database (see pgDatabase.ts) — and `cleanup` closes and removes it. `location`
 * opens the same store again.
 */
export async function buildStore(
  backend: StoreBackend = process.env.STORE === "postgres" ? "postgres" : "sqlite",
): Promise<Store & { dir: string; location: StoreLocation; cleanup(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rembuk-unit-"));
  const postgres = backend === "postgres" ? await freshPgDatabase() : undefined;
  const location = {
    dataDir: dir,
    databaseFile: path.join(dir, "rembuk.sqlite"),
    databaseUrl: postgres?.url,
  };
  const store = await openStore(location);
  return {
    ...store,
    dir,
    location,
    async cleanup() {
      await store.close().catch(() => undefined);
      await postgres?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The live drafts over a store as the server builds them (a real update writer and document
 * registry); `close` flushes every change and unloads every document.
 */
export function buildLiveDrafts(store: Store) {
  const writer = new UpdateWriter(store.updates, 1000, silentLogger);
  const registry = new DocumentRegistry({
    updates: store.updates,
    writer,
    log: silentLogger,
    unloadGraceMs: 50,
  });
  return {
    liveDrafts: new LiveDrafts(registry),
    registry,
    writer,
    async close() {
      await registry.shutdown(1001, "test over");
      await writer.flush();
    },
  };
}

/** What the app's round routes are wired with; tests pass their own clock and scheduler. */
export interface RoundWiring {
  roundEvents: RoundEvents;
  clock: Clock;
  roundScheduler?: Pick<RoundScheduler, "reschedule">;
  roundSealer?: RoundSealer;
  /** Tests of the limits pass their own, with small numbers; others get the defaults. */
  loginThrottle?: LoginThrottle;
  postingLimits?: PostingLimits;
}

/** The express app over a store, with everything a route needs, as the server wires it. */
export function buildApp(
  store: Store,
  live: Pick<ReturnType<typeof buildLiveDrafts>, "liveDrafts"> = buildLiveDrafts(store),
  events = {
    accessEvents: new AccessEvents(),
    commentEvents: new CommentEvents(),
  },
  rounds: RoundWiring = { roundEvents: new RoundEvents(), clock: systemClock },
) {
  return createApp({
    store,
    log: silentLogger,
    clientDir: "/nonexistent",
    accessEvents: events.accessEvents,
    commentEvents: events.commentEvents,
    loginThrottle: new LoginThrottle(),
    postingLimits: new PostingLimits(),
    ...rounds,
    liveDrafts: live.liveDrafts,
    setupGate: new SetupGate(store, silentLogger),
    cookieSecure: "auto",
    publicUrl: undefined,
    allowedOrigins: [],
    trustProxy: "false",
  });
}

/** Creates an account (hashing its password) for tests; administrators with `isAdmin`. */
export async function buildUser(
  store: Store,
  props: {
    email?: string;
    name?: string;
    password?: string;
    isAdmin?: boolean;
    organisationId?: string;
  } = {},
) {
  return accountCreator({
    store,
    email: props.email ?? `${randomUUID()}@example.test`,
    name: props.name ?? "Siti Rahmawati",
    password: props.password ?? "kata-sandi-yang-panjang",
    isAdmin: props.isAdmin,
    organisationId: props.organisationId,
  });
}

/** Creates a document record with an id and title that say what the test is about. */
export async function buildDocument(store: Store, id = "draft-perda", title = "Rancangan Perda") {
  await store.documents.insert({ id, title, createdAt: new Date().toISOString(), form: "free" });
  return id;
}

/** A Yjs update that inserts `text` at the start of the "default" text of a fresh client. */
export function buildTextUpdate(text: string, doc = new Y.Doc()): Uint8Array {
  let update: Uint8Array | undefined;
  const capture = (u: Uint8Array) => {
    update = u;
  };
  doc.on("update", capture);
  doc.getText("default").insert(0, text);
  doc.off("update", capture);
  if (!update) throw new Error("no update produced");
  return update;
}

/** A peer that records the frames it is sent and whether it was closed. */
export function buildPeer(id = "peer"): CollabPeer & { sent: Uint8Array[]; closedWith?: number } {
  const peer = {
    id,
    userId: `user-${id}`,
    canEdit: true,
    displayName: `Person ${id}`,
    awarenessClients: new Set<number>(),
    sent: [] as Uint8Array[],
    closedWith: undefined as number | undefined,
    send(frame: Uint8Array) {
      peer.sent.push(frame);
    },
    close(code: number) {
      peer.closedWith = code;
    },
  };
  return peer;
}

/** Reads the "default" text of a document rebuilt from stored updates. */
export function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText("default").toString();
}
