import type { PublicRecord } from "../../../shared/schemas/index.ts";
import { joinDocument } from "../../utils/collabClient.ts";
import { requestAs } from "../../utils/comments.ts";
import { eventually } from "../../utils/eventually.ts";
import type { RembukServer } from "../../utils/rembukServer.ts";

/** The one line of every draft a round is opened on here. */
export const LINE = "Tarif parkir ditetapkan oleh Wali Kota.";
/** What a process logs when it closed a round at its closesAt. */
export const CLOSED_AUTOMATICALLY = "consultation round closed automatically";

/** Asks as `cookie` (POST when there is a body) and returns the answer's JSON; throws unless 2xx. */
export async function ask(server: RembukServer, cookie: string, path: string, body?: unknown) {
  const response = await requestAs(server, cookie, body ? "POST" : "GET", path, body);
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** A draft holding {@link LINE}, with a round open on it (opened by the administrator). */
export async function roundOn(server: RembukServer, closesInMs: number): Promise<string> {
  const documentId = await server.createDocument("Rancangan Perda Parkir");
  const editor = await joinDocument(server.collabUrl, documentId);
  editor.addParagraph(LINE);
  // The round freezes the draft as the server holds it: wait until the server relayed the line.
  const reader = await joinDocument(server.collabUrl, documentId);
  await eventually("the server holds the line", () => reader.paragraphs().includes(LINE));
  await ask(server, server.sessionCookie, `/api/documents/${documentId}/rounds`, {
    title: "Rancangan Perda Parkir — konsultasi",
    summary: "Untuk masukan warga.",
    closesAt: new Date(Date.now() + closesInMs).toISOString(),
    audience: "open",
  });
  editor.destroy();
  reader.destroy();
  return documentId;
}

/** The document's public record as `server` publishes it. */
export function publicRecord(server: RembukServer, documentId: string): Promise<PublicRecord> {
  return ask(server, "", `/api/public/consultations/${documentId}/record`);
}

/** Waits until round 1 of the document is sealed as closed, and returns its seals' stages. */
export function sealsOnceClosed(
  server: RembukServer,
  documentId: string,
  timeoutMs: number,
): Promise<string[]> {
  return eventually(
    "the round is closed and sealed",
    async () => {
      const seals = (await publicRecord(server, documentId)).rounds[0]?.seals ?? [];
      return seals.some((seal) => seal.stage === "closed") && seals.map((seal) => seal.stage);
    },
    { timeoutMs },
  );
}
