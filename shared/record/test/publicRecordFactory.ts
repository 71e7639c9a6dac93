import type {
  Authorship,
  PublicComment,
  PublicRecord,
  PublicRound,
  RoundRecord,
  Seal,
  Statistics,
} from "../../schemas/index.ts";
import { nextSeal } from "../seal.ts";

/** Test factories for public records: hand-built rounds, comments and a real chain of seals. */

export const VERSION_TEXT = [
  "Pasal 1",
  "Tarif parkir ditetapkan oleh Wali Kota.",
  "Pasal 2",
  "Retribusi disetor ke kas daerah.",
].join("\n");

/** A reviewer of a civil-society organisation, as their comments record them. */
export function buildAuthorship(overrides: Partial<Authorship> = {}): Authorship {
  return {
    id: "u-rina",
    name: "Rina Wulandari",
    organisation: { id: "org-lsm", name: "LSM Tata Kota", kind: "civil_society" },
    interests: "",
    ...overrides,
  };
}

const DRAFTER = buildAuthorship({
  id: "u-budi",
  name: "Budi Santoso",
  organisation: { id: "org-pemkot", name: "Pemerintah Kota", kind: "government" },
});

/** The document as each round's record seals it. */
export const SEALED_DOCUMENT: RoundRecord["document"] = {
  title: "Rancangan Perda Parkir",
  form: "free",
  governmentBody: { id: "org-pemkot", name: "Pemerintah Kota" },
};

/** A top-level comment on `quote` in {@link VERSION_TEXT}, unanswered unless `answer` is given. */
export function buildPublicComment(
  overrides: Partial<PublicComment> & { quote?: string } = {},
): PublicComment {
  const { quote = "Wali Kota", ...rest } = overrides;
  const from = VERSION_TEXT.indexOf(quote);
  return {
    id: "c-1",
    parentId: null,
    kind: "comment",
    author: buildAuthorship(),
    anchor: { from, to: from + quote.length, quote },
    locator: "Pasal 1",
    body: "Tarif sebaiknya dibahas bersama DPRD.",
    proposedText: null,
    createdAt: "2026-03-02T03:00:00.000Z",
    editedAt: null,
    status: "visible",
    moderation: null,
    answer: null,
    answerRevisions: [],
    suggestion: null,
    attachments: [],
    ...rest,
  };
}

/** An official answer by the drafter. */
export function buildAnswer(
  disposition: NonNullable<PublicComment["answer"]>["disposition"],
  explanation: string,
  createdAt = "2026-03-20T03:00:00.000Z",
): NonNullable<PublicComment["answer"]> {
  return { disposition, explanation, author: DRAFTER, createdAt, editedAt: null };
}

/** A round's record with its frozen version; closed and concluded only when told. */
export function buildRoundRecord(overrides: Partial<RoundRecord> = {}): RoundRecord {
  return {
    number: 1,
    document: SEALED_DOCUMENT,
    title: "Konsultasi publik I",
    summary: "Tarif dan retribusi parkir.",
    opensAt: "2026-03-01T00:00:00.000Z",
    closesAt: "2026-03-15T00:00:00.000Z",
    timeZone: "Asia/Jakarta",
    audience: "open",
    organisations: [],
    closedAt: null,
    closedBy: null,
    closeReason: null,
    concludedAt: null,
    conclusion: null,
    version: {
      number: 1,
      title: "Rancangan Perda Parkir",
      summary: "Versi pertama.",
      author: { id: "u-budi", name: "Budi Santoso" },
      createdAt: "2026-02-28T00:00:00.000Z",
      text: VERSION_TEXT,
      content: {
        type: "doc",
        content: VERSION_TEXT.split("\n").map((line) => ({
          type: "paragraph",
          content: [{ type: "text", text: line }],
        })),
      },
    },
    comments: [],
    moderation: [],
    ...overrides,
  };
}

/** Statistics of nothing, for records whose statistics a test does not look at. */
export const EMPTY_STATISTICS: Statistics = {
  comments: 0,
  replies: 0,
  commentsByOrganisationKind: {
    government: 0,
    civil_society: 0,
    academic: 0,
    business: 0,
    community: 0,
    individual: 0,
  },
  answered: 0,
  responseRate: null,
  dispositions: { accepted: 0, partly_accepted: 0, not_accepted: 0, noted: 0 },
  dispositionShares: { accepted: null, partly_accepted: null, not_accepted: null, noted: null },
  suggestionsAccepted: 0,
  medianHoursToAnswer: null,
  daysOpen: 0,
};

