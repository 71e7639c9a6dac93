import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryBusHub } from "../test/memoryBus.ts";
import { type CommentChangeNews, CommentEvents } from "./commentEvents.ts";

const closing: CommentEvents[] = [];
afterEach(() => {
  for (const events of closing.splice(0)) events.close();
});

/** Two processes' comment news on one bus, and what a stream on each was told. */
function twoProcesses() {
  const hub = new MemoryBusHub();
  const here = new CommentEvents(hub.join());
  const there = new CommentEvents(hub.join());
  closing.push(here, there);
  const told = { here: [] as (string | undefined)[], there: [] as (string | undefined)[] };
  here.subscribe("perda", (_at, change) => told.here.push(change?.commentId));
  there.subscribe("perda", (_at, change) => told.there.push(change?.commentId));
  return { hub, here, there, told };
}

const news = (commentId: string): CommentChangeNews => ({
  threadId: commentId,
  commentId,
  created: true,
});

describe("comment news across processes", () => {
  it("reaches the streams of every process once, and only those following the document", async () => {
    const { here, there, told } = twoProcesses();
    const elsewhere: unknown[] = [];
    there.subscribe("perwali", (at) => elsewhere.push(at));
    here.publish("perda", news("c-1"));
    await vi.waitFor(() => expect(told.there).toEqual(["c-1"]));
    expect(told.here).toEqual(["c-1"]);
    expect(elsewhere).toEqual([]);
  });

  it("acts on news from another process without publishing it again (the notifier runs where it happened)", async () => {
    const { here, there, told } = twoProcesses();
    const published = vi.spyOn(there, "publish");
    here.publish("perda", news("c-1"));
    await vi.waitFor(() => expect(told.there).toEqual(["c-1"]));
    expect(published).not.toHaveBeenCalled();
  });

  it("tells every followed document's streams to refetch when news may have been lost", async () => {
    const { hub, here, told } = twoProcesses();
    hub.losing = () => true;
    here.publish("perda", news("c-1"));
    hub.losing = () => false;
    hub.reconnectAll();
    // News naming no comment: the reader refetches, and finds c-1.
    expect(told.there).toEqual([undefined]);
  });
});
