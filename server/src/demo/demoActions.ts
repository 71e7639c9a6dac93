import type { JSONContent } from "@tiptap/core";
import type { Transform } from "@tiptap/pm/transform";
import {
  type Disposition,
  type ModerationReason,
  RoundCommentCreateSchema,
  RoundOpenSchema,
} from "../../../shared/schemas/index.ts";
import type { LiveDrafts } from "../collab/liveDrafts.ts";
import { answerGiver } from "../commands/answerGiver.ts";
import { commentModerator } from "../commands/commentModerator.ts";
import { replyCreator } from "../commands/replyCreator.ts";
import { roundCommentCreator } from "../commands/roundCommentCreator.ts";
import { roundConcluder } from "../commands/roundConcluder.ts";
import { roundOpener } from "../commands/roundOpener.ts";
import { suggestionAccepter } from "../commands/suggestionAccepter.ts";
import { suggestionDecliner } from "../commands/suggestionDecliner.ts";
import { CommentEvents } from "../comments/commentEvents.ts";
import type { Logger } from "../logger.ts";
import { createRoundSealer } from "../record/roundSealer.ts";
import type { Clock } from "../rounds/clock.ts";
import { RoundEvents } from "../rounds/roundEvents.ts";
import { RoundScheduler } from "../rounds/roundScheduler.ts";
import type { CommentRecord, DocumentRecord, RoundRecord, Store } from "../store/index.ts";
import { versionAnchorOf } from "./demoDraft.ts";
import type { DemoPeople } from "./demoPeople.ts";

const DAY = 24 * 3_600_000;
/** Western Indonesian Time (WIB, UTC+7): the demo's people work in Asia/Jakarta. */
const WIB = 7 * 3_600_000;

/** A moment of the demo's story: so many days before the seeding (negative: after), WIB time. */
export type DemoTime = [daysAgo: number, wib: string];

/**
 * The seeding's clock. It stands at whatever moment the story has reached, so the commands, the
 * sealer and the scheduler record the story's dates rather than the moment of seeding.
 */
export class StoryClock implements Clock {
  /** Before the story starts. */
  private current = new Date(0);
  constructor(private readonly today: Date) {}
  now(): Date {
    return this.current;
  }
  setTimer(): () => void {
    return () => undefined;
  }
  /** The moment `time` names, without moving there. */
  dateOf([daysAgo, wib]: DemoTime): Date {
    const day = new Date(this.today.getTime() + WIB - daysAgo * DAY);
    const [hours = 0, minutes = 0] = wib.split(":").map(Number);
    const y = day.getUTCFullYear();
    return new Date(Date.UTC(y, day.getUTCMonth(), day.getUTCDate(), hours, minutes) - WIB);
  }
  /** Moves to `time` and returns it. */
  at(time: DemoTime): Date {
    return this.moveTo(this.dateOf(time));
  }
  /** Moves to `date`; time only moves forward, as the story's seals are ordered by it. */
  moveTo(date: Date): Date {
    if (date.getTime() < this.current.getTime()) {
      throw new Error(`demo: the story goes back in time to ${date.toISOString()}`);
    }
    this.current = date;
    return date;
  }
}

type Person = keyof DemoPeople;

/** What the storyline (demoConsultation.ts) can do; every step goes through the real command. */
export type DemoActions = ReturnType<typeof demoActions>;

/**
 * The steps of the demo's story over one draft: open a round, comment, reply, answer, accept or
 * decline a suggestion, hide a comment, let a round close, conclude it, edit the live draft. Each
 * moves the story's clock to its time and calls the command a route would call, with the
 * events, the real sealer and the scheduler wired as the server wires them.
 */
