// Result snapshots behind @odata.nextLink. A cmdlet's full result list is fixed when its first page
// is served and later pages are cut from that same list, so paging neither repeats nor skips a
// record while others write. The token in the link is opaque to clients (base64url of snapshot id
// and offset), bound to the caller and tenant, and dies with its snapshot (idle expiry, LRU cap).
import { randomBytes } from 'node:crypto';
import type { StoredRecord } from '../contracts.js';

export interface Snapshot {
  id: string;
  tenantId: string;
  /** Caller's tenant + object id: another caller presenting the token gets an invalid-token error. */
  owner: string;
  /** What produced it (cmdlet name or entity set), so a token cannot be replayed on another one. */
  source: string;
  items: readonly StoredRecord[];
  select?: ReadonlyMap<string, string>;
  /** Warnings to show with the last page (the ResultSize warning). */
  warnings: string[];
  lastUsed: number;
}

export interface SnapshotOptions {
  /** Idle lifetime of a snapshot. */
  ttlMs?: number;
  /** Most snapshots kept at once; the least recently used goes first. */
  max?: number;
  now?: () => number;
}

export class SnapshotRegistry {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly ttlMs: number;
  private readonly max: number;
  private readonly now: () => number;

  constructor(o: SnapshotOptions = {}) {
    this.ttlMs = o.ttlMs ?? 10 * 60_000;
    this.max = o.max ?? 256;
    this.now = o.now ?? Date.now;
  }

  create(s: Omit<Snapshot, 'id' | 'lastUsed'>): Snapshot {
    this.sweep();
    const snapshot: Snapshot = { ...s, id: randomBytes(12).toString('base64url'), lastUsed: this.now() };
    this.snapshots.set(snapshot.id, snapshot);
    while (this.snapshots.size > this.max) {
      const oldest = this.snapshots.keys().next().value as string;
      this.snapshots.delete(oldest);
    }
    return snapshot;
  }

  /** The snapshot and offset a token names, or undefined when unknown, expired or not this caller's. */
  resolve(token: string, owner: string, tenantId: string, source: string): { snapshot: Snapshot; offset: number } | undefined {
    const parsed = parseToken(token);
    if (!parsed) return undefined;
    const snapshot = this.snapshots.get(parsed.id);
    if (!snapshot) return undefined;
    if (this.now() - snapshot.lastUsed > this.ttlMs) {
      this.snapshots.delete(snapshot.id);
      return undefined;
    }
    if (snapshot.owner !== owner || snapshot.tenantId !== tenantId || snapshot.source.toLowerCase() !== source.toLowerCase()) return undefined;
    if (parsed.offset > snapshot.items.length) return undefined;
    snapshot.lastUsed = this.now();
    // Keep Map order = recency for the LRU cap.
    this.snapshots.delete(snapshot.id);
    this.snapshots.set(snapshot.id, snapshot);
    return { snapshot, offset: parsed.offset };
  }

  get size(): number {
    return this.snapshots.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, s] of this.snapshots) if (now - s.lastUsed > this.ttlMs) this.snapshots.delete(id);
  }
}

export function pageToken(snapshot: Snapshot, offset: number): string {
  return Buffer.from(`${snapshot.id}.${offset}`).toString('base64url');
}

function parseToken(token: string): { id: string; offset: number } | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token)) return undefined;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^([A-Za-z0-9_-]{16})\.(\d{1,9})$/.exec(text);
  return m ? { id: m[1]!, offset: Number(m[2]) } : undefined;
}

/** `Prefer: odata.maxpagesize=N` → N within 1..1000; the service's default and cap is 1000. */
export function maxPageSize(prefer: string | string[] | undefined, cap = 1000): number {
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const m = /odata\.maxpagesize\s*=\s*"?(\d+)"?/i.exec(text);
  if (!m) return cap;
  const n = Number(m[1]);
  return n >= 1 ? Math.min(n, cap) : cap;
}
