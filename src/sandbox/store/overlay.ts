// The changes made since seeding, per tenant and kind: seeded records removed, seeded records
// patched (only the changed properties), and records inserted (whole, in insertion order).
// Seed + overlay = the store, so the file stays small however large the tenant.
import type { RecordKind, StoredRecord } from '../contracts.js';
import type { LogEntry } from './change-log.js';
import type { Change, MemoryTenantStore } from './tenant-store.js';
import { OBJECT_SHAPES } from './object-shapes.js';
import { KIND_DEFAULTS } from './seed/defaults.js';

export interface KindOverlayJson {
  removed: string[];
  patched: Record<string, Record<string, unknown>>;
  inserted: StoredRecord[];
  /** The seeded owner of removed/patched records, so replay finds them without generating every owner's records. */
  owners?: Record<string, string>;
}
export type OverlayJson = Record<string, Partial<Record<RecordKind, KindOverlayJson>>>;

interface KindOverlay {
  removed: Set<string>;
  patched: Map<string, Record<string, unknown>>;
  inserted: Map<string, StoredRecord>;
  owners: Map<string, string>;
}

export class Overlay {
  private tenants = new Map<string, Map<RecordKind, KindOverlay>>();

  record(tenantId: string, kind: RecordKind, change: Change): void {
    const o = this.kind(tenantId, kind);
    switch (change.op) {
      case 'insert':
        o.inserted.set(change.record.Guid, change.record);
        break;
      case 'update':
        if (o.inserted.has(change.guid)) o.inserted.set(change.guid, change.record);
        else {
          o.patched.set(change.guid, { ...o.patched.get(change.guid), ...change.patch });
          if (change.previousOwner !== undefined && !o.owners.has(change.guid)) o.owners.set(change.guid, change.previousOwner);
        }
        break;
      case 'remove':
        if (o.inserted.has(change.guid)) o.inserted.delete(change.guid);
        else {
          o.patched.delete(change.guid);
          o.removed.add(change.guid);
          if (change.previousOwner !== undefined && !o.owners.has(change.guid)) o.owners.set(change.guid, change.previousOwner);
        }
        break;
    }
  }

  toJSON(): OverlayJson {
    const out: OverlayJson = {};
    for (const [tenantId, kinds] of this.tenants) {
      const t: Partial<Record<RecordKind, KindOverlayJson>> = {};
      for (const [kind, o] of kinds) {
        if (o.removed.size + o.patched.size + o.inserted.size === 0) continue;
        const owners: Record<string, string> = {};
        for (const [guid, owner] of o.owners) if (o.removed.has(guid) || o.patched.has(guid)) owners[guid] = owner;
        const inserted = [...o.inserted.values()].map((r) => compactRecord(kind, r));
        t[kind] = { removed: [...o.removed], patched: Object.fromEntries(o.patched), inserted, owners };
      }
      if (Object.keys(t).length > 0) out[tenantId] = t;
    }
    return out;
  }

  /** Applies stored changes to freshly seeded tenants, and remembers them. */
  replay(json: OverlayJson, stores: ReadonlyMap<string, MemoryTenantStore>): void {
    for (const [tenantId, kinds] of Object.entries(json)) {
      const store = stores.get(tenantId);
      if (!store) continue;
      for (const [kind, o] of Object.entries(kinds) as Array<[RecordKind, KindOverlayJson]>) {
        const mine = this.kind(tenantId, kind);
        for (const [guid, owner] of Object.entries(o.owners ?? {})) {
          store.byOwner(kind, owner);
          mine.owners.set(guid, owner);
        }
        for (const guid of o.removed) {
          if (store.get(kind, guid)) store.applyRemove(kind, guid);
          mine.removed.add(guid);
        }
        for (const [guid, patch] of Object.entries(o.patched)) {
          if (!store.get(kind, guid)) continue;
          store.applyUpdate(kind, guid, patch);
          mine.patched.set(guid, patch);
        }
        for (const record of o.inserted) mine.inserted.set(record.Guid, store.applyInsert(kind, record));
      }
    }
  }

  /** Applies one change-log entry (after replay() of the store file it continues), and remembers it. */
  replayEntry(entry: LogEntry, stores: ReadonlyMap<string, MemoryTenantStore>): void {
    const store = stores.get(entry.t);
    if (!store) return;
    const kind = entry.k;
    switch (entry.op) {
      case 'insert':
        this.record(entry.t, kind, { op: 'insert', record: store.applyInsert(kind, entry.r) });
        return;
      case 'update': {
        // A lazily generated kind (folder statistics) finds the record through its owner.
        if (entry.o !== undefined) store.byOwner(kind, entry.o);
        if (!store.get(kind, entry.g)) return;
        const { record, clean, previousOwner } = store.applyUpdate(kind, entry.g, entry.p);
        this.record(entry.t, kind, { op: 'update', guid: entry.g, patch: clean, record, previousOwner });
        return;
      }
      case 'remove': {
        if (entry.o !== undefined) store.byOwner(kind, entry.o);
        if (!store.get(kind, entry.g)) return;
        const previousOwner = store.applyRemove(kind, entry.g);
        this.record(entry.t, kind, { op: 'remove', guid: entry.g, previousOwner });
        return;
      }
    }
  }

  private kind(tenantId: string, kind: RecordKind): KindOverlay {
    let kinds = this.tenants.get(tenantId);
    if (!kinds) {
      kinds = new Map();
      this.tenants.set(tenantId, kinds);
    }
    let o = kinds.get(kind);
    if (!o) {
      o = { removed: new Set(), patched: new Map(), inserted: new Map(), owners: new Map() };
      kinds.set(kind, o);
    }
    return o;
  }
}

/**
 * An inserted record without the properties that equal its kind's defaults: replay fills them in
 * again (insert completes records from the defaults), and the file stays small when a script
 * creates thousands of mailboxes.
 */
export function compactRecord(kind: RecordKind, record: StoredRecord): StoredRecord {
  const shape = shapeSet(kind);
  const defaults = KIND_DEFAULTS[kind];
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (shape.has(key)) {
      const fallback = key in defaults ? defaults[key] : null;
      if (value === fallback || (typeof value === 'object' && value !== null && JSON.stringify(value) === JSON.stringify(fallback))) continue;
    }
    out[key] = value;
  }
  return out as StoredRecord;
}

const shapeSets = new Map<RecordKind, Set<string>>();
function shapeSet(kind: RecordKind): Set<string> {
  let set = shapeSets.get(kind);
  if (!set) {
    set = new Set(OBJECT_SHAPES[kind]);
    shapeSets.set(kind, set);
  }
  return set;
}
