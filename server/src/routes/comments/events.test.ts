import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCommentScene } from "../../test/commentScene.ts";
import { buildUser } from "../../test/factories.ts";
import { buildRoundScene } from "../../test/roundScene.ts";
import { streamReader } from "../../test/streamReader.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

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
    expect(event).toMatch(/^event: comments\ndata: \{"at":"[^"]+",.*\}\n\n$/);
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

describe("a round's event stream", () => {
  let scene: Awaited<ReturnType<typeof buildRoundScene>>;
  beforeEach(async () => {
    scene = await buildRoundScene();
    await scene.openRound();
  });
  afterEach(() => scene.close());

  const follow = async (caller: keyof typeof scene.as, path = `${scene.rounds}/1/events`) => {
    const res = await scene.as[caller].request("GET", path);
    expect(res.status).toBe(200);
    const stream = streamReader(res);
    await stream.until(": connected\n\n");
    return stream;
  };

  it("tells a participant without a document role of the document's comment and round news, and only of that document", async () => {
    const res = await scene.as.participant.request("GET", `${scene.rounds}/1/events`);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const stream = streamReader(res);
    await stream.until(": connected\n\n");

    // News of another document, published first, would arrive first if it were passed on.
    scene.api.commentEvents.publish("another-document", undefined, "2001-01-01T00:00:00.000Z");
    scene.roundEvents.publish("another-document", undefined, "2001-01-01T00:00:00.000Z");
    expect((await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir")).status).toBe(201);
    await stream.until("\n\n", 2);
    expect(stream.text).toMatch(
      /^: connected\n\nevent: comments\ndata: \{"at":"[^"]+",.*"Juru parkir".*\}\n\n$/,
    );

    const close = await scene.as.drafter.request("POST", `${scene.rounds}/1/close`, {
      reason: "Cukup masukan.",
    });
    expect(close.status).toBe(200);
    const received = await stream.until("event: rounds\n");
    expect(received).not.toContain("2001-01-01");
    await stream.cancel();
  });

  it("ends when the reader's access goes, but not while their organisation still brings them in", async () => {
    const observer = await follow("observer"); // in only through the document role
    const reviewerDraft = await follow("reviewer", `${scene.base}/events`);
    const reviewerRound = await follow("reviewer"); // document role, and a verified NGO
    const participant = await follow("participant");
    const revoke = async (person: "observer" | "reviewer") => {
      const res = await scene.as.owner.request(
        "DELETE",
        `${scene.base}/roles/${scene.people[person].id}`,
      );
      expect(res.status).toBe(204);
    };

    await revoke("observer");
    await observer.ended();
    // Both of the reviewer's streams are judged at once: the draft's ends, the round's stays.
    await revoke("reviewer");
    await reviewerDraft.ended();
    expect((await scene.commentOnVersion(scene.as.participant, 1, "Juru parkir")).status).toBe(201);
    await reviewerRound.until("event: comments");

    const signOut = await scene.as.participant.request("POST", "/api/auth/logout-everywhere");
    expect(signOut.status).toBe(204);
    await participant.ended();
    expect(scene.api.commentEvents.listenerCount(scene.documentId)).toBe(1);
    await reviewerRound.cancel();
  });

  it("is refused to people who may not read the round", async () => {
    const path = `${scene.rounds}/1/events`;
    expect((await scene.api.anonymous.request("GET", path)).status).toBe(401);
    const unverified = await scene.as.unverified.request("GET", path);
    expect(unverified.status).toBe(404);
    expect((await unverified.json()).error.id).toBe("document_not_found");
    const missing = await scene.as.observer.request("GET", `${scene.rounds}/9/events`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.id).toBe("round_not_found");
    expect(scene.api.commentEvents.listenerCount(scene.documentId)).toBe(0);
  });
});
