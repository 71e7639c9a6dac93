import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../shared/protocol/index.ts";
import { eventually, within } from "./eventually.ts";
import { sessionCookieFor } from "./testSessions.ts";

const sockets = new Set<RawCollabSocket>();

/** How the server closed a socket. */
export interface SocketClose {
  code: number;
  reason: string;
}

/**
 * A bare `ws` connection to `/collab/<documentId>` that sends exactly the frames
 * a test crafts — what a buggy or hostile client could send — and records what
 * comes back and how the server closed it.
 */
export class RawCollabSocket {
  /** Binary frames received from the server, in order. */
  readonly frames: Uint8Array[] = [];
  /** Resolves when the connection has closed, with the server's close code. */
  readonly closed: Promise<SocketClose>;

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      if (isBinary) this.frames.push(new Uint8Array(data));
    });
    // A server that refuses may close while we still write; that is expected.
    ws.on("error", () => undefined);
    this.closed = new Promise((resolve) => {
      ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    sockets.add(this);
  }

  /** Opens a socket on a document and resolves once the upgrade succeeded. */
  static async open(
    collabUrl: string,
    documentId: string,
    headers: Record<string, string> = sessionHeaders(collabUrl),
  ): Promise<RawCollabSocket> {
    const ws = new WebSocket(`${collabUrl}/${encodeURIComponent(documentId)}`, { headers });
    const socket = new RawCollabSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("unexpected-response", (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
      ws.once("error", reject);
    });
    return socket;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends one binary frame. */
  send(frame: Uint8Array): void {
    this.ws.send(frame, { binary: true });
  }

  /** Sends one text frame (not part of the protocol). */
  sendText(text: string): void {
    this.ws.send(text, { binary: false });
  }

  /**
   * Asks the server to confirm that everything this socket sent so far is on
   * disk, and waits for the matching `saved` answer.
   */
  async saveCheck(nonce: number, timeoutMs = 10_000): Promise<void> {
    this.send(saveCheckFrame(nonce));
    await eventually(
      `the server answers saveCheck ${nonce} with saved`,
      () => this.frames.some((frame) => readSavedNonce(frame) === nonce),
      { timeoutMs },
    );
  }

  /**
   * Asks for the server's whole document (sync step 1 with an empty state
   * vector) and returns the step 2 answer. The server only answers once
   * everything it has applied is durable, so this is what is on disk.
   */
  async fetchState(timeoutMs = 10_000): Promise<Uint8Array> {
    const seen = this.frames.length;
    this.send(
      frame((e) => {
        encoding.writeVarUint(e, MessageType.sync);
        encoding.writeVarUint(e, SyncMessageType.step1);
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      }),
    );
    return eventually(
      "the server answers sync step 1",
      () => {
        for (const received of this.frames.slice(seen)) {
          const state = readSyncStep2(received);
          if (state) return state;
        }
        return false;
      },
      { timeoutMs },
    );
  }

  /** Waits for the server to close this socket and returns how. */
  closedBy(timeoutMs = 10_000): Promise<SocketClose> {
    return within(this.closed, timeoutMs, "the server closing the socket");
  }

  close(): void {
    sockets.delete(this);
    this.ws.terminate();
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket sync update frame carrying `update` (no check that it is valid). */
/** The test administrator's cookie for the server a collab URL points at. */
function sessionHeaders(collabUrl: string): Record<string, string> {
  const cookie = sessionCookieFor(collabUrl.replace(/^ws/, "http"));
  return cookie ? { cookie } : {};
}

export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncMessageType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

/** A Rembuk `saveCheck` frame. */
export function saveCheckFrame(nonce: number): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.saveCheck);
    encoding.writeVarUint(e, nonce);
  });
}

/** A y-websocket "query awareness" frame: the smallest valid message. */
export function queryAwarenessFrame(): Uint8Array {
  return frame((e) => encoding.writeVarUint(e, MessageType.queryAwareness));
}

/** The nonce of a `saved` frame, or undefined for any other frame. */
export function readSavedNonce(bytes: Uint8Array): number | undefined {
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readVarUint(decoder) !== MessageType.saved) return undefined;
  return decoding.readVarUint(decoder);
}

function readSyncStep2(bytes: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readVarUint(decoder) !== MessageType.sync) return undefined;
  if (decoding.readVarUint(decoder) !== SyncMessageType.step2) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/** Closes every raw socket the current test opened. */
export function disposeRawSockets(): void {
  for (const socket of [...sockets]) socket.close();
}
