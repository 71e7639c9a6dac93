/**
 * Named locks held by this process only: the embedded store's answer to
 * `SqlDatabase.withLock`, where one process is all there is.
 */
export class KeyLocks {
  private static readonly byFile = new Map<string, KeyLocks>();
  private readonly held = new Set<string>();

  /** The locks of one database file, shared by every connection this process opens to it. */
  static of(file: string): KeyLocks {
    let locks = KeyLocks.byFile.get(file);
    if (!locks) {
      locks = new KeyLocks();
      KeyLocks.byFile.set(file, locks);
    }
    return locks;
  }

  /** Runs `work` while holding `key`, or returns undefined at once when `key` is already held. */
  async tryRun<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.held.has(key)) return undefined;
    this.held.add(key);
    try {
      return await work();
    } finally {
      this.held.delete(key);
    }
  }
}
