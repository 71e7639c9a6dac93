import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { schemaForForm } from "../../../../shared/editor/freeSchema.ts";
import { COMMENT_BODY_MAX, CommentListSchema } from "../../../../shared/schemas/index.ts";
import { passagesOf } from "../../collab/passages.ts";
import { buildAnchor } from "../../test/anchors.ts";
import { buildCommentScene } from "../../test/commentScene.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

describe("comments on the live draft", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  const list = async () => {
    const res = await scene.as.reviewer.request("GET", `${scene.base}/comments`);
    expect(res.status).toBe(200);
    return CommentListSchema.parse(await res.json());
  };

  it("lets a reviewer comment on a passage, attributed to them and their organisation as they are now", async () => {
    const thread = await scene.commented(
      scene.as.reviewer,
      "Tarif parkir",
      "Tarif perlu per zona.",
    );
    expect(thread).toMatchObject({
      documentId: scene.documentId,
      context: { kind: "draft" },
      parentId: null,
      kind: "comment",
      quote: "Tarif parkir",
      locator: null,
      body: "Tarif perlu per zona.",
      status: "visible",
      moderation: null,
      answer: null,
      suggestion: null,
      replies: [],
      replyCount: 0,
      attachments: [],
      author: {
        id: scene.people.reviewer.id,
        name: "Siti",
        interests: "Pengurus koperasi parkir",
        organisation: { id: "lsm", name: "LSM Transportasi Warga", kind: "civil_society" },
      },
    });
    expect(thread.offsets).toEqual({ from: 8, to: 20 });

    // The passage carries the comment's mark in the stored draft.
    const doc = new Y.Doc();
    for (const u of await scene.store.updates.load(scene.documentId)) Y.applyUpdate(doc, u);
    expect(passagesOf(doc, schemaForForm("free")).get(thread.id)?.quote).toBe("Tarif parkir");

    // A later change of profile does not rewrite what was declared when commenting.
    await scene.store.users.updateProfile(scene.people.reviewer.id, { name: "S.", interests: "" });
    const [listed] = (await list()).threads;
    expect(listed?.author).toMatchObject({ name: "Siti", interests: "Pengurus koperasi parkir" });
  });

  it("lists threads in the order they were made, each with its replies oldest first", async () => {
    const first = await scene.commented(scene.as.reviewer, "Retribusi parkir");
    const second = await scene.commented(scene.as.otherReviewer, "Juru parkir", "Seragam siapa?");
    const replyTo = (id: string, caller: keyof Scene["as"], body: string) =>
      scene.as[caller].request("POST", `${scene.base}/comments/${id}/replies`, { body });
    expect((await replyTo(first.id, "drafter", "Akan kami tinjau.")).status).toBe(201);
    const nested = await replyTo(first.id, "reviewer", "Terima kasih.");
    // A reply answers with itself alone, never its whole thread.
    const nestedThread = await nested.json();
    expect(nestedThread).toMatchObject({ parentId: first.id, body: "Terima kasih." });
    expect(nestedThread).not.toHaveProperty("replies");
    // A reply to a reply joins the top-level thread.
    const deep = await replyTo(nestedThread.id, "owner", "Sama-sama.");
    expect(deep.status).toBe(201);
    const { threads } = await list();
    expect(threads.map((t) => t.id)).toEqual([first.id, second.id]);
    expect(threads[0]?.replies.map((r) => [r.body, r.parentId, r.quote])).toEqual([
      ["Akan kami tinjau.", first.id, null],
      ["Terima kasih.", first.id, null],
      ["Sama-sama.", first.id, null],
    ]);
    expect(threads[0]?.replies[0]?.author.organisation?.kind).toBe("government");
  });

  it("stores hostile text verbatim and hands it back as data", async () => {
    const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> '); DROP TABLE comments;--`;
    const thread = await scene.commented(scene.as.reviewer, "Wali Kota", hostile);
    expect(thread.body).toBe(hostile);
    expect((await list()).threads[0]?.body).toBe(hostile);
  });

  it("refuses anchors outside the draft, passages that changed, and empty or oversized bodies", async () => {
    const anchor = await buildAnchor(scene.store, scene.documentId, "kas daerah");
    const post = (body: unknown) =>
      scene.as.reviewer.request("POST", `${scene.base}/comments`, body);

    const elsewhere = new Y.Doc();
    elsewhere.getXmlFragment("default").insert(0, [new Y.XmlText("lain")]);
    const foreign = Y.createRelativePositionFromTypeIndex(
      elsewhere.getXmlFragment("default").get(0) as Y.XmlText,
      1,
    );
    const foreignEnd = Buffer.from(Y.encodeRelativePosition(foreign)).toString("base64");
    const outside = await post({ body: "x", anchor: { ...anchor, end: foreignEnd } });
    expect(outside.status).toBe(400);
    expect((await outside.json()).error.id).toBe("anchor_invalid");

    const changed = await post({ body: "x", anchor: { ...anchor, quote: "kas negara" } });
    expect(changed.status).toBe(409);
    expect((await changed.json()).error.id).toBe("passage_changed");

    for (const [body, field] of [
      [{ body: "   ", anchor }, "body"],
      [{ body: "x".repeat(COMMENT_BODY_MAX + 1), anchor }, "body"],
      [{ body: "x", anchor: { ...anchor, start: "bukan base64!" } }, "anchor.start"],
      [{ body: "x", anchor, proposedText: "y" }, "proposedText"],
      [{ body: "x", kind: "suggestion", anchor }, "proposedText"],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({ id: "invalid_request", field });
    }
    expect((await list()).threads).toEqual([]);
    expect(await scene.store.comments.listForDocument(scene.documentId)).toEqual([]);
  });

  it("lets readers who may not comment read but not comment", async () => {
    await scene.commented(scene.as.reviewer, "Tarif parkir");
    const res = await scene.comment(scene.as.observer, "kas daerah");
    expect(res.status).toBe(403);
    expect((await scene.as.observer.request("GET", `${scene.base}/comments`)).status).toBe(200);
    const admin = await scene.comment(scene.as.admin, "kas daerah");
    expect(admin.status).toBe(403);
  });

  it("answers 404 for a comment that does not exist on this document", async () => {
    const res = await scene.as.reviewer.request("POST", `${scene.base}/comments/nope/replies`, {
      body: "Halo",
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.id).toBe("comment_not_found");
  });
});

describe("rewording a comment", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  it("lets only the author reword it, keeping every earlier wording", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Versi pertama.");
    const path = `${scene.base}/comments/${thread.id}`;
    const edited = await scene.as.reviewer.request("PATCH", path, { body: "Versi kedua." });
    expect(edited.status).toBe(200);
    const after = await edited.json();
    expect(after.body).toBe("Versi kedua.");
    expect(after.editedAt).not.toBeNull();
    await scene.as.reviewer.request("PATCH", path, { body: "Versi ketiga." });

    const revisions = await (await scene.as.observer.request("GET", `${path}/revisions`)).json();
    expect(revisions.comment.map((r: { body: string }) => r.body)).toEqual([
      "Versi pertama.",
      "Versi kedua.",
    ]);
    expect(revisions.comment[0].writtenAt).toBe(thread.createdAt);
    expect(revisions.answer).toEqual([]);
  });

  it("lets nobody change another person's words: not a reviewer, the owner or an administrator", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Kata-kata Siti.");
    const path = `${scene.base}/comments/${thread.id}`;
    for (const [caller, id] of [
      ["otherReviewer", "not_author"],
      ["owner", "not_author"],
      ["drafter", "not_author"],
      ["admin", "forbidden"],
    ] as const) {
      const res = await scene.as[caller].request("PATCH", path, { body: "Diubah." });
      expect(res.status, caller).toBe(403);
      expect((await res.json()).error.id).toBe(id);
    }
    const stored = await scene.store.comments.find(scene.documentId, thread.id);
    expect(stored?.body).toBe("Kata-kata Siti.");
    expect(stored?.editedAt).toBeNull();
    expect(await scene.store.comments.revisions(thread.id)).toEqual([]);
  });

  it("refuses proposed text on a plain comment", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const res = await scene.as.reviewer.request("PATCH", `${scene.base}/comments/${thread.id}`, {
      body: "Baru",
      proposedText: "teks",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe("proposedText");
  });
});

