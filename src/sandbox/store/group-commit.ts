// Group commit for the change log: mutations arriving while a flush is in progress wait and are
// flushed together by the next one, so N concurrent writers cost one append + fdatasync, not N.
// A mutation's promise resolves only once something covering it is on disk.

export interface CommitTarget<Captured> {
  /** Makes `text` (whole log lines) durable. */
  append(text: string): Promise<void>;
  /**
   * Captures everything held in memory, synchronously: every change whose line was handed to
   * commit() so far is in it (a mutation is applied and committed in the same tick).
   */
  capture(): Captured;
  /** Writes a capture as the new store file and starts an empty log. */
  writeSnapshot(captured: Captured): Promise<void>;
  /** True when the log has grown enough to be folded into the store file. */
  wantsCompaction(): boolean;
  /** The error a waiting mutation sees when its flush failed. */
  failure(cause: unknown): Error;
}

interface Waiter {
  resolve(): void;
  reject(e: Error): void;
}

export class GroupCommit<Captured> {
  private lines: string[] = [];
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  // After a failed append its lines may be half on disk, so they are never retried: the next
  // flush writes a whole new store file instead, which also covers the failed changes.
  private mustCompact = false;

  constructor(private readonly target: CommitTarget<Captured>) {}

  /** Call right after a change is applied in memory; resolves once it is durable. */
  commit(line: string): Promise<void> {
    this.lines.push(line);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.flushing ??= this.flushAll();
    return done;
  }

  /** Resolves when nothing is waiting to be written. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Folds the log into a new store file now (at open and close). Throws what the write threw. */
  async compactNow(): Promise<void> {
    await this.drain();
    const error = await this.compact();
    if (error) throw error;
  }

  private async flushAll(): Promise<void> {
    try {
      while (this.waiters.length > 0) {
        if (this.mustCompact) {
          await this.compact();
          continue;
        }
        const { lines, waiters } = this.take();
        try {
          await this.target.append(lines.join(''));
        } catch (e) {
          this.mustCompact = true;
          const error = this.target.failure(e);
          for (const w of waiters) w.reject(error);
          continue;
        }
        for (const w of waiters) w.resolve();
        if (this.target.wantsCompaction()) await this.compact();
      }
    } finally {
      this.flushing = undefined;
    }
  }

  /** Writes a new store file covering every change so far; settles the waiters it covers. */
  private async compact(): Promise<Error | undefined> {
    const captured = this.target.capture();
    // The capture holds every change still waiting for the log: they must not be appended to the
    // new log as well (replay would apply them twice).
    const { waiters } = this.take();
    try {
      await this.target.writeSnapshot(captured);
    } catch (e) {
      this.mustCompact = true;
      const error = this.target.failure(e);
      for (const w of waiters) w.reject(error);
      return error;
    }
    this.mustCompact = false;
    for (const w of waiters) w.resolve();
    return undefined;
  }

  private take(): { lines: string[]; waiters: Waiter[] } {
    const taken = { lines: this.lines, waiters: this.waiters };
    this.lines = [];
    this.waiters = [];
    return taken;
  }
}
