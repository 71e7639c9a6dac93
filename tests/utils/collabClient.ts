import type WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { EDITOR_FIELD } from "../../shared/editor/index.ts";
import { eventually } from "./eventually.ts";
import { webSocketWithSession } from "./testSessions.ts";

/** Name of the `Y.Text` typing tests write into. */
export const DRAFT_TEXT = "draft";
/** Name of the `Y.XmlFragment` the Tiptap editor binds. */
export const EDITOR_FRAGMENT = EDITOR_FIELD;

const clients = new Set<CollabClient>();

// Each WebsocketProvider adds a process "exit" listener; tests open a few dozen at once.
process.setMaxListeners(Math.max(process.getMaxListeners(), 100));

export interface CollabClientOptions {
  /** Shown to others through presence (awareness). */
  name?: string;
  /** Connect immediately (default true). */
  connect?: boolean;
  /** Session cookie to connect with; default: the test administrator's on that server. */
  cookie?: string;
}

/**
 * One person's editor as the stock `WebsocketProvider` (y-websocket 3) sees it:
 * its own Y.Doc, presence, and a log of every update it received from the server.
 */
export class CollabClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Every update the server sent this client, in arrival order. */
  readonly received: Uint8Array[] = [];
  /** Close codes of every connection the server closed. */
  readonly closeCodes: number[] = [];

  constructor(collabUrl: string, documentId: string, options: CollabClientOptions = {}) {
    this.provider = new WebsocketProvider(collabUrl, documentId, this.doc, {
      WebSocketPolyfill: webSocketWithSession(
        options.cookie,
      ) as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 400,
      connect: options.connect ?? true,
    });
    if (options.name) this.provider.awareness.setLocalStateField("user", { name: options.name });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) this.received.push(update);
    });
    this.provider.on("connection-close", (event) => {
      if (event) this.closeCodes.push(event.code);
    });
    clients.add(this);
  }

  get text(): Y.Text {
    return this.doc.getText(DRAFT_TEXT);
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(EDITOR_FRAGMENT);
  }

  /** The draft text as this person sees it. */
  content(): string {
    return this.text.toString();
  }

  /** Appends a paragraph to the editor content, as typing a line in Tiptap would. */
  addParagraph(words: string): void {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(words)]);
    this.fragment.push([paragraph]);
  }

  /** The editor content as one string per paragraph. */
  paragraphs(): string[] {
    return this.fragment
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.toArray().join("") : node.toString()));
  }

  /** Names of the other people this client currently sees as present. */
  presentOthers(): string[] {
    const names: string[] = [];
    for (const [clientId, state] of this.provider.awareness.getStates()) {
      const user = (state as { user?: { name?: string } }).user;
      if (clientId !== this.doc.clientID && user?.name) names.push(user.name);
    }
    return names.sort();
  }

  /** Waits until the provider has completed a sync with the server. */
  whenSynced(timeoutMs = 10_000): Promise<true> {
    return eventually("the client has synced", () => this.provider.synced, { timeoutMs });
  }

  /** Loses the connection without a goodbye (no presence removal sent), and stays offline. */
  dropConnection(): void {
    const socket = this.provider.ws as unknown as WebSocket | null;
    this.provider.shouldConnect = false;
    socket?.terminate();
  }

  /** Goes offline on purpose (the provider sends a presence removal first). */
  disconnect(): void {
    this.provider.disconnect();
  }

  /** Comes back online after `disconnect()` or `dropConnection()`. */
  connect(): void {
    this.provider.connect();
  }

  destroy(): void {
    clients.delete(this);
    this.provider.destroy();
    this.doc.destroy();
  }
}

/** Opens a client on a document and waits until it has synced. */
export async function joinDocument(
  collabUrl: string,
  documentId: string,
  options: CollabClientOptions = {},
): Promise<CollabClient> {
  const client = new CollabClient(collabUrl, documentId, options);
  await client.whenSynced();
  return client;
}

/**
 * Waits until every client holds the same state (state vector and text) and
 * returns that text. Each client always holds its own edits, so identical
 * states mean everyone has everyone's edits.
 */
export function converged(clients: CollabClient[], timeoutMs = 15_000): Promise<string> {
  return eventually(
    `${clients.length} clients converge`,
    () => {
      const [first, ...rest] = clients;
      if (!first) throw new Error("no clients");
      for (const client of rest) {
        if (!sameStateVector(first.doc, client.doc)) {
          throw new Error(`state vectors differ: ${first.content()} vs ${client.content()}`);
        }
        if (client.content() !== first.content()) throw new Error("same state, different text");
      }
      return first.content();
    },
    { timeoutMs },
  );
}

/** True when both documents have integrated exactly the same operations of every author. */
export function sameStateVector(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.decodeStateVector(Y.encodeStateVector(a));
  const right = Y.decodeStateVector(Y.encodeStateVector(b));
  return (
    left.size === right.size && [...left].every(([client, clock]) => right.get(client) === clock)
  );
}

/** Destroys every client the current test opened. */
export function disposeClients(): void {
  for (const client of [...clients]) client.destroy();
}
