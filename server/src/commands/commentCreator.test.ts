import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CommentEvents } from "../comments/commentEvents.ts";
import { buildAnchor, seedDraftText } from "../test/anchors.ts";
import { buildDocument, buildLiveDrafts, buildStore, buildUser } from "../test/factories.ts";
import { commentCreator } from "./commentCreator.ts";
import { commentEditor } from "./commentEditor.ts";
import { replyCreator } from "./replyCreator.ts";

describe("commenting, replying and rewording", () => {
  let store: Awaited<ReturnType<typeof buildStore>>;
  let live: ReturnType<typeof buildLiveDrafts>;
  const events = new CommentEvents();
  beforeEach(async () => {
    store = await buildStore();
    live = buildLiveDrafts(store);
    await buildDocument(store, "perda");
    await seedDraftText(store, "perda", ["Tarif parkir ditetapkan oleh Wali Kota."]);
  });
  afterEach(async () => {
    await live.close();
    await store.cleanup();
  });

  async function create(props: { authorId?: string; quote?: string } = {}) {
    const document = await store.documents.find("perda");
    const author = props.authorId
      ? await store.users.find(props.authorId)
      : await buildUser(store, { name: "Siti" });
    if (!document || !author) throw new Error("setup");
    return commentCreator({
      store,
      liveDrafts: live.liveDrafts,
      events,
      document,
      author,
      input: {
        kind: "comment",
        body: "Perlu zona.",
        anchor: await buildAnchor(store, "perda", props.quote ?? "Tarif parkir"),
      },
    });
  }

  it("stores the comment with the passage as resolved and tells followers only once it is stored", async () => {
    await store.organisations.insert({
      id: "lsm",
      name: "LSM",
      kind: "civil_society",
      verifiedAt: null,
      verifiedBy: null,
      createdAt: new Date().toISOString(),
    });
    const author = await buildUser(store, { name: "Siti", organisationId: "lsm" });
    // What a follower reads when told of the change: the comment must already be there.
    let readOnNews: Promise<unknown[]> | undefined;
    const stop = events.subscribe("perda", () => {
      readOnNews = store.comments.listForDocument("perda");
    });
    const record = await create({ authorId: author.id });
    stop();
    expect(record).toMatchObject({
      quote: "Tarif parkir",
      offsets: { from: 0, to: 12 },
      versionId: null,
      status: "visible",
      // An organisation nobody verified never stands beside the name.
      author: { name: "Siti", organisation: null },
    });
    expect(await readOnNews).toEqual([record]);
  });

  it("threads a reply to a reply under the top-level comment", async () => {
    const top = await create();
    const replier = await buildUser(store, { name: "Dewi" });
    const first = await replyCreator({
      store,
      events,
      documentId: "perda",
      commentId: top.id,
      author: replier,
      body: "Akan kami tinjau.",
    });
    const second = await replyCreator({
      store,
      events,
      documentId: "perda",
      commentId: first.reply.id,
      author: replier,
      body: "Sudah ditinjau.",
    });
    expect(second.threadId).toBe(top.id);
    expect(second.reply.parentId).toBe(top.id);
  });

  it("lets only the author reword, keeping the earlier wording", async () => {
    const comment = await create();
    const other = await buildUser(store);
    await expect(
      commentEditor({
        store,
        events,
        documentId: "perda",
        commentId: comment.id,
        editorId: other.id,
        body: "Diubah",
      }),
    ).rejects.toMatchObject({ status: 403, id: "not_author" });
    await commentEditor({
      store,
      events,
      documentId: "perda",
      commentId: comment.id,
      editorId: comment.author.id,
      body: "Perlu tiga zona.",
    });
    expect((await store.comments.find("perda", comment.id))?.body).toBe("Perlu tiga zona.");
    expect((await store.comments.revisions(comment.id)).map((r) => r.body)).toEqual([
      "Perlu zona.",
    ]);
  });
});
