import { createHash } from "node:crypto";
import type {
  PublicAttachment,
  PublicComment,
  RoundRecord,
} from "../../../shared/schemas/index.ts";
import { presentModerationEntry, presentOutcome } from "../presenters/commentPresenter.ts";
import type {
  AnswerRecord,
  AttachmentRecord,
  CommentRecord,
  ModerationLogRecord,
  Store,
  RoundRecord as StoredRound,
} from "../store/index.ts";

/** The public URL an attachment of a published round downloads from. */
export function publicAttachmentUrl(documentId: string, attachmentId: string): string {
  return `/api/public/consultations/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** SHA-256 of each attachment's bytes; attachments never change, so each is hashed once. */
const attachmentDigests = new Map<string, string>();

async function digestOf(store: Store, documentId: string, attachmentId: string): Promise<string> {
  const known = attachmentDigests.get(attachmentId);
  if (known) return known;
  const found = await store.attachments.find(documentId, attachmentId);
  if (!found) throw new Error(`attachment ${attachmentId} vanished while building a record`);
  const digest = createHash("sha256").update(found.data).digest("hex");
  attachmentDigests.set(attachmentId, digest);
  return digest;
}

/** Everything of a document the round records are made of, read once for all its rounds. */
export interface DocumentMaterial {
  comments: CommentRecord[];
  answers: Map<string, AnswerRecord>;
  attachments: Map<string, AttachmentRecord[]>;
  moderation: ModerationLogRecord[];
}

/** Reads a document's comments, answers, attachments and moderation log. */
export async function readMaterial(store: Store, documentId: string): Promise<DocumentMaterial> {
  const [comments, answers, attachmentList, moderation] = await Promise.all([
    store.comments.listForDocument(documentId),
    store.answers.forDocument(documentId),
    store.attachments.listForDocument(documentId),
    store.moderation.listForDocument(documentId),
  ]);
  const attachments = new Map<string, AttachmentRecord[]>();
  for (const a of attachmentList) {
    attachments.set(a.commentId, [...(attachments.get(a.commentId) ?? []), a]);
  }
  return { comments, answers, attachments, moderation };
}

/**
 * The sealed record of one round, exactly as the public sees it: the frozen version as text and
 * ProseMirror JSON, the comments made on that version (never on the live draft) with hidden
 * words left out, their answers, and the moderation of those comments. Depends only on what is
 * stored, never on the time, so that the same store always gives the same bytes to seal.
 */
export async function buildRoundRecord(
  store: Store,
  round: StoredRound,
  material?: DocumentMaterial,
): Promise<RoundRecord> {
  const { documentId } = round;
  const [version, text, organisations, read] = await Promise.all([
    store.versions.findById(round.versionId),
    store.versions.text(round.versionId),
    store.rounds.organisations(round.id),
    material ?? readMaterial(store, documentId),
  ]);
  if (!version || !text) throw new Error(`round ${round.number} has no version`);
  const comments = read.comments.filter((c) => c.versionId === round.versionId);
  const ids = new Set(comments.map((c) => c.id));
  return {
    number: round.number,
    title: version.title,
    summary: version.summary,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    timeZone: round.timeZone,
    audience: round.audience,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    closedAt: round.closedAt,
    closedBy: round.closedBy,
    closeReason: round.closeReason,
    concludedAt: round.concludedAt,
    conclusion: round.conclusion,
    version: {
      number: version.number,
      title: version.title,
      summary: version.summary,
      author: { id: version.author.id, name: version.author.name },
      createdAt: version.createdAt,
      text: text.text,
      content: text.content as RoundRecord["version"]["content"],
    },
    comments: await Promise.all(
      comments.map((c) =>
        publicComment(store, c, read.answers.get(c.id), read.attachments.get(c.id) ?? []),
      ),
    ),
    moderation: read.moderation.filter((e) => ids.has(e.commentId)).map(presentModerationEntry),
  };
}

/** A comment as the public sees it: a hidden or erased one keeps its tombstone, not its words. */
async function publicComment(
  store: Store,
  c: CommentRecord,
  answer: AnswerRecord | undefined,
  attachments: AttachmentRecord[],
): Promise<PublicComment> {
  const readable = c.status === "visible";
  return {
    id: c.id,
    parentId: c.parentId,
    kind: c.kind,
    author: c.author,
    anchor:
      c.offsets && c.quote !== null
        ? { from: c.offsets.from, to: c.offsets.to, quote: c.quote }
        : null,
    locator: c.locator,
    ...presentOutcome(c, readable, answer),
    attachments: readable
      ? await Promise.all(attachments.map((a) => publicAttachment(store, c.documentId, a)))
      : [],
  };
}

async function publicAttachment(
  store: Store,
  documentId: string,
  a: AttachmentRecord,
): Promise<PublicAttachment> {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    sha256: await digestOf(store, documentId, a.id),
    url: publicAttachmentUrl(documentId, a.id),
  };
}
