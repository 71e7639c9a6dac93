import http from "node:http";
import { afterEach, describe, expect, test } from "vitest";
import { PRESENCE_LIMITS, readPresenceState } from "../../shared/protocol/index.ts";
import type { CollabClient } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { createPerson, grantRole, joinAs } from "../utils/people.ts";
import { awarenessFrame, readAwarenessFrame } from "../utils/presenceFrames.ts";
import { queryAwarenessFrame, RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

/** A reviewer's own socket on the document: read-only, but free to send any presence. */
async function reviewerSocket(server: RembukServer, documentId: string, name = "Rini Wulandari") {
  const reviewer = await createPerson(server, name);
  await grantRole(server, documentId, reviewer, "reviewer");
  return RawCollabSocket.open(server.collabUrl, documentId, { cookie: reviewer.cookie });
}

/** Every state a client holds of others, by client id. */
function othersStates(client: CollabClient): Map<number, unknown> {
  const states = new Map(client.provider.awareness.getStates());
  states.delete(client.doc.clientID);
  return states;
}

/** Awareness entries a raw socket received for these client ids. */
function entriesFor(socket: RawCollabSocket, clientIds: Set<number>): number {
  let count = 0;
  for (const frame of socket.frames) {
    for (const [clientId] of readAwarenessFrame(frame) ?? []) if (clientIds.has(clientId)) count++;
  }
  return count;
}

describe("presence a reviewer crafts", () => {
  test("states not of the presence schema are dropped, never relayed; a valid one is attributed", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const ayu = await joinAs(server, documentId, "Ayu Lestari");
    const reviewer = await reviewerSocket(server, documentId);
    reviewer.send(
      awarenessFrame([
        [901, 1, '{"cursor":{}}'],
        [902, 1, '{"cursor":{"anchor":null,"head":null}}'],
        [903, 1, '{"user":{"name":"Ayu Lestari"},"script":"<img src=x>"}'],
        [904, 1, `{"user":{"name":"${"x".repeat(5000)}"}}`],
        [905, 1, "[1,2,3]"],
      ]),
    );
    reviewer.send(awarenessFrame([[906, 1, '{"user":{"name":"Ayu Lestari","color":"#123456"}}']]));

    // Frames on one socket are handled in order: once 906 arrives, the others had their chance.
    const shown = await eventually("Ayu sees the reviewer's valid presence", () => {
      const state = othersStates(ayu).get(906) as { user?: { name?: string } } | undefined;
      return state?.user?.name ? state.user : false;
    });
    expect(shown.name, "the account's name, not the one announced").toBe("Rini Wulandari");
    expect([...othersStates(ayu).keys()].sort()).toEqual([906]);
    for (const state of othersStates(ayu).values()) expect(readPresenceState(state)).toBeDefined();
    expect(reviewer.isOpen).toBe(true);
  });
});

describe("a presence flood from a reviewer", () => {
  test("huge messages and thousands of client ids are dropped: others never get them, memory and health hold", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const ayu = await joinAs(server, documentId, "Ayu Lestari");
    const budi = await joinAs(server, documentId, "Budi Santoso");
    const witness = await RawCollabSocket.open(server.collabUrl, documentId);
    await witness.saveCheck(1);
    const reviewer = await reviewerSocket(server, documentId);
    const memoryBefore = await server.residentBytes();

    // 25 messages of ~3.4 MB: 20,000 client ids each with a plausible state, as in issue 10.
    const state = JSON.stringify({
      user: { name: "R".repeat(100), color: "#aabbcc" },
      cursor: null,
    });
    const floodIds = new Set<number>();
    const flood = Array.from({ length: 25 }, (_, message) =>
      awarenessFrame(
        Array.from({ length: 20_000 }, (_, i) => {
          const clientId = 1_000_000 + message * 20_000 + i;
          floodIds.add(clientId);
          return [clientId, 1, state] as const;
        }),
      ),
    );
    const probes = probeHealth(server);
    for (const frame of flood) {
      reviewer.send(frame);
      // Lets the health probes of this process run between two sends.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Then a few changes of a handful of ids, many more than the handful a socket may hold.
    for (let i = 0; i < 50; i++) reviewer.send(awarenessFrame([[500 + i, 1, state]]));
    await reviewer.saveCheck(2, 60_000);
    const latencies = await probes.stop();

    await witness.saveCheck(3);
    expect(entriesFor(witness, floodIds), "no state of the flood reached anyone").toBe(0);
    const heldByReviewer = [...othersStates(ayu).keys()].filter((id) => id >= 500 && id < 550);
    expect(heldByReviewer.length).toBeLessThanOrEqual(PRESENCE_LIMITS.maxClientsPerSocket);
    expect(othersStates(budi).size).toBeLessThanOrEqual(2 + PRESENCE_LIMITS.maxClientsPerSocket);
    expect(reviewer.isOpen, "dropped, not closed: a crowded document's echo looks alike").toBe(
      true,
    );

    const grownBy = (await server.residentBytes()) - memoryBefore;
    expect(grownBy, `memory grew by ${Math.round(grownBy / 2 ** 20)} MB`).toBeLessThan(
      250 * 2 ** 20,
    );
    // Generous: this process itself is busy sending 85 MB, and the machine may run other tests.
    expect(Math.max(...latencies), `health answered in ${latencies.join(", ")} ms`).toBeLessThan(
      2500,
    );
    await server.waitForLog("presence message too large");
  });

  test("rapid changes of one's own presence reach others at the presence rate, the last one included", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const witness = await RawCollabSocket.open(server.collabUrl, documentId);
    await witness.saveCheck(1);
    const reviewer = await reviewerSocket(server, documentId);
    const sent = 1000;
    for (let clock = 1; clock <= sent; clock++) {
      reviewer.send(awarenessFrame([[77, clock, JSON.stringify({ cursor: null, user: {} })]]));
    }
    await eventually("the latest change reaches the witness", () =>
      witness.frames.some((frame) =>
        (readAwarenessFrame(frame) ?? []).some(([id, clock]) => id === 77 && clock === sent),
      ),
    );
    const relayed = entriesFor(witness, new Set([77]));
    expect(relayed).toBeLessThan(sent / 5);
  });

  test("queries for everyone's presence are answered at the presence rate", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    await joinAs(server, documentId, "Ayu Lestari");
    const reviewer = await reviewerSocket(server, documentId);
    for (let i = 0; i < 1000; i++) reviewer.send(queryAwarenessFrame());
    await reviewer.saveCheck(1);
    const answers = reviewer.frames.filter((frame) => readAwarenessFrame(frame)).length;
    expect(answers).toBeLessThan(200);
    expect(reviewer.isOpen).toBe(true);
  });
});

/**
 * Asks `/api/health` every 100 ms until stopped, each time on a new connection (a kept-alive one
 * may be closed by the server while this process is busy sending the flood); returns each
 * answer's latency in ms.
 */
function probeHealth(server: RembukServer) {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      expect(await healthStatus(`${server.url}/api/health`)).toBe(200);
      latencies.push(Math.round(performance.now() - started));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

function healthStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode));
      })
      .on("error", reject);
  });
}
