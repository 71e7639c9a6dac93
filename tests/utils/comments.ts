import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { anchorOn } from "../../server/src/collab/passages.fixtures.ts";
import { commentPassages } from "../../shared/editor/commentPassages.ts";
import { schemaForForm } from "../../shared/editor/freeSchema.ts";
import { EDITOR_FIELD } from "../../shared/editor/index.ts";
import type { CommentThread } from "../../shared/schemas/comments.ts";
import { type CollabClient, sameStateVector } from "./collabClient.ts";
import { eventually } from "./eventually.ts";
import type { TestPerson } from "./people.ts";
import type { RawCollabSocket } from "./rawSocket.ts";
import type { RembukServer } from "./rembukServer.ts";
import { signInAs } from "./testSessions.ts";

const freeSchema = schemaForForm("free");

/** A request with someone's session, sent like their page would (same Origin). */
export async function requestAs(
  server: RembukServer,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { "content-type": "application/json", cookie, origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function expectOk(response: Response, what: string): Promise<unknown> {
  if (!response.ok)
    throw new Error(`${what} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/**
 * A government drafter — member of a verified government organisation, so allowed to start
 * drafts — who has just started a free draft, and so owns it.
 */
export async function startFreeDraftAsGovernment(
  server: RembukServer,
  name: string,
): Promise<{ owner: TestPerson; documentId: string }> {
  const admin = server.sessionCookie;
  const organisation = (await expectOk(
    await requestAs(server, admin, "POST", "/api/organisations", {
      name: "Biro Hukum Pemerintah Daerah",
      kind: "government",
    }),
    "registering the organisation",
  )) as { id: string };
  await expectOk(
    await requestAs(
      server,
      admin,
      "POST",
      `/api/admin/organisations/${organisation.id}/verification`,
      {
        verified: true,
      },
    ),
    "verifying the organisation",
  );
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@rembuk.test`;
  const password = "kata-sandi-penyusun-uji";
  const user = (await expectOk(
    await requestAs(server, admin, "POST", "/api/admin/users", {
      email,
      name,
      password,
      organisationId: organisation.id,
    }),
    "creating the drafter",
  )) as { id: string };
  const owner = { id: user.id, email, cookie: await signInAs(server.url, email, password) };
  const document = (await expectOk(
    await requestAs(server, owner.cookie, "POST", "/api/documents", { title: "Rancangan Perda" }),
    "starting the draft",
  )) as { id: string };
  return { owner, documentId: document.id };
}

/** The draft's owner gives `person` a role on it. */
export async function grantRoleAs(
  server: RembukServer,
  owner: TestPerson,
  documentId: string,
  person: TestPerson,
  role: string,
): Promise<void> {
  const path = `/api/documents/${documentId}/roles/${person.id}`;
  await expectOk(await requestAs(server, owner.cookie, "PUT", path, { role }), `PUT ${path}`);
}

/** The comments of a free draft's Y.Doc by id, as an editor on it shows them. */
export function passagesIn(doc: Y.Doc) {
  return commentPassages(
    yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(EDITOR_FIELD), freeSchema),
  );
}

/** Each block of a free draft's Y.Doc as "type: text", as an editor on it shows them. */
export function blocksIn(doc: Y.Doc): string[] {
  const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(EDITOR_FIELD), freeSchema);
  const blocks: string[] = [];
  root.forEach((block) => {
    blocks.push(`${block.type.name}: ${block.textContent}`);
  });
  return blocks;
}

/** Each comment's passage as `doc` reads it (whitespace runs as one space); absent if removed. */
export function quotesIn(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(
    [...passagesIn(doc)].map(([id, passage]) => [id, passage.quote.replace(/\s+/g, " ")]),
  );
}

/**
 * Comments on `text` as `person` does from their editor: the anchor is computed on their own
 * client's Y.Doc and posted to the comments route. Returns the new comment's id.
 */
export async function commentOn(
  server: RembukServer,
  documentId: string,
  person: TestPerson,
  client: CollabClient,
  text: string,
): Promise<string> {
  const response = await requestAs(
    server,
    person.cookie,
    "POST",
    `/api/documents/${documentId}/comments`,
    {
      body: `Mohon ditinjau: "${text}".`,
      anchor: anchorOn(client.doc, freeSchema, text),
    },
  );
  if (response.status !== 201) {
    throw new Error(`commenting answered ${response.status}: ${await response.text()}`);
  }
  return ((await response.json()) as CommentThread).id;
}

/** The draft's comment threads as `person` lists them. */
export async function threadsOf(
  server: RembukServer,
  documentId: string,
  person: TestPerson,
): Promise<CommentThread[]> {
  const response = await requestAs(
    server,
    person.cookie,
    "GET",
    `/api/documents/${documentId}/comments`,
  );
  return ((await expectOk(response, "listing comments")) as { threads: CommentThread[] }).threads;
}

/**
 * Waits until every client and the server (read through `witness`) hold the same state, and
 * returns the comments' passages that they all read identically (see `quotesIn`).
 */
export function convergedQuotes(
  clients: CollabClient[],
  witness: RawCollabSocket,
): Promise<Record<string, string>> {
  return eventually(
    "every client and the server hold the same draft and comment passages",
    async () => {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, await witness.fetchState());
      try {
        const expected = quotesIn(stored);
        for (const client of clients) {
          if (!sameStateVector(stored, client.doc)) throw new Error("a client lags behind");
          const quotes = quotesIn(client.doc);
          if (JSON.stringify(quotes) !== JSON.stringify(expected)) {
            throw new Error(
              `passages ${JSON.stringify(quotes)} vs stored ${JSON.stringify(expected)}`,
            );
          }
        }
        return expected;
      } finally {
        stored.destroy();
      }
    },
    { timeoutMs: 15_000 },
  );
}
