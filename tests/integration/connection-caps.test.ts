import { afterEach, describe, expect, test } from "vitest";
import { CloseCode } from "../../shared/protocol/index.ts";
import { requestAs } from "../utils/comments.ts";
import { eventually } from "../utils/eventually.ts";
import { EventStreamReader } from "../utils/eventStream.ts";
import { createPerson, grantRole } from "../utils/people.ts";
import { RawCollabSocket } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";

afterEach(tearDown);

/** Sockets the server admitted and serves (it sent them the document) vs those it refused. */
async function admittedAndRefused(sockets: RawCollabSocket[]) {
  const closes = new Map<RawCollabSocket, number>();
  for (const socket of sockets) void socket.closed.then(({ code }) => closes.set(socket, code));
  return eventually("every socket is either served or refused", () => {
    const served = sockets.filter((s) => s.isOpen && s.frames.length > 0);
    const refused = sockets.filter((s) => closes.get(s) === CloseCode.tooManyConnections);
    if (served.length + refused.length !== sockets.length) return false;
    return { served, refused };
  });
}

describe("one account cannot flood the server with connections", () => {
  test("sockets above the default cap of 50, opened at once, are refused with 4430; others still get in", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const reviewer = await createPerson(server, "Rina Reviewer");
    await grantRole(server, documentId, reviewer, "reviewer");

    const sockets = await Promise.all(
      Array.from({ length: 60 }, () =>
        RawCollabSocket.open(server.collabUrl, documentId, { cookie: reviewer.cookie }),
      ),
    );
    const { served, refused } = await admittedAndRefused(sockets);
    expect(served).toHaveLength(50);
    expect(refused).toHaveLength(10);

    // Another person is unaffected; once one of the reviewer's sockets goes, a new one gets in.
    const colleague = await RawCollabSocket.open(server.collabUrl, documentId);
    await eventually("the owner is served", () => colleague.frames.length > 0);
    served[0]?.close();
    const next = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: reviewer.cookie,
    });
    await eventually("the freed place is taken", () => next.isOpen && next.frames.length > 0);
  });

  test("event streams above MAX_STREAMS_PER_ACCOUNT are refused with 429 too_many_streams", async () => {
    const server = await RembukServer.start({ MAX_STREAMS_PER_ACCOUNT: 3 });
    const documentId = await server.createDocument();
    const reviewer = await createPerson(server, "Rina Reviewer");
    await grantRole(server, documentId, reviewer, "reviewer");
    const path = `/api/documents/${documentId}/events`;

    const streams = await Promise.all(
      Array.from({ length: 3 }, () => EventStreamReader.open(server, reviewer.cookie, path)),
    );
    const refused = await requestAs(server, reviewer.cookie, "GET", path);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.id).toBe("too_many_streams");
    // The owner still follows; when one of the reviewer's pages closes, a new one may follow.
    await EventStreamReader.open(server, server.sessionCookie, path);
    streams[0]?.close();
    await eventually("the closed stream's place is freed", async () => {
      const again = await requestAs(server, reviewer.cookie, "GET", path);
      if (again.status === 200) await again.body?.cancel();
      else await again.text();
      return again.status === 200;
    });
  });
});