export function demoActions(props: {
  store: Store;
  log: Logger;
  liveDrafts: LiveDrafts;
  clock: StoryClock;
  document: DocumentRecord;
  people: DemoPeople;
}) {
  const { store, log, liveDrafts, clock, document, people } = props;
  const events = new CommentEvents();
  const roundEvents = new RoundEvents();
  const sealer = createRoundSealer({ store, clock });
  const documentId = document.id;
  const rounds = new Map<number, { round: RoundRecord; content: JSONContent }>();
  const roundOf = (number: number) => {
    const found = rounds.get(number);
    if (!found) throw new Error(`demo: round ${number} was not opened`);
    return found;
  };
  const common = { store, events, sealer, log, documentId };

  return {
    async openRound(input: {
      by: Person;
      at: DemoTime;
      closesAt: DemoTime;
      title: string;
      summary: string;
    }): Promise<RoundRecord> {
      const { round, version } = await roundOpener({
        store,
        liveDrafts,
        events: roundEvents,
        document,
        drafter: people[input.by],
        input: RoundOpenSchema.parse({
          title: input.title,
          summary: input.summary,
          closesAt: clock.dateOf(input.closesAt).toISOString(),
          timeZone: "Asia/Jakarta",
          audience: "open",
        }),
        now: clock.at(input.at),
      });
      const text = await store.versions.text(version.id);
      if (!text) throw new Error("demo: the version has no text");
      rounds.set(round.number, { round, content: text.content });
      return round;
    },
    /** A comment (or, with `proposedText`, a suggestion) on `quote` of round `round`'s version. */
    async comment(input: {
      round: number;
      by: Person;
      at: DemoTime;
      quote: string;
      body: string;
      proposedText?: string;
    }): Promise<CommentRecord> {
      const { round, content } = roundOf(input.round);
      return roundCommentCreator({
        store,
        liveDrafts,
        events,
        document,
        round,
        author: people[input.by],
        input: RoundCommentCreateSchema.parse({
          kind: input.proposedText === undefined ? "comment" : "suggestion",
          body: input.body,
          proposedText: input.proposedText,
          anchor: versionAnchorOf(content, input.quote),
        }),
        now: clock.at(input.at),
      });
    },
    async reply(to: CommentRecord, input: { by: Person; at: DemoTime; body: string }) {
      const now = clock.at(input.at);
      const author = people[input.by];
      await replyCreator({ ...common, commentId: to.id, author, body: input.body, now });
    },
    async answer(
      to: CommentRecord,
      input: { by: Person; at: DemoTime; disposition: Disposition; explanation: string },
    ) {
      const { disposition, explanation } = input;
      const now = clock.at(input.at);
      const drafter = people[input.by];
      await answerGiver({ ...common, commentId: to.id, drafter, disposition, explanation, now });
    },
    /** A drafter accepts a suggestion: its text replaces the passage in the live draft. */
    async accept(suggestion: CommentRecord, input: { by: Person; at: DemoTime }) {
      const now = clock.at(input.at);
      const drafter = people[input.by];
      await suggestionAccepter({
        ...common,
        liveDrafts,
        document,
        commentId: suggestion.id,
        drafter,
        now,
      });
    },
    async decline(suggestion: CommentRecord, input: { by: Person; at: DemoTime; reason: string }) {
      const now = clock.at(input.at);
      const drafter = people[input.by];
      await suggestionDecliner({
        ...common,
        commentId: suggestion.id,
        drafter,
        reason: input.reason,
        now,
      });
    },
    /** The administrator hides a comment behind a public tombstone. */
    async hide(
      comment: CommentRecord,
      input: { at: DemoTime; reason: ModerationReason; note: string },
    ) {
      const { reason, note } = input;
      const now = clock.at(input.at);
      const moderator = people.admin;
      await commentModerator({ ...common, commentId: comment.id, moderator, reason, note, now });
    },
    /** Time passes `closesAt`: the scheduler closes the round by itself, as the server would. */
    async closeByTime(number: number) {
      clock.moveTo(new Date(roundOf(number).round.closesAt));
      const scheduler = new RoundScheduler({ store, clock, events: roundEvents, sealer, log });
      await scheduler.start();
      await scheduler.stop();
    },
    async conclude(number: number, input: { by: Person; at: DemoTime; conclusion: string }) {
      const round = (await store.rounds.find(documentId, number)) ?? roundOf(number).round;
      await roundConcluder({
        store,
        events: roundEvents,
        sealer,
        log,
        round,
        drafter: people[input.by],
        conclusion: input.conclusion,
        now: clock.at(input.at),
      });
    },
    /** A drafter edits the live draft, through the editor binding, as one change. */
    async edit(by: Person, change: (tr: Transform) => void) {
      await liveDrafts.edit({
        documentId,
        form: document.form,
        origin: { kind: "server", userId: people[by].id },
        edit: (tr) => change(tr),
      });
    },
  };
}