/** Seals rounds in the order things happened, as the server's sealer does. */
export class SealChain {
  readonly seals = new Map<number, Seal[]>();
  private last: Seal | null = null;
  constructor(readonly documentId: string) {}

  /** Appends a seal over the round's record as it is now. */
  async seal(round: RoundRecord, stage: Seal["stage"], at: string): Promise<Seal> {
    const seal = await nextSeal({
      documentId: this.documentId,
      round: structuredClone(round),
      stage,
      at,
      previous: this.last,
    });
    this.last = seal;
    this.seals.set(round.number, [...(this.seals.get(round.number) ?? []), seal]);
    return seal;
  }
}

/**
 * A consultation of two rounds that went the whole way: round 1 closed, answered after closing,
 * concluded; round 2 closed, then a comment hidden by a moderator. Every step sealed.
 */
export async function buildSealedRecord(documentId = "perda-parkir"): Promise<PublicRecord> {
  const chain = new SealChain(documentId);
  const first = buildRoundRecord({
    closedAt: "2026-03-15T00:00:00.000Z",
    comments: [
      buildPublicComment({ id: "c-1" }),
      buildPublicComment({
        id: "c-2",
        kind: "suggestion",
        quote: "kas daerah",
        locator: "Pasal 2",
        body: "Sebut kas umum daerah.",
        proposedText: "kas umum daerah",
      }),
      buildPublicComment({
        id: "r-1",
        parentId: "c-1",
        anchor: null,
        locator: null,
        body: "Setuju dengan usul ini.",
        author: buildAuthorship({ id: "u-ahmad", name: "Ahmad", organisation: null }),
      }),
    ],
  });
  await chain.seal(first, "closed", "2026-03-15T00:00:00.000Z");
  setComment(first, "c-1", { answer: buildAnswer("not_accepted", "Kewenangan Wali Kota.") });
  await chain.seal(first, "answered", "2026-03-20T03:00:00.000Z");
  setComment(first, "c-2", { answer: buildAnswer("accepted", "", "2026-03-21T03:00:00.000Z") });
  await chain.seal(first, "answered", "2026-03-21T03:00:00.000Z");
  first.concludedAt = "2026-03-25T00:00:00.000Z";
  first.conclusion = "Tarif tetap ditetapkan Wali Kota; kas umum daerah diterima.";
  await chain.seal(first, "concluded", first.concludedAt);

  const second = buildRoundRecord({
    number: 2,
    title: "Konsultasi publik II",
    opensAt: "2026-04-01T00:00:00.000Z",
    closesAt: "2026-04-15T00:00:00.000Z",
    closedAt: "2026-04-10T00:00:00.000Z",
    closedBy: { id: "u-budi", name: "Budi Santoso" },
    closeReason: "Cukup masukan.",
    comments: [
      buildPublicComment({ id: "c-3", createdAt: "2026-04-02T00:00:00.000Z", body: "Iklan!" }),
    ],
  });
  second.version.number = 2;
  await chain.seal(second, "closed", "2026-04-10T00:00:00.000Z");
  const moderation = {
    reason: "spam" as const,
    note: "Iklan.",
    moderator: { id: "u-admin", name: "Admin" },
    at: "2026-04-11T00:00:00.000Z",
  };
  setComment(second, "c-3", { status: "hidden", body: null, moderation });
  second.moderation.push({
    id: "m-1",
    commentId: "c-3",
    action: "hide",
    reason: "spam",
    note: "Iklan.",
    moderator: moderation.moderator,
    commentAuthor: { id: "u-rina", name: "Rina Wulandari" },
    commentCreatedAt: "2026-04-02T00:00:00.000Z",
    at: moderation.at,
  });
  await chain.seal(second, "moderated", moderation.at);

  const rounds: PublicRound[] = [first, second].map((record) => ({
    record,
    seals: chain.seals.get(record.number) ?? [],
    statistics: EMPTY_STATISTICS,
  }));
  return {
    formatVersion: 2,
    generatedAt: "2026-05-01T00:00:00.000Z",
    document: { id: documentId, ...SEALED_DOCUMENT },
    rounds,
    statistics: EMPTY_STATISTICS,
  };
}

function setComment(round: RoundRecord, id: string, changes: Partial<PublicComment>) {
  const comment = round.comments.find((c) => c.id === id);
  if (!comment) throw new Error(`no comment ${id}`);
  Object.assign(comment, changes);
}
