// The command history in memory: entries oldest first, each a whole (possibly multi-line) input,
// de-duplicated (re-running a command moves it to the end) and capped. Navigation state (where
// Up/Down are) lives in the editor; this answers lookups.

export const defaultHistoryCap = 10_000;

export class History {
  private items: string[] = [];
  /** The entries lower-cased, index for index: prediction and search run on every key over 10,000 entries. */
  private lower: string[] = [];
  private readonly cap: number;

  constructor(entries: readonly string[] = [], cap = defaultHistoryCap) {
    this.cap = cap;
    for (const e of entries) this.push(e);
  }

  get length(): number {
    return this.items.length;
  }

  /** Oldest first. */
  entries(): readonly string[] {
    return this.items;
  }

  at(index: number): string | undefined {
    return this.items[index];
  }

  /** Adds an entry; blank input is not kept, a repeat moves to the end. Returns false when nothing was added. */
  push(entry: string): boolean {
    if (entry.trim() === '') return false;
    // The newest entries are the likeliest repeats: search from the end.
    const at = this.items.lastIndexOf(entry);
    if (at === this.items.length - 1 && at >= 0) return false;
    if (at >= 0) {
      this.items.splice(at, 1);
      this.lower.splice(at, 1);
    }
    this.items.push(entry);
    this.lower.push(entry.toLowerCase());
    if (this.items.length > this.cap) {
      this.items.splice(0, this.items.length - this.cap);
      this.lower.splice(0, this.lower.length - this.cap);
    }
    return true;
  }

  /**
   * The nearest entry before `from` (exclusive) that starts with `prefix` (case-insensitive), as
   * PSReadLine's HistorySearchBackward; an empty prefix matches every entry.
   */
  previousWithPrefix(from: number, prefix: string): number | undefined {
    const p = prefix.toLowerCase();
    for (let i = Math.min(from, this.items.length) - 1; i >= 0; i--) {
      if (this.lower[i]!.startsWith(p)) return i;
    }
    return undefined;
  }

  nextWithPrefix(from: number, prefix: string): number | undefined {
    const p = prefix.toLowerCase();
    for (let i = from + 1; i < this.items.length; i++) {
      if (this.lower[i]!.startsWith(p)) return i;
    }
    return undefined;
  }

  /** Ctrl+R: the nearest entry before `from` containing `query` (case-insensitive), and where. */
  searchBackward(query: string, from: number): { index: number; at: number } | undefined {
    const q = query.toLowerCase();
    for (let i = Math.min(from, this.items.length) - 1; i >= 0; i--) {
      const at = this.lower[i]!.lastIndexOf(q);
      if (at >= 0) return { index: i, at };
    }
    return undefined;
  }

  /** Ctrl+S: the nearest entry after `from` containing `query`. */
  searchForward(query: string, from: number): { index: number; at: number } | undefined {
    const q = query.toLowerCase();
    for (let i = from + 1; i < this.items.length; i++) {
      const at = this.lower[i]!.lastIndexOf(q);
      if (at >= 0) return { index: i, at };
    }
    return undefined;
  }

  /**
   * Inline prediction: the newest entry that extends `text` (case-insensitive prefix, longer than it).
   * Returns the suffix to show in grey, keeping the entry's own spelling.
   */
  predict(text: string): string | undefined {
    if (text.trim() === '') return undefined;
    const t = text.toLowerCase();
    for (let i = this.items.length - 1; i >= 0; i--) {
      const e = this.lower[i]!;
      if (e.length > t.length && e.startsWith(t)) return this.items[i]!.slice(text.length);
    }
    return undefined;
  }
}
