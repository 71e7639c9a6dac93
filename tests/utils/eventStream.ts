import { eventually, within } from "./eventually.ts";
import type { RembukServer } from "./rembukServer.ts";

const open = new Set<EventStreamReader>();

/**
 * A server-sent event stream (`…/events`) followed as a signed-in page follows it: it keeps
 * everything received and knows whether the server ended it.
 */
export class EventStreamReader {
  /** Everything received so far. */
  text = "";
  /** Resolves when the server ended the stream. */
  readonly ended: Promise<void>;
  private isEnded = false;

  private constructor(
    private readonly body: ReadableStream<Uint8Array>,
    private readonly abort: AbortController,
  ) {
    open.add(this);
    this.ended = this.read();
  }

  /**
   * Opens the stream at `path` with `cookie` and resolves once the server said it is connected;
   * rejects with the status and body when the server refused it.
   */
  static async open(server: Pick<RembukServer, "url">, cookie: string, path: string) {
    const abort = new AbortController();
    const response = await fetch(`${server.url}${path}`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: abort.signal,
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(`stream refused: ${response.status} ${await response.text()}`);
    }
    const reader = new EventStreamReader(response.body, abort);
    await reader.waitFor(": connected");
    return reader;
  }

  /** Whether the server has ended the stream. */
  get isOpen(): boolean {
    return !this.isEnded;
  }

  /** Waits until `expected` has arrived (10 s at most). */
  async waitFor(expected: string): Promise<void> {
    await eventually(`"${expected}" arrives on the stream`, () => {
      if (this.text.includes(expected)) return true;
      if (this.isEnded) throw new Error(`the stream ended; got ${JSON.stringify(this.text)}`);
      return false;
    });
  }

  /** Waits for the server to end the stream (10 s at most). */
  endedBy(timeoutMs = 10_000): Promise<void> {
    return within(this.ended, timeoutMs, "the server ending the stream");
  }

  /** Stops following (the client leaves). */
  close(): void {
    open.delete(this);
    this.abort.abort();
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    const reader = this.body.getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.text += decoder.decode(value, { stream: true });
      }
    } catch {
      // Aborted by `close`.
    } finally {
      this.isEnded = true;
    }
  }
}

/** Stops following every stream the current test opened. */
export function disposeEventStreams(): void {
  for (const stream of [...open]) stream.close();
}
