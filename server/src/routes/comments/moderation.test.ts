import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ModerationLogSchema } from "../../../../shared/schemas/index.ts";
import { buildCommentScene } from "../../test/commentScene.ts";
import { pdfBytes } from "../../test/pdf.ts";

type Scene = Awaited<ReturnType<typeof buildCommentScene>>;

describe("moderation", () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = await buildCommentScene();
  });
  afterEach(() => scene.close());

  const moderate = (id: string, reason: string, caller: keyof Scene["as"] = "admin") =>
    scene.as[caller].request("POST", `${scene.base}/comments/${id}/moderation`, {
      reason,
      note: "Melanggar pedoman diskusi.",
    });
  const threadOf = async (caller: keyof Scene["as"], id: string) => {
    const { threads } = await (
      await scene.as[caller].request("GET", `${scene.base}/comments`)
    ).json();
    return threads.find((t: { id: string }) => t.id === id);
  };

  it("is only for administrators, who hide a comment behind a public tombstone", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Kata kasar.");
    for (const caller of ["reviewer", "drafter", "owner"] as const) {
      expect((await moderate(thread.id, "abuse", caller)).status, caller).toBe(403);
    }
    const res = await moderate(thread.id, "abuse");
    expect(res.status).toBe(200);
    const tombstone = {
      status: "hidden",
      author: { id: scene.people.reviewer.id, name: "Siti" },
      createdAt: thread.createdAt,
      moderation: {
        reason: "abuse",
        note: "Melanggar pedoman diskusi.",
        moderator: { id: scene.people.admin.id, name: "Admin" },
      },
    };
    expect(await threadOf("owner", thread.id)).toMatchObject({ ...tombstone, body: null });
    expect(await threadOf("reviewer", thread.id)).toMatchObject({ ...tombstone, body: null });
    // Administrators still read it: hiding is not deleting.
    expect(await threadOf("admin", thread.id)).toMatchObject({ ...tombstone, body: "Kata kasar." });
    expect((await scene.store.comments.find(scene.documentId, thread.id))?.body).toBe(
      "Kata kasar.",
    );

    const again = await moderate(thread.id, "spam");
    expect(again.status).toBe(409);
    const reply = await scene.as.drafter.request(
      "POST",
      `${scene.base}/comments/${thread.id}/replies`,
      {
        body: "Balasan",
      },
    );
    expect(reply.status).toBe(409);
    expect((await reply.json()).error.id).toBe("comment_hidden");
    const edit = await scene.as.reviewer.request("PATCH", `${scene.base}/comments/${thread.id}`, {
      body: "Maaf.",
    });
    expect(edit.status).toBe(409);
    expect((await edit.json()).error.id).toBe("comment_hidden");
  });

  it("erases personal data: the text, every earlier wording and the attachments", async () => {
    const thread = await scene.commented(scene.as.reviewer, "kas daerah", "NIK saya 3273…");
    const path = `${scene.base}/comments/${thread.id}`;
    await scene.as.reviewer.request("PATCH", path, { body: "Alamat saya Jl. Merdeka 1." });
    await scene.as.reviewer.request("POST", `${path}/attachments?name=ktp.pdf`, pdfBytes(), {
      "content-type": "application/pdf",
    });
    await scene.as.drafter.request("PUT", `${path}/answer`, {
      disposition: "noted",
      explanation: "Dicatat.",
    });

    const res = await moderate(thread.id, "personal_data");
    expect(res.status).toBe(200);
    const row = await scene.store.db.get<{ body: string | null; proposed_text: string | null }>(
      "SELECT body, proposed_text FROM comments WHERE id = ?",
      [thread.id],
    );
    expect(row).toEqual({ body: null, proposed_text: null });
    const revisions = await scene.store.db.all<{ body: string | null }>(
      "SELECT body FROM comment_revisions WHERE comment_id = ?",
      [thread.id],
    );
    expect(revisions).toEqual([{ body: null }]);
    const files = await scene.store.db.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM attachments WHERE comment_id = ?",
      [thread.id],
    );
    expect(files?.n).toBe(0);

    const seenByAdmin = await threadOf("admin", thread.id);
    expect(seenByAdmin).toMatchObject({ status: "erased", body: null, attachments: [] });
    expect(seenByAdmin.answer.explanation).toBe("Dicatat.");
    const history = await (await scene.as.admin.request("GET", `${path}/revisions`)).json();
    expect(history.comment).toEqual([]);
    expect((await moderate(thread.id, "personal_data")).status).toBe(409);
  });

  it("erases a comment that was hidden before, and works on replies; every action is logged", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Juru parkir");
    const reply = await (
      await scene.as.otherReviewer.request("POST", `${scene.base}/comments/${thread.id}/replies`, {
        body: "Spam spam",
      })
    ).json();
    const replyId = reply.id;
    expect((await moderate(replyId, "spam")).status).toBe(200);
    expect((await moderate(thread.id, "off_topic")).status).toBe(200);
    expect((await moderate(thread.id, "personal_data")).status).toBe(200);

    const seen = await threadOf("observer", thread.id);
    expect(seen.status).toBe("erased");
    expect(seen.replies[0]).toMatchObject({ status: "hidden", body: null });

    const res = await scene.as.observer.request("GET", `${scene.base}/moderation-log`);
    expect(res.status).toBe(200);
    const { entries } = ModerationLogSchema.parse(await res.json());
    expect(entries.map((e) => [e.commentId, e.action, e.reason])).toEqual([
      [replyId, "hide", "spam"],
      [thread.id, "hide", "off_topic"],
      [thread.id, "erase", "personal_data"],
    ]);
    expect(entries[0]).toMatchObject({
      moderator: { id: scene.people.admin.id, name: "Admin" },
      commentAuthor: { id: scene.people.otherReviewer.id, name: "Agus" },
      note: "Melanggar pedoman diskusi.",
    });
  });

  it("shows revisions' wording of a hidden comment only to administrators", async () => {
    const thread = await scene.commented(scene.as.reviewer, "Tarif parkir", "Pertama.");
    const path = `${scene.base}/comments/${thread.id}`;
    await scene.as.reviewer.request("PATCH", path, { body: "Kedua." });
    await moderate(thread.id, "abuse");
    const forReader = await (await scene.as.observer.request("GET", `${path}/revisions`)).json();
    expect(forReader.comment).toEqual([expect.objectContaining({ body: null })]);
    const forAdmin = await (await scene.as.admin.request("GET", `${path}/revisions`)).json();
    expect(forAdmin.comment).toEqual([expect.objectContaining({ body: "Pertama." })]);
  });
});
