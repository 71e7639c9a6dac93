import { newId } from "../auth/tokens.ts";
import type { CommentEvents } from "../comments/commentEvents.ts";
import type { Logger } from "../logger.ts";
import type { Clock } from "../rounds/clock.ts";
import { roundStateAt } from "../rounds/roundRules.ts";
import type {
  FedAnswer,
  FedComment,
  NewNotification,
  RoundRecord,
  Store,
  UserRecord,
} from "../store/index.ts";
import { excerpt, notificationMail } from "./notificationTexts.ts";
import { documentAnswerers, roundParticipants } from "./recipients.ts";

/** How long before a round closes its participants are reminded. */
export const CLOSING_REMINDER_MS = 24 * 60 * 60 * 1000;

/** The store lock a pass holds (one pass at a time across processes). */
export const NOTIFIER_LOCK = "notifications:feed";

/** When another process holds the lock: how soon to look again. */
const LOCK_RETRY_MS = 1000;

/** How many comments or answers one pass reads at a time. */
const BATCH = 100;

type Texts = Pick<
  NewNotification,
  "kind" | "documentId" | "round" | "commentId" | "title" | "summary" | "actorName"
>;

/**
 * Turns what happens in consultations into notifications. It reads comments and answers as a
 * feed, in commit order, from where it stopped (so nothing is missed across a restart and
 * nothing told twice), and checks the rounds that are not closed for one that opened or is a
 * day from closing. It looks on start, whenever a comment or round event is published (see
 * {@link Notifier.follow}) and when a round's opening or reminder comes due, on the injectable
 * clock. Each event is handled once (`notification_triggers`), and nobody hears of their own act.
 *
 * Several processes on one store each run a notifier; a pass runs under the store lock
 * {@link NOTIFIER_LOCK}, so the feeds' cursors move on one process at a time and no entry is
 * read by two. A process that finds the lock held looks again a moment later: what it was told
 * of may have been committed after the holder last read.
 */
