import { afterEach, describe, expect, it } from "vitest";
import { eventually } from "../../../tests/utils/eventually.ts";
import { MemoryBusHub } from "../test/memoryBus.ts";
import { SequencedChannel } from "./sequencedChannel.ts";

const channels: SequencedChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

/** Two processes on one hub, each with the channel; the second records what it hears. */
function twoProcesses(heartbeatMs = 60_000) {
  const hub = new MemoryBusHub();
  const heard: string[] = [];
  let missed = 0;
  const sender = new SequencedChannel(hub.join(), "news", {
    receive: () => undefined,
    missed: () => undefined,
    heartbeatMs,
  });
  const receiver = new SequencedChannel(hub.join(), "news", {
    receive: (payload) => heard.push(new TextDecoder().decode(payload)),
    missed: () => missed++,
    heartbeatMs,
  });
  channels.push(sender, receiver);
  const send = (text: string) => sender.send(new TextEncoder().encode(text));
  return { hub, heard, send, missed: () => missed };
}

describe("sequenced channel", () => {
  it("passes every message on in order and notices nothing when nothing was lost", async () => {
    const { heard, send, missed } = twoProcesses();
    for (const text of ["komentar 1", "komentar 2", "komentar 3"]) send(text);
    await eventually("all three arrived", () => heard.length === 3);
    expect(heard).toEqual(["komentar 1", "komentar 2", "komentar 3"]);
    expect(missed()).toBe(0);
  });

  it("notices a message lost between two that arrived", async () => {
    const { hub, heard, send, missed } = twoProcesses();
    send("komentar 1");
    hub.losing = () => true;
    send("komentar 2");
    hub.losing = () => false;
    send("komentar 3");
    await eventually("the third arrived", () => heard.includes("komentar 3"));
    expect(heard).toEqual(["komentar 1", "komentar 3"]);
    expect(missed()).toBe(1);
  });

  it("notices a lost last message from the sender's next heartbeat", async () => {
    const { hub, heard, send, missed } = twoProcesses(20);
    send("komentar 1");
    await eventually("the first arrived", () => heard.length === 1);
    hub.losing = (_channel, payload) => payload[0] === 0;
    send("komentar 2");
    await eventually("the heartbeat told of the lost message", () => missed() === 1);
    expect(heard).toEqual(["komentar 1"]);
  });

  it("notices that messages may have been lost while the link was down", () => {
    const { hub, missed } = twoProcesses();
    hub.reconnectAll();
    expect(missed()).toBe(1);
  });

  it("notices a loss in the fresh numbering of a sender that opened the channel again", async () => {
    const hub = new MemoryBusHub();
    const heard: string[] = [];
    let missed = 0;
    const bus = hub.join();
    const receiver = new SequencedChannel(hub.join(), "doc", {
      receive: (payload) => heard.push(new TextDecoder().decode(payload)),
      missed: () => missed++,
    });
    const first = new SequencedChannel(bus, "doc", {
      receive: () => undefined,
      missed: () => undefined,
    });
    channels.push(receiver, first);
    for (const text of ["a", "b", "c"]) first.send(new TextEncoder().encode(text));
    first.close();
    // The document was unloaded and loaded again on the sending process: a new numbering.
    const again = new SequencedChannel(bus, "doc", {
      receive: () => undefined,
      missed: () => undefined,
    });
    channels.push(again);
    hub.losing = () => true;
    again.send(new TextEncoder().encode("lost"));
    hub.losing = () => false;
    again.send(new TextEncoder().encode("d"));
    await eventually("the fifth arrived", () => heard.includes("d"));
    expect(heard).toEqual(["a", "b", "c", "d"]);
    expect(missed).toBe(1);
  });

  it("names a sender that fell silent after sending, when asked to", async () => {
    const hub = new MemoryBusHub();
    const silent: (string | undefined)[] = [];
    const sending = hub.join();
    const sender = new SequencedChannel(sending, "doc", {
      receive: () => undefined,
      missed: () => undefined,
      heartbeatMs: 10,
    });
    const receiver = new SequencedChannel(hub.join(), "doc", {
      receive: () => undefined,
      missed: (fromNode) => silent.push(fromNode),
      missedWhenSilent: true,
      heartbeatMs: 10,
    });
    channels.push(sender, receiver);
    sender.send(new Uint8Array([1]));
    sender.close();
    await eventually("its silence is noticed", () => silent.length === 1);
    expect(silent).toEqual([sending.nodeId]);
  });
});
