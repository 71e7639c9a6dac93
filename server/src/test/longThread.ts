import { COMMENT_BODY_MAX } from "../../../shared/schemas/index.ts";
import { createCommentStores, type Store } from "../store/index.ts";

/**
 * Adds `count` replies of `bodyLength` characters (by default a flood's: 3,000 of the longest
 * allowed) to the thread `threadId` straight into the store, in one transaction, by the thread's
 * author and a millisecond apart ending now — a thread as long as a flood leaves it, without a
 * flood's thousands of requests. Returns their ids, oldest first.
 */
export async function lengthenThread(
  scene: { store: Store; documentId: string },
  threadId: string,
  count = 3000,
  bodyLength = COMMENT_BODY_MAX,
): Promise<string[]> {
  const props = { ...scene, threadId, count, bodyLength };
  const head = await props.store.comments.find(props.documentId, props.threadId);
  if (!head || head.parentId !== null) throw new Error("no such thread");
  const now = Date.now();
  const ids: string[] = [];
  await props.store.db.transaction(async (tx) => {
    const { comments } = createCommentStores(tx);
    for (let i = 1; i <= props.count; i++) {
      const id = `${head.id}-r${i}`;
      ids.push(id);
      await comments.insert({
        ...head,
        id,
        parentId: head.id,
        kind: "comment",
        quote: null,
        offsets: null,
        locator: null,
        body: `Balasan ${i} `.padEnd(props.bodyLength, "x"),
        proposedText: null,
        createdAt: new Date(now - props.count + i - 1).toISOString(),
        suggestionState: null,
        onDraft: null,
      });
    }
  });
  return ids;
}
