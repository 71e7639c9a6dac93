/** An attachment a record lists, with the round it belongs to. */
export interface ListedAttachment {
  round: number;
  id: string;
  name: string;
  sha256: string;
  url: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Every attachment of a public record's rounds (their hashes are part of what is sealed). */
export function listAttachments(json: unknown): ListedAttachment[] {
  const rounds = isObject(json) && Array.isArray(json.rounds) ? json.rounds : [];
  const found: ListedAttachment[] = [];
  for (const round of rounds) {
    const record = isObject(round) && isObject(round.record) ? round.record : {};
    const comments = Array.isArray(record.comments) ? record.comments : [];
    for (const comment of comments) {
      const attachments =
        isObject(comment) && Array.isArray(comment.attachments) ? comment.attachments : [];
      for (const a of attachments) {
        if (!isObject(a)) continue;
        found.push({
          round: Number(record.number),
          id: String(a.id),
          name: String(a.name),
          sha256: String(a.sha256),
          url: String(a.url),
        });
      }
    }
  }
  return found;
}

/** Lower-case hex SHA-256 of bytes, with WebCrypto (Node 20 and browsers). */
export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Downloads every attachment a record lists (`download` fetches one by its URL) and checks its
 * bytes against the sealed hash. Answers the first that does not match, as one line for people
 * ("round 2: attachment …"), or null when all do.
 */
export async function checkAttachments(
  json: unknown,
  download: (url: string) => Promise<Uint8Array>,
): Promise<{ round: number; reason: string } | null> {
  for (const a of listAttachments(json)) {
    const label = `attachment "${a.name}" (${a.id})`;
    let bytes: Uint8Array;
    try {
      bytes = await download(a.url);
    } catch (error) {
      return {
        round: a.round,
        reason: `${label} cannot be downloaded: ${(error as Error).message}`,
      };
    }
    const actual = await sha256OfBytes(bytes);
    if (actual !== a.sha256) {
      return {
        round: a.round,
        reason: `${label} does not match its sealed hash (sealed ${a.sha256}, downloaded ${actual})`,
      };
    }
  }
  return null;
}
