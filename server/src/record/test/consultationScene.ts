import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import type { OrganisationKind } from "../../../../shared/schemas/index.ts";
import { buildUser } from "../../test/factories.ts";
import { pdfBytes } from "../../test/pdf.ts";
import type {
  AuthorshipRecord,
  CommentRecord,
  RoundRecord,
  Store,
  VersionRecord,
} from "../../store/index.ts";

/**
 * Consultation scenes for the public record's tests, written straight into the store: versions,
 * rounds, comments, answers and moderation, at the times a test names.
 */

const DAY = 24 * 3_600_000;
/** A time `days` from now (negative: in the past), as ISO text. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A person who speaks for an organisation of `kind`, as comments record them. */
export async function buildParticipant(
  store: Store,
  props: {
    name: string;
    organisation: { id: string; name: string; kind: OrganisationKind } | null;
  },
): Promise<AuthorshipRecord> {
  const { organisation } = props;
  if (organisation && !(await store.organisations.find(organisation.id))) {
    const at = new Date().toISOString();
    await store.organisations.insert({
      ...organisation,
      verifiedAt: at,
      verifiedBy: null,
      createdAt: at,
    });
  }
  const user = await buildUser(store, { name: props.name, organisationId: organisation?.id });
  return { id: user.id, name: user.name, interests: "", organisation };
}

/** A free draft's ProseMirror JSON, one paragraph per line. */
export function paragraphsJson(lines: string[]): JSONContent {
  return {
    type: "doc",
    content: lines.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** Freezes `lines` as version `number` of a document and opens round `number` on it. */
export async function buildRound(
  store: Store,
  props: {
    documentId: string;
    number: number;
    lines: string[];
    drafter: AuthorshipRecord;
    opensAt: string;
    closesAt: string;
    title?: string;
    summary?: string;
  },
): Promise<{ round: RoundRecord; version: VersionRecord; text: string }> {
  const text = props.lines.join("\n");
  const version: VersionRecord = {
    id: randomUUID(),
    documentId: props.documentId,
    number: props.number,
    title: props.title ?? `Versi konsultasi ${props.number}`,
    summary: props.summary ?? "Perubahan sejak versi sebelumnya.",
    author: props.drafter,
    createdAt: props.opensAt,
    form: "free",
  };
  await store.versions.insert(version, {
    content: paragraphsJson(props.lines),
    text,
    ydocState: new Uint8Array(),
  });
  const round: RoundRecord = {
    id: randomUUID(),
    documentId: props.documentId,
    number: props.number,
    versionId: version.id,
    opensAt: props.opensAt,
    closesAt: props.closesAt,
    timeZone: "Asia/Jakarta",
    audience: "open",
    openedBy: { id: props.drafter.id, name: props.drafter.name },
    createdAt: props.opensAt,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    concludedAt: null,
    conclusion: null,
    concludedBy: null,
  };
  await store.rounds.insert(round, []);
  return { round, version, text };
}

/**
 * A comment on `quote` of a round's version (or, with `versionId: null`, on the live draft), or
 * a reply to `parentId`.
 */
export async function buildComment(
  store: Store,
  props: {
    documentId: string;
    versionId: string | null;
    text?: string;
    quote?: string;
    body: string;
    author: AuthorshipRecord;
    parentId?: string;
    kind?: "comment" | "suggestion";
    proposedText?: string;
    createdAt?: string;
  },
): Promise<CommentRecord> {
  const from = props.quote && props.text ? props.text.indexOf(props.quote) : -1;
  if (props.quote && props.text && from < 0) throw new Error(`"${props.quote}" is not in the text`);
  const kind = props.kind ?? "comment";
  const record: CommentRecord = {
    id: randomUUID(),
    documentId: props.documentId,
    versionId: props.versionId,
    parentId: props.parentId ?? null,
    kind,
    author: props.author,
    quote: props.parentId ? null : (props.quote ?? null),
    offsets: props.parentId || !props.quote ? null : { from, to: from + props.quote.length },
    locator: null,
    body: props.body,
    proposedText: kind === "suggestion" ? (props.proposedText ?? "") : null,
    createdAt: props.createdAt ?? new Date().toISOString(),
    editedAt: null,
    status: "visible",
    moderation: null,
    suggestionState: kind === "suggestion" ? "open" : null,
    decision: null,
  };
  await store.comments.insert(record);
  return record;
}

/** The official answer to a comment. */
export async function buildAnswer(
  store: Store,
  props: {
    comment: CommentRecord;
    drafter: AuthorshipRecord;
    disposition: "accepted" | "partly_accepted" | "not_accepted" | "noted";
    explanation: string;
    at?: string;
  },
) {
  await store.answers.insert({
    commentId: props.comment.id,
    disposition: props.disposition,
    explanation: props.explanation,
    author: props.drafter,
    createdAt: props.at ?? new Date().toISOString(),
    editedAt: null,
  });
}

/** A PDF position paper attached to a comment by its author. */
export async function buildAttachment(
  store: Store,
  props: { id: string; comment: CommentRecord; name: string; createdAt: string },
) {
  await store.attachments.insert(
    {
      id: props.id,
      commentId: props.comment.id,
      name: props.name,
      size: pdfBytes().length,
      uploadedBy: props.comment.author.id,
      createdAt: props.createdAt,
    },
    pdfBytes(),
  );
}

/** An administrator hides a comment (or erases it, for personal data), with a public log entry. */
export async function hideComment(
  store: Store,
  props: { comment: CommentRecord; admin: { id: string; name: string }; erase?: boolean },
) {
  const moderation = {
    reason: props.erase ? ("personal_data" as const) : ("spam" as const),
    note: props.erase ? "Memuat data pribadi." : "Iklan.",
    moderator: props.admin,
    at: new Date().toISOString(),
  };
  await store.moderation.append({
    id: randomUUID(),
    documentId: props.comment.documentId,
    commentId: props.comment.id,
    action: props.erase ? "erase" : "hide",
    reason: moderation.reason,
    note: moderation.note,
    moderator: props.admin,
    commentAuthor: { id: props.comment.author.id, name: props.comment.author.name },
    commentCreatedAt: props.comment.createdAt,
    at: moderation.at,
  });
  // After its log entry, as the app does: a sealed comment changes only with one.
  if (props.erase) await store.comments.erase(props.comment.id, moderation);
  else await store.comments.hide(props.comment.id, moderation);
}