describe("official answers", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  it("is given by a drafter for their government body, needs an explanation unless accepted, and keeps history", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const path = `${scene.base}/comments/${thread.id}/answer`;

    const byReviewer = await scene.as.reviewer.request("PUT", path, { disposition: "accepted" });
    expect(byReviewer.status).toBe(403);
    const byAdmin = await scene.as.admin.request("PUT", path, { disposition: "accepted" });
    expect(byAdmin.status).toBe(403);

    const unexplained = await scene.as.drafter.request("PUT", path, { disposition: "noted" });
    expect(unexplained.status).toBe(400);
    expect((await unexplained.json()).error.field).toBe("explanation");

    const noted = await scene.as.drafter.request("PUT", path, {
      disposition: "noted",
      explanation: "Akan dibahas di rapat.",
    });
    expect(noted.status).toBe(200);
    expect((await noted.json()).answer).toMatchObject({
      disposition: "noted",
      explanation: "Akan dibahas di rapat.",
      author: {
        id: scene.people.drafter.id,
        name: "Dewi",
        organisation: { id: "pemkot", kind: "government" },
      },
      editedAt: null,
    });

    const accepted = await scene.as.owner.request("PUT", path, { disposition: "accepted" });
    expect(accepted.status).toBe(200);
    const answer = (await accepted.json()).answer;
    expect(answer).toMatchObject({ disposition: "accepted", explanation: "" });
    expect(answer.author.name).toBe("Budi");
    expect(answer.editedAt).not.toBeNull();

    const revisions = await (
      await scene.as.observer.request("GET", `${scene.base}/comments/${thread.id}/revisions`)
    ).json();
    expect(revisions.answer).toEqual([
      expect.objectContaining({ disposition: "noted", body: "Akan dibahas di rapat." }),
    ]);
  });

  it("answers only top-level comments", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir");
    const reply = await (
      await scene.as.drafter.request("POST", `${scene.base}/comments/${thread.id}/replies`, {
        body: "Pertanyaan balik.",
      })
    ).json();
    const res = await scene.as.drafter.request("PUT", `${scene.base}/comments/${reply.id}/answer`, {
      disposition: "accepted",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.id).toBe("not_top_level");
  });
});
