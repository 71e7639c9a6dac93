import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CommentEvents } from "../comments/commentEvents.ts";
import type { CommentRecord } from "../store/index.ts";
import { buildDocument, buildStore, buildUser } from "../test/factories.ts";
import { pdfBytes } from "../test/pdf.ts";
import { attachmentAdder } from "./attachmentAdder.ts";
import { commentEditor } from "./commentEditor.ts";
import { commentModerator } from "./commentModerator.ts";

describe("moderating a comment", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  const events = new CommentEvents();
  let comment: CommentRecord;
  beforeEach(async () => {
    store = await buildStore();
    await buildDocument(store, "perda");
    const author = await buildUser(store, { name: "Siti" });
    // Stored directly: moderation does not touch the live draft.
    comment = {
      id: "komentar-1",
      documentId: "perda",
      versionId: null,
      parentId: null,
      kind: "suggestion",
      author: { id: author.id, name: "Siti", interests: "", organisation: null },
      quote: "Tarif parkir",
      offsets: { from: 0, to: 12 },
      locator: null,
      body: "Nomor KTP saya 3273…",
      proposedText: "Tarif parkir zona",
      createdAt: new Date().toISOString(),
      editedAt: null,
      status: "visible",
      moderation: null,
      suggestionState: "open",
      decision: null,
    };
    await store.comments.insert(comment);
  });
  afterEach(() => store.cleanup());

  const moderate = async (reason: "abuse" | "personal_data") =>
    commentModerator({
      store,
      events,
      documentId: "perda",
      commentId: comment.id,
      moderator: await buildUser(store, { name: "Admin", isAdmin: true }),
      reason,
      note: "Catatan moderator.",
    });

  it("hides without removing the words, and logs it", async () => {
    await moderate("abuse");
    const stored = await store.comments.find("perda", comment.id);
    expect(stored).toMatchObject({ status: "hidden", body: "Nomor KTP saya 3273…" });
    expect(stored?.moderation).toMatchObject({ reason: "abuse", moderator: { name: "Admin" } });
    await expect(moderate("abuse")).rejects.toMatchObject({ status: 409 });
    const log = await store.moderation.listForDocument("perda");
    expect(log.map((e) => [e.action, e.commentAuthor.name])).toEqual([["hide", "Siti"]]);
  });

  it("erases personal data from the comment, its revisions and its attachments", async () => {
    await commentEditor({
      store,
      events,
      documentId: "perda",
      commentId: comment.id,
      editorId: comment.author.id,
      body: "Alamat saya …",
    });
    await attachmentAdder({
      store,
      events,
      documentId: "perda",
      commentId: comment.id,
      uploaderId: comment.author.id,
      name: "ktp.pdf",
      data: pdfBytes(),
    });
    await moderate("personal_data");
    const stored = await store.comments.find("perda", comment.id);
    expect(stored).toMatchObject({ status: "erased", body: null, proposedText: null });
    expect(await store.comments.revisions(comment.id)).toEqual([
      expect.objectContaining({ body: null, proposedText: null }),
    ]);
    expect(await store.attachments.countForComment(comment.id)).toBe(0);
    expect((await store.moderation.listForDocument("perda"))[0]?.action).toBe("erase");
  });
});
