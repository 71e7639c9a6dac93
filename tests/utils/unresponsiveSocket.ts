import { randomBytes } from "node:crypto";
import net from "node:net";
import { eventually } from "./eventually.ts";
import { sessionCookieFor } from "./testSessions.ts";

const sockets = new Set<net.Socket>();

/**
 * A WebSocket client on a bare TCP connection that performs the opening
 * handshake and then never answers anything — like a phone whose network went
 * away mid-conversation. When the server closes it, the server's side stays
 * "closing" until the TCP connection ends, which the test decides with
 * `vanish()`.
 */
export class UnresponsiveSocket {
  private received = Buffer.alloc(0);

  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
    });
    socket.on("error", () => undefined);
    sockets.add(socket);
  }

  /** Connects to `/collab/<documentId>` and completes the upgrade. */
  static async open(port: number, documentId: string): Promise<UnresponsiveSocket> {
    const socket = net.connect(port, "127.0.0.1");
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    const client = new UnresponsiveSocket(socket);
    socket.write(
      [
        `GET /collab/${encodeURIComponent(documentId)} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        `Cookie: ${sessionCookieFor(`http://127.0.0.1:${port}`) ?? ""}`,
        "Upgrade: websocket",
        "Connection: Upgrade",
        `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
        "Sec-WebSocket-Version: 13",
        "",
        "",
      ].join("\r\n"),
    );
    await eventually("the server accepts the upgrade", () =>
      client.received.toString("latin1").startsWith("HTTP/1.1 101"),
    );
    return client;
  }

  /** Waits for the server's close frame and returns its code; the socket stays open. */
  closeCodeSent(timeoutMs = 10_000): Promise<number> {
    return eventually(
      "the server sends a close frame",
      () => {
        const headerEnd = this.received.indexOf("\r\n\r\n");
        return headerEnd >= 0 && findCloseCode(this.received.subarray(headerEnd + 4));
      },
      { timeoutMs },
    );
  }

  /** Drops the TCP connection without a close handshake. */
  vanish(): void {
    sockets.delete(this.socket);
    this.socket.destroy();
  }
}

/** Walks the server's (unmasked) frames and returns the code of its close frame, if any. */
function findCloseCode(frames: Buffer): number | false {
  let at = 0;
  while (at + 2 <= frames.length) {
    const opcode = (frames[at] ?? 0) & 0x0f;
    let length = (frames[at + 1] ?? 0) & 0x7f;
    let header = 2;
    if (length === 126) {
      if (at + 4 > frames.length) return false;
      length = frames.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      if (at + 10 > frames.length) return false;
      length = Number(frames.readBigUInt64BE(at + 2));
      header = 10;
    }
    if (at + header + length > frames.length) return false;
    if (opcode === 0x8) return length >= 2 ? frames.readUInt16BE(at + header) : 1005;
    at += header + length;
  }
  return false;
}

/** Drops every unresponsive socket the current test opened. */
export function disposeUnresponsiveSockets(): void {
  for (const socket of [...sockets]) socket.destroy();
  sockets.clear();
}
