import type {
  PublicAttachment,
  PublicComment,
  PublicDocument,
  RoundRecord,
} from "../../../shared/schemas/index.ts";
import { presentModerationEntry, presentOutcome } from "../presenters/commentPresenter.ts";
import type {
  AnswerRecord,
  AnswerRevisionRecord,
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

/** Everything of a document the round records are made of, read once for all its rounds. */
export interface DocumentMaterial {
  document: PublicDocument;
  comments: CommentRecord[];
  answers: Map<string, AnswerRecord>;
  answerRevisions: Map<string, AnswerRevisionRecord[]>;
  attachments: Map<string, AttachmentRecord[]>;
  moderation: ModerationLogRecord[];
}

/**
 * The government body a consultation belongs to: the organisation the author of its first
 * round's version spoke for, when that is a government organisation (drafts are started only
 * by members of verified government organisations).
 */
export function governmentBodyOf(
  version:
    | { author: { organisation: { id: string; name: string; kind: string } | null } }
    | undefined,
): PublicDocument["governmentBody"] {
  const organisation = version?.author.organisation;
  return organisation?.kind === "government"
    ? { id: organisation.id, name: organisation.name }
    : null;
}

/** The document as every round's record seals it: its title, form and government body. */
async function publicDocument(store: Store, documentId: string): Promise<PublicDocument> {
  const [document, rounds] = await Promise.all([
    store.documents.find(documentId),
    store.rounds.list(documentId),
  ]);
  if (!document) throw new Error(`document ${documentId} vanished while building a record`);
  const first = rounds.reduce<StoredRound | undefined>(
    (a, r) => (a && a.number <= r.number ? a : r),
    undefined,
  );
  const version = first && (await store.versions.findById(first.versionId));
  return { title: document.title, form: document.form, governmentBody: governmentBodyOf(version) };
}

/** Reads a document's comments, answers (with earlier wordings), attachments and moderation log. */
export async function readMaterial(store: Store, documentId: string): Promise<DocumentMaterial> {
  const [document, comments, answers, answerRevisions, attachmentList, moderation] =
    await Promise.all([
      publicDocument(store, documentId),
      store.comments.listForDocument(documentId),
      store.answers.forDocument(documentId),
      store.answers.revisionsForDocument(documentId),
      store.attachments.listForDocument(documentId),
      store.moderation.listForDocument(documentId),
    ]);
  const attachments = new Map<string, AttachmentRecord[]>();
  for (const a of attachmentList) {
    attachments.set(a.commentId, [...(attachments.get(a.commentId) ?? []), a]);
  }
  return { document, comments, answers, answerRevisions, attachments, moderation };
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
    document: read.document,
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
    comments: comments.map((c) => publicComment(c, read)),
    moderation: read.moderation.filter((e) => ids.has(e.commentId)).map(presentModerationEntry),
  };
}

/**
 * A comment as the public sees it: a hidden or erased one keeps its tombstone, not its words.
 * Its answer's earlier wordings stay with it, so a reworded answer never overwrites a sealed one.
 */
function publicComment(c: CommentRecord, read: DocumentMaterial): PublicComment {
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
    ...presentOutcome(c, readable, read.answers.get(c.id)),
    answerRevisions: (read.answerRevisions.get(c.id) ?? []).map((r) => ({
      disposition: r.disposition,
      explanation: r.explanation,
      author: { id: r.authorId, name: r.authorName },
      writtenAt: r.writtenAt,
    })),
    attachments: readable
      ? (read.attachments.get(c.id) ?? []).map((a) => publicAttachment(c.documentId, a))
      : [],
  };
}

/** An attachment with the hash stored when it was uploaded (its bytes are never re-read here). */
function publicAttachment(documentId: string, a: AttachmentRecord): PublicAttachment {
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    sha256: a.sha256,
    url: publicAttachmentUrl(documentId, a.id),
  };
}
