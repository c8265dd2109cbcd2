// Recent requests for /_sandbox/requests: what a trainer needs to see who ran what, and nothing a
// token or password could leak through (no headers, no bodies, no query strings).
import type { RequestNotes } from './contracts.js';

export interface RequestLogEntry {
  time: string;
  method: string;
  /** Path only: query strings can carry codes and state. */
  path: string;
  tenant?: string;
  caller?: string;
  cmdlet?: string;
  status: number;
  durationMs: number;
  /** Set when a fault was injected into this request (e.g. 'throttle', 'reset'). */
  fault?: string;
  /** The client went away before the answer was complete (status is then 499). */
  aborted?: true;
}

export class RequestLog {
  private readonly entries: RequestLogEntry[] = [];

  constructor(private readonly capacity = 1000) {}

  add(e: { method: string; path: string; notes: RequestNotes; status: number; aborted?: boolean; startedAt: number; endedAt: number; fault?: string }): void {
    const entry: RequestLogEntry = {
      time: new Date(e.startedAt).toISOString(),
      method: e.method,
      path: e.path.slice(0, 512),
      status: e.status,
      durationMs: Math.max(0, Math.round(e.endedAt - e.startedAt)),
    };
    if (e.notes.tenant) entry.tenant = e.notes.tenant;
    if (e.notes.caller) entry.caller = e.notes.caller;
    if (e.notes.cmdlet) entry.cmdlet = e.notes.cmdlet;
    if (e.fault) entry.fault = e.fault;
    if (e.aborted) entry.aborted = true;
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  /** Newest first, optionally only one tenant's and at most `limit`. */
  list(filter: { tenant?: string; limit?: number } = {}): RequestLogEntry[] {
    const out: RequestLogEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && out.length < (filter.limit ?? this.capacity); i--) {
      const e = this.entries[i]!;
      if (!filter.tenant || e.tenant === filter.tenant) out.push(e);
    }
    return out;
  }
}
