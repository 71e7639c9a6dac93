import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildAnswer,
  buildComment,
  buildParticipant,
} from "../../record/test/consultationScene.ts";
import { buildDocument } from "../../test/factories.ts";
import type { AuthorshipRecord } from "../index.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

const at = (second: number) => new Date(Date.UTC(2026, 1, 2, 8, 0, second)).toISOString();

describe.each(BACKENDS)("comments, replies, answers and the notifier's feed on %s", (backend) => {
  const under = storeFor(backend);
  let author: AuthorshipRecord;
  let drafter: AuthorshipRecord;
  beforeAll(async () => {
    author = await buildParticipant(under.store, { name: "Rina", organisation: null });
    drafter = await buildParticipant(under.store, { name: "Budi", organisation: null });
  });
  /** A draft document with `count` comments made a second apart, in that order. */
  async function commented(count: number) {
    const documentId = await buildDocument(under.store, randomUUID());
    const comments = [];
    for (let i = 0; i < count; i += 1) {
      comments.push(
        await buildComment(under.store, {
          documentId,
          versionId: null,
          body: `Komentar ${i}`,
          author,
          createdAt: at(i),
        }),
      );
    }
    return { documentId, comments };
  }

  it("lists a document's comments in the order made and pages its threads without repeats", async () => {
    const { documentId, comments } = await commented(5);
    const listed = await under.store.comments.listForDocument(documentId);
    expect(listed.map((c) => c.body)).toEqual(comments.map((c) => c.body));
    const scope = { documentId, versionId: null };
    const first = await under.store.commentPages.threads(scope, { limit: 3 });
    const rest = await under.store.commentPages.threads(scope, {
      after: first?.at(-1)?.id,
      limit: 3,
    });
    expect([...(first ?? []), ...(rest ?? [])].map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(await under.store.commentPages.countThreads(scope)).toBe(5);
  });

  it("counts and pages the replies of several threads", async () => {
    const { documentId, comments } = await commented(2);
    const [one, two] = comments;
    for (let i = 0; i < 3; i += 1) {
      await buildComment(under.store, {
        documentId,
        versionId: null,
        body: `Balasan ${i}`,
        author: drafter,
        parentId: one?.id,
        createdAt: at(10 + i),
      });
    }
    const counts = await under.store.commentPages.replyCounts([one?.id ?? "", two?.id ?? ""]);
    expect(counts.get(one?.id ?? "")).toBe(3);
    expect(counts.get(two?.id ?? "")).toBeUndefined();
    const latest = await under.store.commentPages.replies(one?.id ?? "", { limit: 2 });
    expect(latest?.map((r) => r.body)).toEqual(["Balasan 1", "Balasan 2"]);
  });

  it("keeps earlier wordings of a comment and of an answer", async () => {
    const { comments } = await commented(1);
    const [comment] = comments;
    if (!comment) throw new Error("no comment");
    await under.store.comments.reword(comment.id, {
      body: "Kata baru",
      proposedText: null,
      at: at(30),
    });
    expect(await under.store.comments.revisions(comment.id)).toEqual([
      { body: "Komentar 0", proposedText: null, writtenAt: expect.any(String) },
    ]);
    await buildAnswer(under.store, {
      comment,
      drafter,
      disposition: "noted",
      explanation: "Dicatat.",
      at: at(31),
    });
    await under.store.answers.replace(comment.id, {
      disposition: "accepted",
      explanation: "Diterima.",
      author: drafter,
      at: at(32),
    });
    expect(await under.store.answers.revisions(comment.id)).toEqual([
      {
        disposition: "noted",
        explanation: "Dicatat.",
        authorId: drafter.id,
        authorName: "Budi",
        writtenAt: at(31),
      },
    ]);
    expect(await under.store.answers.find(comment.id)).toMatchObject({ disposition: "accepted" });
  });

  it("feeds the notifier comments and answers in the order they were stored", async () => {
    const start = (await under.store.notificationFeed.commentsAfter(0, 10_000)).at(-1)?.seq ?? 0;
    const { documentId, comments } = await commented(3);
    const fed = await under.store.notificationFeed.commentsAfter(start, 10);
    expect(fed.map((c) => c.id)).toEqual(comments.map((c) => c.id));
    expect(fed[0]).toMatchObject({ documentId, authorId: author.id, authorName: "Rina" });
    const next = await under.store.notificationFeed.commentsAfter(fed[0]?.seq ?? 0, 10);
    expect(next.map((c) => c.id)).toEqual(comments.slice(1).map((c) => c.id));
  });
});
