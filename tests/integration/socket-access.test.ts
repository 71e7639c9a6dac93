import { afterEach, describe, expect, test } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/protocol/index.ts";
import { joinDocument } from "../utils/collabClient.ts";
import { eventually } from "../utils/eventually.ts";
import { createPerson, grantRole, revokeRole } from "../utils/people.ts";
import { RawCollabSocket, syncUpdateFrame } from "../utils/rawSocket.ts";
import { RembukServer } from "../utils/rembukServer.ts";
import { tearDown } from "../utils/teardown.ts";
import { fingerprint, readUpdateRows } from "../utils/updateLog.ts";

afterEach(tearDown);

/** A Yjs update that would put text into the draft. */
function craftedEdit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("draft").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("who may open the collaboration socket", () => {
  test("an outsider learns nothing from the socket: 4401 to anyone signed out and 4404 to anyone without a role, whether the draft exists or not", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const unknownId = documentId.replace(/^./, (c) => (c === "a" ? "b" : "a"));
    const stranger = await createPerson(server, "Orang Asing");
    for (const id of [documentId, unknownId, "../etc/passwd"]) {
      const anonymous = await RawCollabSocket.open(server.collabUrl, id, {});
      expect((await anonymous.closedBy()).code).toBe(CloseCode.unauthenticated);
      const refused = await RawCollabSocket.open(server.collabUrl, id, { cookie: stranger.cookie });
      expect((await refused.closedBy()).code).toBe(CloseCode.documentNotFound);
    }
  });

  test("a page on another site cannot open a socket with the person's cookie", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    await expect(
      RawCollabSocket.open(server.collabUrl, documentId, {
        cookie: server.sessionCookie,
        origin: "https://evil.example",
      }),
    ).rejects.toThrow(/403/);
  });
});

describe("a reviewer's read-only socket", () => {
  test("follows the drafter live with the stock provider, and its crafted edit changes nothing, even after a restart", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const reviewer = await createPerson(server, "Rina Reviewer");
    await grantRole(server, documentId, reviewer, "reviewer");

    const drafter = await joinDocument(server.collabUrl, documentId, { name: "Dewi" });
    const reader = await joinDocument(server.collabUrl, documentId, {
      name: "Rina",
      cookie: reviewer.cookie,
    });
    drafter.text.insert(0, "Pasal 1 berlaku.");
    await eventually("the reviewer sees the drafter's text", () =>
      expect(reader.content()).toBe("Pasal 1 berlaku."),
    );
    expect(reader.closeCodes).toEqual([]);

    const before = fingerprint(await readUpdateRows(server.databaseFile, documentId));
    const attacker = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: reviewer.cookie,
    });
    attacker.send(syncUpdateFrame(craftedEdit("TEKS SELUNDUPAN ")));
    expect((await attacker.closed).code).toBe(CloseCode.forbidden);

    drafter.text.insert(drafter.text.length, " Pasal 2 berlaku.");
    await eventually("the reviewer still follows", () =>
      expect(reader.content()).toBe("Pasal 1 berlaku. Pasal 2 berlaku."),
    );
    expect(drafter.content()).not.toContain("SELUNDUPAN");
    const after = fingerprint(await readUpdateRows(server.databaseFile, documentId));
    expect(after.slice(0, before.length)).toEqual(before);

    await server.restart();
    const fresh = await joinDocument(server.collabUrl, documentId, { name: "Segar" });
    expect(fresh.content()).toBe("Pasal 1 berlaku. Pasal 2 berlaku.");
  });

  test("a role revoked while connected closes the socket at once; a role lowered makes it read-only", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const colleague = await createPerson(server, "Bayu Drafter");
    await grantRole(server, documentId, colleague, "drafter");

    const bayu = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: colleague.cookie,
    });
    bayu.send(syncUpdateFrame(craftedEdit("Bab I ")));
    const owner = await joinDocument(server.collabUrl, documentId, { name: "Pemilik" });
    await eventually("the drafter's edit arrives", () => expect(owner.content()).toBe("Bab I "));

    // Lowered to observer: the socket is closed with "access changed" at once, the stock
    // client would reconnect read-only, and an edit on the new socket is refused.
    await grantRole(server, documentId, colleague, "observer");
    expect((await bayu.closed).code).toBe(CloseCode.accessChanged);
    const readOnly = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: colleague.cookie,
    });
    readOnly.send(syncUpdateFrame(craftedEdit("Bab II ")));
    expect((await readOnly.closed).code).toBe(CloseCode.forbidden);
    expect(owner.content()).toBe("Bab I ");

    const watching = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: colleague.cookie,
    });
    await revokeRole(server, documentId, colleague);
    expect((await watching.closed).code).toBe(CloseCode.forbidden);
  });
});

describe("signing out everywhere", () => {
  test("closes that person's open sockets with 4401 and they cannot reconnect with the old cookie", async () => {
    const server = await RembukServer.start();
    const documentId = await server.createDocument();
    const colleague = await createPerson(server, "Sari Drafter");
    await grantRole(server, documentId, colleague, "drafter");
    const socket = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: colleague.cookie,
    });

    const response = await fetch(`${server.url}/api/auth/logout-everywhere`, {
      method: "POST",
      headers: { cookie: colleague.cookie },
    });
    expect(response.status).toBe(204);
    expect((await socket.closed).code).toBe(CloseCode.unauthenticated);

    const again = await RawCollabSocket.open(server.collabUrl, documentId, {
      cookie: colleague.cookie,
    });
    expect((await again.closed).code).toBe(CloseCode.unauthenticated);
  });
});
