import * as Y from "yjs";

/**
 * Measures delivery of one-character edits between clients of one document.
 *
 * Every tracked edit inserts exactly one character, so after its k-th edit a
 * sender's Yjs clock is k. A receiver has seen edit k of a sender as soon as it
 * holds that sender's clock ≥ k — no markers in the text, no extra messages.
 * All clients run in this process, so send and receive times share one clock.
 */
export class EditTracker {
  /** Delivery latencies (ms) of every edit to every other client. */
  readonly latencies: number[] = [];
  private readonly sentAt: number[][];
  /** seen[receiver][sender]: highest clock of sender the receiver holds. */
  private readonly seen: number[][];
  private readonly listeners: (() => void)[] = [];
  private waiters: { done: () => boolean; resolve: (at: number) => void }[] = [];

  constructor(private readonly docs: readonly Y.Doc[]) {
    this.sentAt = docs.map(() => []);
    this.seen = docs.map(() => docs.map(() => 0));
    docs.forEach((doc, receiver) => {
      const onUpdate = () => this.observe(receiver);
      doc.on("update", onUpdate);
      this.listeners.push(() => doc.off("update", onUpdate));
    });
  }

  /** Makes one tracked edit on `sender`'s doc: one character inserted by `edit`. */
  edit(sender: number, edit: (doc: Y.Doc) => void): void {
    const doc = this.docs[sender];
    if (!doc) throw new Error(`no client ${sender}`);
    const sentAt = this.sentAt[sender] ?? [];
    sentAt.push(performance.now());
    edit(doc);
    if (Y.getState(doc.store, doc.clientID) !== sentAt.length) {
      throw new Error("a tracked edit must insert exactly one character");
    }
  }

  /** Edits `sender` has made so far. */
  sentBy(sender: number): number {
    return this.sentAt[sender]?.length ?? 0;
  }

  /** Resolves (with the time) once `receiver` has edit number `count` of `sender`. */
  whenSeen(receiver: number, sender: number, count: number): Promise<number> {
    return this.when(() => (this.seen[receiver]?.[sender] ?? 0) >= count);
  }

  /** Resolves (with the time) once every client has every edit every other client sent. */
  whenAllSeen(): Promise<number> {
    return this.when(() => this.allSeen());
  }

  /** Whether every client has every edit sent so far. */
  allSeen(): boolean {
    return this.caughtUp((sender) => this.sentBy(sender));
  }

  /** Edits each client has made so far, for {@link whenCaughtUp} later. */
  sentCounts(): number[] {
    return this.sentAt.map((sent) => sent.length);
  }

  /** Resolves (with the time) once every client holds the first `counts[sender]` edits of every other. */
  whenCaughtUp(counts: readonly number[]): Promise<number> {
    return this.when(() => this.caughtUp((sender) => counts[sender] ?? 0));
  }

  private caughtUp(countOf: (sender: number) => number): boolean {
    return this.seen.every((row, receiver) =>
      row.every((clock, sender) => sender === receiver || clock >= countOf(sender)),
    );
  }

  /** Stops listening to the docs; pending waits never resolve. */
  dispose(): void {
    for (const off of this.listeners) off();
    this.waiters = [];
  }

  private when(done: () => boolean): Promise<number> {
    if (done()) return Promise.resolve(performance.now());
    return new Promise((resolve) => this.waiters.push({ done, resolve }));
  }

  private observe(receiver: number): void {
    const now = performance.now();
    const doc = this.docs[receiver];
    const seen = this.seen[receiver];
    if (!doc || !seen) return;
    this.docs.forEach((senderDoc, sender) => {
      if (sender === receiver) return;
      const clock = Y.getState(doc.store, senderDoc.clientID);
      const sentAt = this.sentAt[sender] ?? [];
      for (let k = (seen[sender] ?? 0) + 1; k <= clock; k++) {
        const at = sentAt[k - 1];
        if (at !== undefined) this.latencies.push(now - at);
      }
      if (clock > (seen[sender] ?? 0)) seen[sender] = clock;
    });
    if (this.waiters.length === 0) return;
    const pending = this.waiters;
    this.waiters = [];
    for (const waiter of pending) {
      if (waiter.done()) waiter.resolve(now);
      else this.waiters.push(waiter);
    }
  }
}
