import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCommentScene } from "../../test/commentScene.ts";
import { buildUser } from "../../test/factories.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

/** Reads a stream's text as it arrives; `until` waits for a chunk, `ended` for the close. */
function streamReader(res: Response) {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  return {
    get text() {
      return text;
    },
    /** Waits until `expected` has arrived `times` times. */
    async until(expected: string, times = 1): Promise<string> {
      while (text.split(expected).length - 1 < times) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${expected}"; got ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    async ended(): Promise<void> {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe("comment events", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  it("tells a reader at once when someone comments, without buffering", async () => {
    const res = await scene.as.observer.request("GET", `${scene.base}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const stream = streamReader(res);
    await stream.until(": connected\n\n");
    expect(scene.api.commentEvents.listenerCount(scene.documentId)).toBe(1);

    await scene.commented(scene.as.reviewer, "Tarif parkir");
    const received = await stream.until("\n\n", 2);
    const event = received.slice(received.indexOf("event: comments"));
    expect(event).toMatch(/^event: comments\ndata: \{"at":"[^"]+"\}\n\n$/);
    const { at } = JSON.parse(event.split("data: ")[1] ?? "");
    expect(Number.isNaN(Date.parse(at))).toBe(false);
    await stream.cancel();
  });

  it("ends the stream when the reader's role is revoked, and when they sign out everywhere", async () => {
    const revoked = streamReader(await scene.as.observer.request("GET", `${scene.base}/events`));
    await revoked.until(": connected");
    const signedOut = streamReader(await scene.as.reviewer.request("GET", `${scene.base}/events`));
    await signedOut.until(": connected");

    const removal = await scene.as.owner.request(
      "DELETE",
      `${scene.base}/roles/${scene.people.observer.id}`,
    );
    expect(removal.status).toBe(204);
    await revoked.ended();

    expect((await scene.as.reviewer.request("POST", "/api/auth/logout-everywhere")).status).toBe(
      204,
    );
    await signedOut.ended();
    expect(scene.api.commentEvents.listenerCount(scene.documentId)).toBe(0);
  });

  it("is refused to people who cannot read the document", async () => {
    expect((await scene.api.anonymous.request("GET", `${scene.base}/events`)).status).toBe(401);
    await buildUser(scene.store, { email: "outsider@x.test" });
    const outsider = await scene.api.signIn("outsider@x.test");
    expect((await outsider.request("GET", `${scene.base}/events`)).status).toBe(404);
  });
});