export class Notifier {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      log: Logger;
      /** Base of the links in e-mails (`PUBLIC_URL`); relative links without it. */
      publicUrl?: string | undefined;
    },
  ) {}

  /** Catches up with what happened while the server was down, then keeps watch. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.check();
  }

  /** Stops watching and waits for a pass under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    await this.idle();
  }

  /**
   * Looks for news after every event `events` publishes. The events carry no detail (they tell
   * pages to refetch), so the notifier reads what changed from the store itself.
   */
  follow(events: Pick<CommentEvents, "publish">): void {
    const publish = events.publish.bind(events);
    events.publish = (documentId, at) => {
      publish(documentId, at);
      if (!this.stopped) void this.check();
    };
  }

  /** Resolves once no pass is running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Runs a pass now; a request during a pass runs one more after it. */
  check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.deps.log.error({ err: error }, "making notifications failed");
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async pass(): Promise<void> {
    const next = await this.deps.store.db.withLock(NOTIFIER_LOCK, async () => {
      await this.readComments();
      await this.readAnswers();
      await this.readModerations();
      return { at: await this.checkRounds() };
    });
    const at = next ? next.at : this.deps.clock.now().getTime() + LOCK_RETRY_MS;
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (at !== null && !this.stopped) {
      const ms = at - this.deps.clock.now().getTime();
      this.cancelTimer = this.deps.clock.setTimer(() => void this.check(), ms);
    }
  }

  private readComments(): Promise<void> {
    const { notificationFeed } = this.deps.store;
    return this.readFeed(
      "comments_seen",
      (seq) => notificationFeed.commentsAfter(seq, BATCH),
      (comment) => this.commentReceived(comment),
    );
  }

  private readAnswers(): Promise<void> {
    const { notificationFeed } = this.deps.store;
    return this.readFeed(
      "answers_seen",
      (seq) => notificationFeed.answersAfter(seq, BATCH),
      (answer) => this.commentAnswered(answer),
    );
  }

  /** A hidden or erased comment's words leave the notifications that quote them. */
  private readModerations(): Promise<void> {
    const { notificationFeed, notifications } = this.deps.store;
    return this.readFeed(
      "moderations_seen",
      (seq) => notificationFeed.moderationsAfter(seq, BATCH),
      (moderation) => notifications.forgetWordsOf(moderation.commentId),
    );
  }

  /** Handles a feed's entries after the cursor `name`, in order, moving the cursor on. */
  private async readFeed<T extends { seq: number }>(
    name: string,
    read: (seq: number) => Promise<T[]>,
    handle: (entry: T) => Promise<void>,
  ): Promise<void> {
    const { notifications } = this.deps.store;
    let seq = Number((await notifications.state(name)) ?? 0);
    for (;;) {
      const batch = await read(seq);
      for (const entry of batch) await handle(entry);
      const last = batch.at(-1);
      if (!last) return;
      seq = last.seq;
      await notifications.setState(name, String(seq));
    }
  }

  /** Tells the document's drafters and owners of a comment or reply, except its author. */
  private async commentReceived(comment: FedComment): Promise<void> {
    const answerers = await documentAnswerers(this.deps.store, comment.documentId);
    await this.notify(
      `comment_received:${comment.id}`,
      answerers.filter((user) => user.id !== comment.authorId),
      {
        kind: "comment_received",
        documentId: comment.documentId,
        round: comment.round,
        commentId: comment.id,
        title: comment.documentTitle,
        summary: excerpt(comment.body),
        actorName: comment.authorName,
      },
    );
  }

  /** Tells a comment's author it was answered, unless they answered it themselves. */
  private async commentAnswered(answer: FedAnswer): Promise<void> {
    const author = await this.deps.store.users.find(answer.commentAuthorId);
    const recipients = author && !author.disabledAt && author.id !== answer.answererId;
    await this.notify(`comment_answered:${answer.commentId}`, recipients ? [author] : [], {
      kind: "comment_answered",
      documentId: answer.documentId,
      round: answer.round,
      commentId: answer.commentId,
      title: answer.documentTitle,
      summary: excerpt(answer.explanation),
      actorName: answer.answererName,
    });
  }

  /**
   * Notifies rounds that opened and rounds a day from closing; returns when the next of those
   * comes due (ms since the epoch), or null when none is waiting.
   */
  private async checkRounds(): Promise<number | null> {
    const { store } = this.deps;
    const now = this.deps.clock.now();
    let next: number | null = null;
    const due = (at: number) => {
      if (at > now.getTime()) next = next === null ? at : Math.min(next, at);
      return at <= now.getTime();
    };
    for (const round of await store.rounds.listNotClosed()) {
      if (roundStateAt(round, now) === "closed") continue;
      const opened = `round_opened:${round.id}`;
      if (due(Date.parse(round.opensAt)) && !(await store.notifications.handled(opened))) {
        await this.roundNews(opened, round, now, "round_opened");
      }
      const remindAt = Date.parse(round.closesAt) - CLOSING_REMINDER_MS;
      // A round shorter than a day gets no reminder: its opening notice already says it closes soon.
      if (remindAt < Date.parse(round.opensAt)) continue;
      const closing = `round_closing:${round.id}`;
      if (due(remindAt) && !(await store.notifications.handled(closing))) {
        await this.roundNews(closing, round, now, "round_closing");
      }
    }
    return next;
  }

  /** Tells a round's participants it opened (except its opener) or closes within a day. */
  private async roundNews(
    key: string,
    round: RoundRecord,
    now: Date,
    kind: "round_opened" | "round_closing",
  ): Promise<void> {
    const { store } = this.deps;
    const [document, version] = await Promise.all([
      store.documents.find(round.documentId),
      store.versions.findById(round.versionId),
    ]);
    const participants = await roundParticipants(store, round, now);
    await this.notify(
      key,
      participants.filter((user) => kind === "round_closing" || user.id !== round.openedBy.id),
      {
        kind,
        documentId: round.documentId,
        round: round.number,
        commentId: null,
        title: document?.title ?? "",
        summary: version?.title ?? "",
        actorName: kind === "round_opened" ? round.openedBy.name : null,
      },
    );
  }

  /** Makes one event's notifications, with an e-mail each for people who chose `immediate`. */
  private async notify(key: string, recipients: UserRecord[], texts: Texts): Promise<void> {
    const { store, publicUrl } = this.deps;
    const at = this.deps.clock.now().toISOString();
    const deliveries = await store.notifications.deliveries(recipients.map((user) => user.id));
    const items: NewNotification[] = recipients.map((user) => ({
      id: newId(),
      userId: user.id,
      ...texts,
      dedupKey: key,
      createdAt: at,
      ...(deliveries.get(user.id) === "immediate"
        ? { mail: notificationMail(texts, user.email, publicUrl) }
        : {}),
    }));
    await store.notifications.deliver({ key, at }, items);
  }
}
