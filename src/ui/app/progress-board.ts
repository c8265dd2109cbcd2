// The progress bars under the output: Write-Progress records and the remote commands' paging
// records, by id, each gone when its record says completed (or when the command line ends).
import type { ProgressRecord } from '../../runtime/command.js';

export interface ProgressEntry {
  id: number;
  activity: string;
  status: string | undefined;
  percentComplete: number | undefined;
  /** When the first record of this id arrived (elapsed time, rate). */
  startedMs: number;
}

export class ProgressBoard {
  private readonly entries = new Map<number, ProgressEntry>();
  private listener: (() => void) | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  onChange(listener: (() => void) | undefined): void {
    this.listener = listener;
  }

  update(record: ProgressRecord): void {
    const id = record.id ?? 0;
    if (record.completed) {
      if (this.entries.delete(id)) this.listener?.();
      return;
    }
    const old = this.entries.get(id);
    // A new activity under the same id restarts the clock.
    const startedMs = old && old.activity === record.activity ? old.startedMs : this.now();
    const percent = record.percentComplete !== undefined && record.percentComplete >= 0 ? Math.min(100, record.percentComplete) : undefined;
    this.entries.set(id, { id, activity: record.activity, status: record.status, percentComplete: percent, startedMs });
    this.listener?.();
  }

  clear(): void {
    if (this.entries.size === 0) return;
    this.entries.clear();
    this.listener?.();
  }

  list(): ProgressEntry[] {
    return [...this.entries.values()];
  }
}

/** `12.3s`, `2m05s`. */
export function elapsedText(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
}

/**
 * One progress line, fitted to `width`: activity, status, a bar when the percentage is known,
 * the elapsed time and, for a status that counts objects (the remote commands'), the rate.
 */
export function progressLine(e: ProgressEntry, nowMs: number, width: number): string {
  const elapsedMs = nowMs - e.startedMs;
  const objects = e.status ? /^(\d+) objects?\b/.exec(e.status) : null;
  const rate = objects && elapsedMs > 0 ? ` ${Math.round((Number(objects[1]) * 1000) / elapsedMs)}/s` : '';
  const tail = ` ${elapsedText(elapsedMs)}${rate}`;
  let bar = '';
  if (e.percentComplete !== undefined) {
    const cells = Math.max(10, Math.min(40, Math.floor(width / 4)));
    const filled = Math.round((e.percentComplete / 100) * cells);
    bar = ` [${'█'.repeat(filled)}${' '.repeat(cells - filled)}] ${Math.round(e.percentComplete)}%`;
  }
  const head = `${e.activity}${e.status ? ` — ${e.status}` : ''}`;
  const room = Math.max(10, width - bar.length - tail.length - 1);
  const fitted = head.length > room ? head.slice(0, room - 1) + '…' : head;
  return `${fitted}${bar}${tail}`;
}
